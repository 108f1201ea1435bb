// What every file kind starts with: front matter, comments, and the masked text.
import type { DocBase, ParseProblem } from '../model';
import { scanComments } from './comments';
import { parseFrontMatter } from './frontMatter';

export function parseBase(text: string): DocBase {
  const problems: ParseProblem[] = [];
  const frontMatter = parseFrontMatter(text, problems);
  const bodyStart = frontMatter ? frontMatter.span.end : 0;
  const { comments, masked } = scanComments(text, bodyStart, problems);
  return { text, masked, bodyStart, frontMatter, comments, problems };
}
