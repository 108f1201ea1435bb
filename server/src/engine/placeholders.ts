// Declared placeholders of a script: front matter `placeholders` plus the config's, and
// which names play the agent / company / customer roles.
import type { ScriptDoc } from '../model';
import type { PlaceholderRoles, ResolvedConfig } from '../config/types';
import { allPacks } from '../packs';

export interface DeclaredPlaceholders {
  names: Set<string>;
  roles: PlaceholderRoles;
  /** Where each name was declared: 'front matter' or a config path. */
  declaredIn: Map<string, string>;
}

let builtinRoles: PlaceholderRoles | null = null;

/** Role names known in every language, used when no role map is given. */
export function builtinPlaceholderRoles(): PlaceholderRoles {
  if (!builtinRoles) {
    const r: PlaceholderRoles = { agent: [], company: [], customer: [] };
    for (const p of allPacks()) for (const k of ['agent', 'company', 'customer'] as const) r[k].push(...p.structure.placeholderRoles[k]);
    builtinRoles = r;
  }
  return builtinRoles;
}

export function declaredPlaceholders(doc: ScriptDoc, config: ResolvedConfig): DeclaredPlaceholders {
  const names = new Set<string>();
  const declaredIn = new Map<string, string>();
  let roles: PlaceholderRoles | null = null;
  const addRoles = (r: PlaceholderRoles) => {
    roles ??= { agent: [], company: [], customer: [] };
    for (const k of ['agent', 'company', 'customer'] as const) roles[k].push(...r[k]);
  };
  for (const n of config.placeholders.names) {
    names.add(n);
    declaredIn.set(n, config.sources[0] ?? 'config');
  }
  if (config.placeholders.roles) addRoles(config.placeholders.roles);
  const fm = doc.frontMatter?.data.placeholders;
  if (Array.isArray(fm)) {
    for (const n of fm) if (typeof n === 'string') (names.add(n), declaredIn.set(n, 'front matter'));
  } else if (fm && typeof fm === 'object') {
    const r: PlaceholderRoles = { agent: [], company: [], customer: [] };
    for (const [k, v] of Object.entries(fm as Record<string, unknown>)) {
      const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
      for (const n of list) (names.add(n), declaredIn.set(n, 'front matter'));
      if (k === 'agent' || k === 'company' || k === 'customer') r[k].push(...list);
    }
    addRoles(r);
  }
  return { names, roles: roles ?? builtinPlaceholderRoles(), declaredIn };
}

export function placeholderRole(name: string, roles: PlaceholderRoles): keyof PlaceholderRoles | null {
  const lower = name.toLowerCase();
  for (const k of ['agent', 'company', 'customer'] as const) if (roles[k].some((n) => n.toLowerCase() === lower)) return k;
  return null;
}
