// `supportlint/report`: the compliance report of the workspace, the same page the CLI
// writes with `supportlint report --out report.html`, for the editor's webview.
import * as fs from 'fs';
import * as path from 'path';
import type { ReportFile } from '../report/types';
import { reportFromResult } from '../report/analyze';
import { renderHtml } from '../report/html';
import { summarize } from '../report/summary';
import type { ReportResult } from '../protocol';
import type { Analysis } from './analysis';

export interface ReportSource {
  /** The workspace's call scripts and ticket notes, sorted. */
  files: string[];
  /** The analysis of a file (its open document, else the file on disk); null to leave it out. */
  analysisOf(file: string): Promise<Analysis | null>;
  cancelled(): boolean;
  /** Lets other requests run between files. */
  pause(): Promise<void>;
}

export function reportFileOf(a: Analysis): ReportFile | null {
  if (!a.active || !a.result || !a.input.filePath) return null;
  return reportFromResult(a.input.filePath, a.text, a.result, a.config, a.doc ?? undefined);
}

export async function workspaceReport(src: ReportSource, opts: { cwd: string; toolVersion: string; today: string; nonce?: string }): Promise<ReportResult> {
  const files: ReportFile[] = [];
  let cancelled = false;
  for (let i = 0; i < src.files.length; i++) {
    if (src.cancelled()) {
      cancelled = true;
      break;
    }
    if (i % 20 === 19) await src.pause();
    const a = await src.analysisOf(src.files[i]);
    const f = a ? reportFileOf(a) : null;
    if (f) files.push(f);
  }
  const html = renderHtml(files, summarize(files), { cwd: opts.cwd, toolVersion: opts.toolVersion, generated: opts.today, nonce: opts.nonce, title: 'Compliance report' });
  return { html, files: files.length, cancelled };
}

/** supportlint's version for the page footer, from the package.json above the bundle. */
export function serverVersion(): string {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'supportlint' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // keep looking
    }
  }
  return '0.0.0';
}
