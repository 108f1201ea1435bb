// A finding's identity that survives edits elsewhere in the file: the rule, what it
// said (the message id, not the words, so the locale does not matter) and the text of
// the line it starts on, with whitespace collapsed. Line numbers are left out, so moving
// lines keeps the fingerprint; the line is hashed after personal data is masked, so a
// baseline file never holds anything derived from a secret.
import { createHash } from 'crypto';
import type { LintMessage } from '../engine/types';

export function fingerprint(m: LintMessage, maskedLine: string): string {
  const what = typeof m.data?.messageId === 'string' ? m.data.messageId : m.message.replace(/\d+/g, '#');
  const line = maskedLine.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${m.ruleId}\0${what}\0${line}`).digest('hex').slice(0, 16);
}
