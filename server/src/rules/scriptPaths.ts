// Walking a call script along one path through its branches: what came before an item
// (stopping at a boundary) and what comes after it, skipping sibling branches.
import type { Branch, ScriptDoc, ScriptItem, Turn } from '../model';

/** Whether `item` lies on the path of `at`: outside branches, in an enclosing branch, or in `at`'s own branch. */
export function onPathBefore(item: ScriptItem, at: ScriptItem): boolean {
  if (!item.branch) return true;
  for (let b: Branch | null = at.branch; b; b = b.branch) if (b === item.branch) return true;
  return false;
}

/** After `at`: items in `at`'s branch (or nested in it) and items outside any branch of `at`'s parents. */
export function onPathAfter(item: ScriptItem, at: ScriptItem): boolean {
  for (let b: Branch | null = item.branch; b; b = b.branch) if (b === at.branch) return true;
  return onPathBefore(item, at);
}

/**
 * Items before `at` on its path, nearest first, until `stop` says so (the stopping item
 * is not included) or the section changes.
 */
export function itemsBefore(doc: ScriptDoc, at: ScriptItem, stop: (i: ScriptItem) => boolean): ScriptItem[] {
  const out: ScriptItem[] = [];
  const idx = doc.items.indexOf(at);
  for (let k = idx - 1; k >= 0; k--) {
    const i = doc.items[k];
    if (i.section !== at.section) break;
    if (i.type === 'branch' || !onPathBefore(i, at)) continue;
    if (stop(i)) break;
    out.push(i);
  }
  return out;
}

export function nextAgentTurn(doc: ScriptDoc, at: ScriptItem): Turn | null {
  const idx = doc.items.indexOf(at);
  for (let k = idx + 1; k < doc.items.length; k++) {
    const i = doc.items[k];
    if (i.type === 'turn' && i.role === 'agent' && onPathAfter(i, at)) return i;
  }
  return null;
}
