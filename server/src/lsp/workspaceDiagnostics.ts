// LSP 3.17 workspace diagnostics (`workspace/diagnostic`): the problems of the workspace's
// call scripts and ticket notes that the editor does not show through document pulls, so
// a file has its problems listed without being opened, and keeps them once its tab closes.
//
// Each report carries a result id (file size, modification time and the settings
// generation for files on disk; version and generation for open documents), so a file the
// client already has is answered `unchanged` without being linted again. A client that
// streams partial results (VS Code) asks again as soon as it has an answer; when nothing
// changed, the request is held until something does (a file event, a closed document, new
// settings) instead of walking the workspace every two seconds.
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type ResultProgressReporter,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { uriToPath } from './uris';

/** What the workspace channel says about one file, its diagnostics computed only when needed. */
export interface FileReport {
  uri: string;
  /** The open document's version; null for a file on disk. */
  version: number | null;
  resultId: string;
  diagnostics(): Promise<Diagnostic[]>;
}

export interface WorkspaceSource {
  /** The workspace's call scripts and ticket notes, sorted. */
  files(token: CancellationToken): Promise<string[]>;
  /** The report of a file, or null when it is left to document pulls (open) or unreadable. */
  report(file: string): Promise<FileReport | null>;
  isOpen(file: string): boolean;
  /** Whether the client reports file changes, so a held request learns about them. */
  hearsFileChanges(): boolean;
  log(msg: string): void;
}

/** Files analysed between two partial results (and between two pauses for other requests). */
const CHUNK = 20;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');

export class WorkspaceDiagnostics {
  /** Whether the client pulls workspace diagnostics (then they are the channel for files it does not show). */
  used = false;
  private seq = 0;
  private readonly waiters = new Set<() => void>();
  private disposed = false;
  /** Files whose problems the client may still list (path -> URI), so they are cleared when the file goes. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly src: WorkspaceSource) {}

  /** Something a workspace report depends on may have changed: held requests look again. */
  changed(): void {
    this.seq++;
    for (const wake of [...this.waiters]) wake();
  }

  /** A document pull answered `count` problems for `uri`. */
  noteShown(uri: string, count: number): void {
    const file = uriToPath(uri);
    if (!file) return;
    if (count > 0) this.shown.set(file, uri);
    else this.shown.delete(file);
  }

  /** Releases held requests (shutdown). */
  dispose(): void {
    this.disposed = true;
    this.changed();
  }

  async handle(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    progress: WorkDoneProgressReporter,
    partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    this.used = true;
    const previous = new Map<string, { uri: string; value: string }>();
    for (const p of params.previousResultIds ?? []) {
      const file = typeof p?.uri === 'string' ? uriToPath(p.uri) : null;
      if (file && typeof p.value === 'string') previous.set(file, { uri: p.uri, value: p.value });
    }
    const hold = partial !== undefined && this.src.hearsFileChanges();
    for (;;) {
      const seq = this.seq;
      const out = new Batcher(partial);
      await this.round(previous, token, progress, out);
      if (out.changed > 0 || !hold) return out.finish();
      if (this.seq === seq) {
        this.src.log(`Workspace diagnostics: ${out.size} file(s), none changed; waiting for a change.`);
        await this.waitForChange(token);
      }
      if (token.isCancellationRequested) throw cancelled();
      if (this.disposed) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The server is shutting down.', { retriggerRequest: false });
    }
  }

  private async round(previous: Map<string, { uri: string; value: string }>, token: CancellationToken, progress: WorkDoneProgressReporter, out: Batcher): Promise<void> {
    const files = await this.src.files(token);
    if (token.isCancellationRequested) throw cancelled();
    const seen = new Set<string>();
    let begun = false;
    try {
      for (let i = 0; i < files.length; i++) {
        if (i % CHUNK === CHUNK - 1) await yieldToEventLoop();
        if (token.isCancellationRequested) throw cancelled();
        const file = files[i];
        const r = await this.src.report(file);
        if (!r) continue;
        seen.add(file);
        const prev = previous.get(file);
        // Keep the client's spelling of a URI it already knows.
        const uri = prev?.uri ?? r.uri;
        if (prev?.value === r.resultId) {
          out.add({ kind: 'unchanged', uri, version: r.version, resultId: r.resultId });
          continue;
        }
        if (!begun) {
          begun = true;
          progress.begin('supportlint', 0, 'Checking workspace files', true);
        }
        const items = await r.diagnostics();
        if (items.length) this.shown.set(file, uri);
        else this.shown.delete(file);
        out.add({ kind: 'full', uri, version: r.version, resultId: r.resultId, items }, true);
        progress.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length} files`);
      }
    } finally {
      if (begun) progress.done();
    }
    // Deleted, no longer matched by `files:`, or closed after being deleted: clear its problems.
    const gone = new Map<string, string>();
    for (const [file, p] of previous) if (!seen.has(file)) gone.set(file, p.uri);
    for (const [file, uri] of this.shown) if (!seen.has(file) && !gone.has(file)) gone.set(file, uri);
    for (const [file, uri] of gone) {
      if (this.src.isOpen(file)) continue;
      this.shown.delete(file);
      previous.delete(file);
      out.add({ kind: 'full', uri, version: null, items: [] }, true);
    }
  }

  private waitForChange(token: CancellationToken): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        sub.dispose();
        this.waiters.delete(wake);
        resolve();
      };
      const sub = token.onCancellationRequested(wake);
      this.waiters.add(wake);
    });
  }
}

/**
 * Collects a round's reports. With partial results, they are streamed in chunks once the
 * round has something new (the final answer is then empty, as the protocol asks); a round
 * that found nothing new sends nothing, so the request can be held.
 */
class Batcher {
  changed = 0;
  size = 0;
  private readonly items: WorkspaceDocumentDiagnosticReport[] = [];
  private streamed = false;

  constructor(private readonly partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined) {}

  add(item: WorkspaceDocumentDiagnosticReport, isChange = false): void {
    this.items.push(item);
    this.size++;
    if (isChange) this.changed++;
    if (this.partial && this.changed > 0 && this.items.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (!this.partial || this.items.length === 0) return;
    this.partial.report({ items: this.items.splice(0) });
    this.streamed = true;
  }

  finish(): WorkspaceDiagnosticReport {
    if (this.partial && (this.streamed || this.changed > 0)) {
      this.flush();
      return { items: [] };
    }
    return { items: this.items.splice(0) };
  }
}
