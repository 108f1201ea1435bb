// Type checks of the known front-matter keys of call scripts (tickets have their own rule).
import type { ParseProblem, ScriptDoc } from '../model';

export function scriptFrontMatterProblems(doc: ScriptDoc): ParseProblem[] {
  const out: ParseProblem[] = [];
  for (const e of doc.frontMatter?.entries ?? []) {
    const v = e.value;
    const at = e.valueSpan;
    switch (e.key) {
      case 'lang':
        if (typeof v !== 'string' || !/^[a-z]{2,3}(-[a-z]{2})?$/i.test(v)) out.push({ message: 'lang must be a language code such as en, es, tr or id.', span: at });
        break;
      case 'tier':
        if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 3)) out.push({ message: 'tier must be 1, 2 or 3.', span: at });
        break;
      case 'title':
      case 'owner':
        if (typeof v !== 'string') out.push({ message: `${e.key} must be text.`, span: at });
        break;
      case 'version':
        if (typeof v !== 'string' && typeof v !== 'number') out.push({ message: 'version must be text or a number.', span: at });
        break;
      case 'placeholders':
        if (!isPlaceholderDecl(v)) out.push({ message: 'placeholders must be a list of names or a map from role (agent, company, customer, other) to names.', span: at });
        break;
    }
  }
  return out;
}

function isPlaceholderDecl(v: unknown): boolean {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string');
  if (v && typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>).every(
      ([k, x]) => ['agent', 'company', 'customer', 'other'].includes(k) && (typeof x === 'string' || (Array.isArray(x) && x.every((y) => typeof y === 'string'))),
    );
  }
  return false;
}
