// "Does this sentence start with one of these phrases?", allowing the small words agents
// put in front ("Okay, so, could you please restart ...") and Spanish ¿ ¡. Used to tell instructions and
// open questions from sentences that merely contain the same words.
import { fold } from '../engine/fold';
import { phraseSource } from '../engine/phrases';

const cache = new WeakMap<readonly string[], Map<string, RegExp>>();

function alternation(list: readonly string[]): string {
  return list.length ? `(?:${list.map(phraseSource).join('|')})` : '(?!)';
}

/** A regex over folded text: optional fillers, an optional polite prefix, then one of `heads`. */
export function sentenceStart(fillers: readonly string[], prefixes: readonly string[], heads: readonly string[]): RegExp {
  let perHeads = cache.get(heads);
  if (!perHeads) cache.set(heads, (perHeads = new Map()));
  const key = `${fillers.join('\u0000')}\u0001${prefixes.join('\u0000')}`;
  let re = perHeads.get(key);
  if (!re) {
    re = new RegExp(`^["'“‘(¿¡]*(?:${alternation(fillers)}[\\s,.!;:¿¡-]+)*(?:${alternation(prefixes)}\\s+){0,2}${alternation(heads)}`, 'u');
    perHeads.set(key, re);
  }
  return re;
}

export function startsWith(sentence: string, re: RegExp): boolean {
  return re.test(fold(sentence));
}
