// The `supportlint` settings: read from the client per resource, validated field by field
// (a wrong value falls back to the default instead of breaking the server), cached until
// the client says they changed.
import { DEFAULT_SETTINGS, type SeveritySetting, type SupportlintSettings } from '../protocol';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function rate(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 40 && v <= 400 ? v : null;
}

/** `raw` laid over `base`, keeping only well-formed values. */
export function mergeSettings(base: SupportlintSettings, raw: unknown): SupportlintSettings {
  if (!isRecord(raw)) return base;
  const out: SupportlintSettings = { ...base };
  if (typeof raw.enable === 'boolean') out.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') out.run = raw.run;
  if (raw.language === null || raw.language === '') out.language = null;
  else if (typeof raw.language === 'string' && /^[a-z]{2}\b/i.test(raw.language)) out.language = raw.language.slice(0, 2).toLowerCase();
  if (isRecord(raw.rules)) {
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, sev] of Object.entries(raw.rules)) if (typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as SeveritySetting;
    out.rules = rules;
  }
  if (raw.speakingRate === null) out.speakingRate = null;
  else if (rate(raw.speakingRate) !== null) out.speakingRate = raw.speakingRate as number;
  else if (isRecord(raw.speakingRate)) {
    const map: Record<string, number> = {};
    for (const [lang, v] of Object.entries(raw.speakingRate)) if (rate(v) !== null) map[lang.toLowerCase()] = v as number;
    out.speakingRate = map;
  }
  if (raw.locale === null || raw.locale === '') out.locale = null;
  else if (typeof raw.locale === 'string') out.locale = normaliseLocale(raw.locale);
  if (raw.today === null || raw.today === '') out.today = null;
  else if (typeof raw.today === 'string' && DATE.test(raw.today)) out.today = raw.today;
  return out;
}

/** `es-ES`, `pt_BR` -> `es`, `pt`; null when it does not look like a locale. */
export function normaliseLocale(locale: unknown): string | null {
  if (typeof locale !== 'string') return null;
  const m = /^([a-z]{2,3})(?:[-_].*)?$/i.exec(locale.trim());
  return m ? m[1].toLowerCase() : null;
}

export type SettingsFetcher = (scopeUri: string) => Promise<unknown>;

export class SettingsStore {
  private readonly cache = new Map<string, Promise<SupportlintSettings>>();
  /** Defaults, then initializationOptions.settings, then didChangeConfiguration's settings. */
  private base: SupportlintSettings = { ...DEFAULT_SETTINGS };

  constructor(private readonly fetcher: SettingsFetcher | null) {}

  setBase(base: SupportlintSettings): void {
    this.base = base;
    this.cache.clear();
  }

  getBase(): SupportlintSettings {
    return this.base;
  }

  /** Settings for a resource; asks the client once per resource until `clear()`. */
  get(scopeUri: string): Promise<SupportlintSettings> {
    if (!this.fetcher) return Promise.resolve(this.base);
    let p = this.cache.get(scopeUri);
    if (!p) {
      const base = this.base;
      p = this.fetcher(scopeUri).then(
        (raw) => mergeSettings(base, Array.isArray(raw) ? raw[0] : raw),
        () => base,
      );
      this.cache.set(scopeUri, p);
    }
    return p;
  }

  /** Drops the settings of a closed document. */
  forget(scopeUri: string): void {
    this.cache.delete(scopeUri);
  }

  clear(): void {
    this.cache.clear();
  }
}
