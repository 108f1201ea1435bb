// Section roles: what part of the call protocol a section is. Recognised from the
// heading (the `scriptSections` phrase lists of every language pack, so a Spanish
// script linted under an English default still works), else from what the section holds.
import type { ScriptDoc, ScriptSection } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { allPacks } from '../packs';

export const SECTION_ROLES = [
  'opening',
  'discovery',
  'paraphrase',
  'clarifying',
  'hold',
  'transfer',
  'troubleshooting',
  'closing',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

let lists: { role: SectionRole; phrases: string[] }[] | null = null;

function roleLists(): { role: SectionRole; phrases: string[] }[] {
  if (!lists) {
    lists = SECTION_ROLES.map((role) => ({ role, phrases: allPacks().flatMap((p) => p.structure.scriptSections[role] ?? []) }));
  }
  return lists;
}

/**
 * The role a heading names. When phrases of several roles match ("Verify the fix"), the
 * longest match wins, so the more specific name decides.
 */
export function roleFromName(heading: string): SectionRole | null {
  const f = fold(heading);
  let best: SectionRole | null = null;
  let bestLen = 0;
  for (const { role, phrases } of roleLists()) {
    for (const m of matcher(phrases).matchFolded(f)) {
      if (m.end - m.start > bestLen) {
        bestLen = m.end - m.start;
        best = role;
      }
    }
  }
  return best;
}

/**
 * The role a section with an unrecognised heading plays, judged from what it holds.
 * Sections without a heading get no content role: a script with no headings at all is
 * one long section, and calling it "closing" because it ends with [end] would hide
 * everything else in it.
 */
export function roleFromContent(doc: ScriptDoc, section: ScriptSection): SectionRole | null {
  if (!section.heading) return null;
  const trunk = section.items.filter((i) => i.type !== 'branch');
  if (trunk.some((i) => i.type === 'directive' && i.kind === 'end')) return 'closing';
  if (trunk.some((i) => i.type === 'directive' && i.kind === 'transfer')) return 'transfer';
  if (trunk.some((i) => i.type === 'directive' && i.kind === 'hold')) return 'hold';
  const firstAgent = doc.items.find((i) => i.type === 'turn' && i.role === 'agent');
  const firstCustomer = doc.items.find((i) => i.type === 'turn' && i.role === 'customer');
  if (firstAgent && firstAgent.section === section && (!firstCustomer || firstAgent.span.start < firstCustomer.span.start)) return 'opening';
  return null;
}
