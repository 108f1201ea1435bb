// Language packs, assembled from per-topic JSON data files at build time.
import type { GlossaryEntry, LangPack } from './types';
import enStructure from './en/structure.json';
import esStructure from './es/structure.json';
import trStructure from './tr/structure.json';
import idStructure from './id/structure.json';
import enDetection from './en/detection.json';
import esDetection from './es/detection.json';
import trDetection from './tr/detection.json';
import idDetection from './id/detection.json';
import enHold from './en/hold.json';
import enJargon from './en/jargon.json';
import enAcronymAllow from './en/acronym-allow.json';
import enPii from './en/pii.json';
import esPii from './es/pii.json';
import trPii from './tr/pii.json';
import idPii from './id/pii.json';
import esHold from './es/hold.json';
import trHold from './tr/hold.json';
import idHold from './id/hold.json';
import esJargon from './es/jargon.json';
import trJargon from './tr/jargon.json';
import idJargon from './id/jargon.json';
import esAcronymAllow from './es/acronym-allow.json';
import trAcronymAllow from './tr/acronym-allow.json';
import idAcronymAllow from './id/acronym-allow.json';
import esMessages from './es/messages.json';
import trMessages from './tr/messages.json';
import idMessages from './id/messages.json';
import esMessageValues from './es/message-values.json';
import trMessageValues from './tr/message-values.json';
import idMessageValues from './id/message-values.json';

export const SUPPORTED_LANGS = ['en', 'es', 'tr', 'id'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];

const NAMES: Record<SupportedLang, string> = { en: 'English', es: 'Spanish', tr: 'Turkish', id: 'Indonesian' };

const EMPTY_HOLD: LangPack['hold'] = {
  reason: [],
  permission: [],
  duration: [],
  thanks: [],
  checkBack: [],
  template: { reason: '', permission: '', duration: '', thanks: '' },
};

interface PackParts {
  structure: LangPack['structure'];
  detection: string[];
  hold?: LangPack['hold'];
  jargon?: GlossaryEntry[];
  acronymAllow?: string[];
  pii: LangPack['pii'];
  rules?: Record<string, unknown>;
  messages?: LangPack['messages'];
  messageValues?: LangPack['messageValues'];
}

const PARTS: Record<SupportedLang, PackParts> = {
  en: {
    structure: enStructure as LangPack['structure'],
    detection: enDetection,
    hold: enHold,
    jargon: enJargon as GlossaryEntry[],
    acronymAllow: enAcronymAllow,
    pii: enPii,
  },
  es: {
    structure: esStructure as LangPack['structure'],
    detection: esDetection,
    hold: esHold,
    jargon: esJargon as GlossaryEntry[],
    acronymAllow: esAcronymAllow,
    pii: esPii,
    messages: esMessages,
    messageValues: esMessageValues,
  },
  tr: {
    structure: trStructure as LangPack['structure'],
    detection: trDetection,
    hold: trHold,
    jargon: trJargon as GlossaryEntry[],
    acronymAllow: trAcronymAllow,
    pii: trPii,
    messages: trMessages,
    messageValues: trMessageValues,
  },
  id: {
    structure: idStructure as LangPack['structure'],
    detection: idDetection,
    hold: idHold,
    jargon: idJargon as GlossaryEntry[],
    acronymAllow: idAcronymAllow,
    pii: idPii,
    messages: idMessages,
    messageValues: idMessageValues,
  },
};

const built = new Map<string, LangPack>();

export function isSupportedLang(lang: string): lang is SupportedLang {
  return (SUPPORTED_LANGS as readonly string[]).includes(lang);
}

/**
 * Whether a language has the phrase data the wording rules need. A language with
 * structure only (speaker labels, section names) still parses and gets structural rules.
 */
export function hasWordingPack(lang: string): boolean {
  return isSupportedLang(lang) && PARTS[lang].hold !== undefined;
}

export function getPack(lang: string): LangPack {
  const key: SupportedLang = isSupportedLang(lang) ? lang : 'en';
  let pack = built.get(key);
  if (!pack) {
    const p = PARTS[key];
    pack = {
      lang: key,
      name: NAMES[key],
      structure: p.structure,
      detection: p.detection,
      jargon: p.jargon ?? [],
      acronymAllow: p.acronymAllow ?? [],
      hold: p.hold ?? EMPTY_HOLD,
      pii: p.pii,
      rules: p.rules ?? {},
      messages: p.messages,
      messageValues: p.messageValues,
    };
    built.set(key, pack);
  }
  return pack;
}

export function allPacks(): LangPack[] {
  return SUPPORTED_LANGS.map(getPack);
}

export function languageName(lang: string): string {
  return isSupportedLang(lang) ? NAMES[lang] : lang;
}
