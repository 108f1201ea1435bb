// Line iteration shared by the parsers: [start, end-without-EOL, next-line-start].
export function* lineRanges(text: string, from = 0): Generator<[number, number, number]> {
  let i = from;
  const n = text.length;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    let next = j;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    yield [i, j, next];
    if (next === i) break;
    i = next;
  }
}

export const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

export function indentOf(line: string): number {
  let k = 0;
  while (k < line.length && (line[k] === ' ' || line[k] === '\t')) k++;
  return k;
}
