// What the compliance report knows about each file: plain data, so worker threads can
// send it to the main thread and every output (HTML, CSV, JSON, the editor's webview)
// reads the same thing.
import type { CliMessage } from '../cli/report';
import type { FileKind } from '../model';
import type { FileScore } from '../score/types';

/** One line of the file around a finding, with personal data masked. */
export interface Excerpt {
  /** 1-based line number. */
  line: number;
  text: string;
  /** [start, end) in `text` of the finding's characters on this line, when known. */
  mark?: [number, number];
}

/** A finding as the CLI prints it (1-based positions), with what reports add. */
export interface ReportFinding extends Omit<CliMessage, 'docs' | 'fix' | 'fatal'> {
  /** Link to the rule's documentation page. */
  docs: string;
  excerpt: Excerpt;
  /** Identifies the finding across edits that move lines (see baseline.ts). */
  fingerprint: string;
  /** From a critical rule, at error or warning. */
  critical: boolean;
  /** Not in the baseline (set only when a baseline is compared). */
  isNew?: boolean;
}

export interface ReportFile {
  /** Absolute path. */
  filePath: string;
  kind: FileKind | null;
  /** Language code of the text (en, es, ...); '' when the file could not be read. */
  lang: string;
  /** Null when the file could not be linted (see `fatal`). */
  score: FileScore | null;
  findings: ReportFinding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Why the file could not be linted (not found, binary, too large, ...). */
  fatal?: string;
}
