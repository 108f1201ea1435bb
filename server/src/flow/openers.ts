// "Does this sentence start with one of these phrases?", allowing the small words agents
// put in front ("Okay, so, could you please restart ...") and Spanish ¿ ¡. Used to tell
// instructions and open questions from sentences that merely contain the same words.
import { fold } from '../engine/fold';
import { phraseSource, withoutMarks } from '../engine/phrases';
import { TextCache } from '../engine/textCache';

/** A test over folded sentence text. Combining marks (accents typed decomposed) are ignored, as in phrase lists. */
export interface SentenceStart {
  test(folded: string): boolean;
}

const cache = new WeakMap<readonly string[], Map<string, SentenceStart>>();

function alternation(list: readonly string[]): string {
  return list.length ? `(?:${list.map(phraseSource).join('|')})` : '(?!)';
}

/** Optional fillers, an optional polite prefix, then one of `heads`, at the start of the sentence. */
export function sentenceStart(fillers: readonly string[], prefixes: readonly string[], heads: readonly string[]): SentenceStart {
  let perHeads = cache.get(heads);
  if (!perHeads) cache.set(heads, (perHeads = new Map()));
  const key = `${fillers.join('\u0000')}\u0001${prefixes.join('\u0000')}`;
  let start = perHeads.get(key);
  if (!start) {
    const re = new RegExp(`^["'“‘(¿¡]*(?:${alternation(fillers)}[\\s,.!;:¿¡-]+)*(?:${alternation(prefixes)}\\s+){0,2}${alternation(heads)}`, 'u');
    // Scripts repeat their sentences; remember each answer.
    const seen = new TextCache<boolean>(4096, 1_000_000);
    start = {
      test: (folded) => {
        let hit = seen.get(folded);
        if (hit === undefined) seen.set(folded, (hit = re.test(withoutMarks(folded)?.text ?? folded)));
        return hit;
      },
    };
    perHeads.set(key, start);
  }
  return start;
}

export function startsWith(sentence: string, start: SentenceStart): boolean {
  return start.test(fold(sentence));
}
