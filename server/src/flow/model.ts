// The conversation flow of a call script, shared by the order rules: the turns,
// directives and stage notes in order, the role of each section, and the paths through
// the branches. Built once per parsed document (cached by the document object).
//
// Branches are conditions ("- If the printer is offline:"). A lone branch is a detour
// that may or may not be taken. Two or more sibling branches are alternatives: a path
// takes exactly one of them (add "- Otherwise:" when none of them may apply). A path
// ends at `[end]` and at `[transfer]` (the customer has left this agent).
import type { Branch, Directive, ScriptDoc, ScriptItem, ScriptSection, StageNote, Turn } from '../model';
import { roleFromContent, roleFromName, type SectionRole } from './roles';

export type Step = Turn | Directive | StageNote;
export type { SectionRole } from './roles';

export interface FlowSection {
  index: number;
  section: ScriptSection;
  role: SectionRole | null;
  /** How the role was found: from the heading, or from what the section holds. */
  roleFrom: 'name' | 'content' | null;
  /** Steps of the section in document order, branch steps included. */
  steps: Step[];
}

export interface Reach {
  /** The first step matching on each path, deduplicated, in document order. */
  found: Step[];
  /** Some path reaches its end (the script's end, `[end]`, `[transfer]`) without a match. */
  open: boolean;
}

export interface Paths {
  paths: Step[][];
  /** More paths exist than were listed (see PATH_LIMIT). */
  truncated: boolean;
}

/** Enough for any hand-written script; beyond it, rules use the structural helpers. */
export const PATH_LIMIT = 256;

interface Pos {
  list: ScriptItem[];
  index: number;
}

export class Flow {
  readonly sections: FlowSection[];
  readonly steps: Step[];
  private readonly sectionByScript = new Map<ScriptSection, FlowSection>();
  private readonly posOf = new Map<ScriptItem, Pos>();
  /** Where a path continues when a list (a section's or a branch's items) runs out; null: the script ends. */
  private readonly afterList = new Map<ScriptItem[], Pos | null>();
  /** The branch whose items a list is (absent for a section's list). */
  private readonly ownerOf = new Map<ScriptItem[], Branch>();
  private pathCache: Paths | null = null;
  private readonly itemIndex = new Map<ScriptItem, number>();

  constructor(readonly doc: ScriptDoc) {
    this.steps = doc.items.filter((i): i is Step => i.type !== 'branch');
    doc.items.forEach((item, i) => this.itemIndex.set(item, i));
    this.sections = doc.sections.map((section, index) => {
      const named = section.heading ? roleFromName(section.heading.text) : null;
      const role = named ?? roleFromContent(doc, section);
      return { index, section, role, roleFrom: named ? 'name' : role ? 'content' : null, steps: [] } as FlowSection;
    });
    for (const fs of this.sections) this.sectionByScript.set(fs.section, fs);
    for (const s of this.steps) this.sectionByScript.get(s.section)!.steps.push(s);
    doc.sections.forEach((s, n) => {
      const next = doc.sections[n + 1];
      this.index(s.items, next ? { list: next.items, index: 0 } : null);
    });
  }

  private index(list: ScriptItem[], after: Pos | null): void {
    this.afterList.set(list, after);
    list.forEach((item, i) => {
      this.posOf.set(item, { list, index: i });
      if (item.type === 'branch') {
        this.ownerOf.set(item.items, item);
        this.index(item.items, { list, index: groupEnd(list, i) + 1 });
      }
    });
  }

  sectionOf(x: Step | ScriptSection): FlowSection {
    return this.sectionByScript.get('type' in x ? x.section : x)!;
  }

  roleOf(x: Step | ScriptSection): SectionRole | null {
    return this.sectionOf(x).role;
  }

  /**
   * Steps that every path to `at` passes through before it, nearest first. Stops before
   * the first step for which `stop` is true, and at the section start when `withinSection`.
   */
  before(at: Step, opts: { stop?: (s: Step) => boolean; withinSection?: boolean } = {}): Step[] {
    const out: Step[] = [];
    const idx = this.itemIndex.get(at) ?? -1;
    for (let k = idx - 1; k >= 0; k--) {
      const i = this.doc.items[k];
      if (opts.withinSection && i.section !== at.section) break;
      if (i.type === 'branch' || !onEveryPathBefore(i, at)) continue;
      if (opts.stop?.(i)) break;
      out.push(i);
    }
    return out;
  }

  /**
   * A state carried along the script: for each step, `next` folded over the steps that
   * every path to it passes through (the steps `before` returns, in order). One pass.
   */
  foldBefore<S>(init: S, next: (state: S, step: Step) => S): Map<Step, S> {
    const out = new Map<Step, S>();
    const walk = (list: ScriptItem[], state: S): S => {
      for (const item of list) {
        if (item.type === 'branch') {
          walk(item.items, state);
          continue;
        }
        out.set(item, state);
        state = next(state, item);
      }
      return state;
    };
    let state = init;
    for (const s of this.doc.sections) state = walk(s.items, state);
    return out;
  }

  /**
   * Whether every path to `at` passes a step matching `pred` before it: on the way there,
   * or in each of a set of alternative branches passed on the way.
   */
  hasBefore(at: Step, pred: (s: Step) => boolean): boolean {
    let pos = this.posOf.get(at);
    while (pos) {
      if (this.covers(pos.list, 0, pos.index, pred)) return true;
      const owner = this.ownerOf.get(pos.list);
      if (!owner) break;
      const up = this.posOf.get(owner)!;
      pos = { list: up.list, index: groupStart(up.list, up.index) };
    }
    const fs = this.sectionOf(at);
    return this.sections.slice(0, fs.index).some((s) => this.covers(s.section.items, 0, s.section.items.length, pred));
  }

  /** Whether every path through list[from, to) passes a step matching `pred`. */
  private covers(list: ScriptItem[], from: number, to: number, pred: (s: Step) => boolean): boolean {
    for (let k = from; k < to; k++) {
      const item = list[k];
      if (item.type !== 'branch') {
        if (pred(item)) return true;
        continue;
      }
      const end = Math.min(groupEnd(list, k), to - 1);
      const branches = list.slice(k, end + 1) as Branch[];
      if (branches.length > 1 && branches.every((b) => this.covers(b.items, 0, b.items.length, pred))) return true;
      k = end;
    }
    return false;
  }

  /**
   * The speech leading up to a directive: steps before it on its path, in its section,
   * back to the previous hold or transfer. A directive that opens its section (no agent
   * turn before it there) is led up to by the end of the previous section.
   */
  leadIn(at: Directive): Step[] {
    const isBreak = (s: Step) => s.type === 'directive' && (s.kind === 'hold' || s.kind === 'transfer');
    const own = this.before(at, { withinSection: true, stop: isBreak });
    if (own.some((s) => s.type === 'turn' && s.role === 'agent')) return own;
    const stoppedOnBreak = this.before(at, { withinSection: true }).length > own.length;
    const fs = this.sectionOf(at);
    if (stoppedOnBreak || fs.index === 0) return own;
    const prev = this.sections[fs.index - 1].section.items;
    const tail: Step[] = [];
    for (let k = prev.length - 1; k >= 0; k--) {
      const i = prev[k];
      if (i.type === 'branch') continue;
      if (isBreak(i)) break;
      tail.push(i);
    }
    return [...own, ...tail];
  }

  /** On every path from just after `at`: the first step matching `pred`. */
  firstAfter(at: Step, pred: (s: Step) => boolean): Reach {
    const pos = this.posOf.get(at);
    if (!pos) return { found: [], open: true };
    const memo = new Map<ScriptItem[], Map<number, { found: Set<Step>; open: boolean }>>();
    const r = this.reach(pos.list, pos.index + 1, pred, memo);
    return { found: [...r.found].sort((a, b) => a.span.start - b.span.start), open: r.open };
  }

  /** The next agent turn on each path after `at`. */
  nextAgentTurns(at: Step): Turn[] {
    return this.firstAfter(at, isAgentTurn).found as Turn[];
  }

  private reach(
    list: ScriptItem[],
    from: number,
    pred: (s: Step) => boolean,
    memo: Map<ScriptItem[], Map<number, { found: Set<Step>; open: boolean }>>,
  ): { found: Set<Step>; open: boolean } {
    let perList = memo.get(list);
    if (!perList) memo.set(list, (perList = new Map()));
    const hit = perList.get(from);
    if (hit) return hit;
    let result: { found: Set<Step>; open: boolean } | null = null;
    for (let k = from; k < list.length && !result; k++) {
      const item = list[k];
      if (item.type === 'branch') {
        const end = groupEnd(list, k);
        const found = new Set<Step>();
        let open = false;
        const parts = end === k ? [this.reach(list, end + 1, pred, memo)] : [];
        for (let b = k; b <= end; b++) parts.push(this.reach((list[b] as Branch).items, 0, pred, memo));
        for (const p of parts) {
          p.found.forEach((s) => found.add(s));
          open ||= p.open;
        }
        result = { found, open };
      } else if (pred(item)) {
        result = { found: new Set([item]), open: false };
      } else if (endsPath(item)) {
        result = { found: new Set(), open: true };
      }
    }
    if (!result) {
      const after = this.afterList.get(list);
      result = after ? this.reach(after.list, after.index, pred, memo) : { found: new Set(), open: true };
    }
    perList.set(from, result);
    return result;
  }

  /** Every path from the script's start to its end, each a list of steps in order. */
  paths(): Paths {
    if (!this.pathCache) {
      const first = this.doc.sections[0];
      const memo = new Map<ScriptItem[], Map<number, Step[][]>>();
      let truncated = false;
      const walk = (list: ScriptItem[], from: number): Step[][] => {
        let perList = memo.get(list);
        if (!perList) memo.set(list, (perList = new Map()));
        const hit = perList.get(from);
        if (hit) return hit;
        const prefix: Step[] = [];
        let tails: Step[][] | null = null;
        for (let k = from; k < list.length && !tails; k++) {
          const item = list[k];
          if (item.type === 'branch') {
            const end = groupEnd(list, k);
            tails = end === k ? [...walk(list, end + 1)] : [];
            for (let b = k; b <= end; b++) tails.push(...walk((list[b] as Branch).items, 0));
          } else {
            prefix.push(item);
            if (endsPath(item)) tails = [[]];
          }
        }
        if (!tails) {
          const after = this.afterList.get(list);
          tails = after ? walk(after.list, after.index) : [[]];
        }
        if (tails.length > PATH_LIMIT) {
          truncated = true;
          tails = tails.slice(0, PATH_LIMIT);
        }
        const out = tails.map((t) => [...prefix, ...t]);
        perList.set(from, out);
        return out;
      };
      this.pathCache = { paths: first ? walk(first.items, 0) : [[]], truncated };
    }
    return this.pathCache;
  }

  /** The paths that go through `step`. */
  pathsThrough(step: Step): Step[][] {
    return this.paths().paths.filter((p) => p.includes(step));
  }
}

function groupStart(list: ScriptItem[], k: number): number {
  let start = k;
  while (start > 0 && list[start - 1].type === 'branch') start--;
  return start;
}

function groupEnd(list: ScriptItem[], k: number): number {
  let end = k;
  while (end + 1 < list.length && list[end + 1].type === 'branch') end++;
  return end;
}

function endsPath(s: Step): boolean {
  return s.type === 'directive' && (s.kind === 'end' || s.kind === 'transfer');
}

export function isAgentTurn(s: Step | ScriptItem): s is Turn {
  return s.type === 'turn' && s.role === 'agent';
}

/** Whether `item` (before `at`) is passed on every path to `at`: outside branches, or in a branch containing `at`. */
export function onEveryPathBefore(item: ScriptItem, at: ScriptItem): boolean {
  if (!item.branch) return true;
  for (let b: Branch | null = at.type === 'branch' ? at : at.branch; b; b = b.branch) if (b === item.branch) return true;
  return false;
}

const cache = new WeakMap<ScriptDoc, Flow>();

/** The flow of a parsed script, built once per document. */
export function flowOf(doc: ScriptDoc): Flow {
  let f = cache.get(doc);
  if (!f) {
    f = new Flow(doc);
    cache.set(doc, f);
  }
  return f;
}
