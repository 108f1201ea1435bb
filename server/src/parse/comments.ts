// HTML-style comments, and a copy of the text with them blanked to spaces (newlines
// kept), so later stages never see comment text and never have to map offsets.
import type { Comment, ParseProblem } from '../model';

export interface CommentScan {
  comments: Comment[];
  masked: string;
}

export function scanComments(text: string, from: number, problems: ParseProblem[]): CommentScan {
  const comments: Comment[] = [];
  let masked = '';
  let last = 0;
  let i = text.indexOf('<!--', from);
  while (i >= 0) {
    const close = text.indexOf('-->', i + 4);
    let end: number;
    if (close < 0) {
      const eol = text.indexOf('\n', i);
      end = eol < 0 ? text.length : eol;
      problems.push({ message: 'Comment is not closed: add `-->`.', span: { start: i, end } });
    } else {
      end = close + 3;
    }
    const raw = text.slice(i, end);
    const body = raw.replace(/^<!--/, '').replace(/-->$/, '').trim();
    comments.push({ span: { start: i, end }, body });
    masked += text.slice(last, i) + raw.replace(/[^\r\n]/g, ' ');
    last = end;
    i = text.indexOf('<!--', end);
  }
  masked += text.slice(last);
  return { comments, masked };
}
