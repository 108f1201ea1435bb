// A small LSP client for protocol tests: spawns the built server (dist/server.js --stdio),
// answers the requests a real editor answers (configuration, registration, applyEdit,
// progress, refresh) and lets tests wait for notifications instead of sleeping.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type CancellationToken, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  WorkspaceDiagnosticRequest,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type PreviousResultId,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** Builds dist/ once if a test run starts without it. */
export function ensureBuilt(): void {
  if (!fs.existsSync(SERVER)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

const tempDirs: string[] = [];
process.on('exit', () => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary workspace folder holding `files` (relative path -> text); removed at exit. */
export function tempWorkspace(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-lsp-')));
  tempDirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const f = path.join(dir, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, content);
  }
  return dir;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), edits);
}

/** The edits a WorkspaceEdit makes to one document (either form of WorkspaceEdit). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const out: TextEdit[] = [];
  if (edit.changes?.[uri]) out.push(...edit.changes[uri]);
  for (const c of edit.documentChanges ?? []) {
    if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  }
  return out;
}

export interface StartOptions {
  workspace: string;
  /** The `supportlint` settings answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Advertise pull diagnostics (textDocument/diagnostic). */
  pull?: boolean;
  /** Answer workspace/configuration (else settings go in initializationOptions). */
  configuration?: boolean;
  initializationOptions?: unknown;
  locale?: string;
}

type Waiter<T> = { test: (v: T) => boolean; resolve: (v: T) => void };

export class TestClient {
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly configurationRequests: unknown[] = [];
  settings: Record<string, unknown>;
  /** Per-resource settings: when set, answers workspace/configuration instead of `settings`. */
  settingsFor: ((scopeUri: string | undefined) => Record<string, unknown>) | null = null;
  /** Every publishDiagnostics received, in order. */
  readonly publishLog: PublishDiagnosticsParams[] = [];
  initializeResult!: InitializeResult;
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters: { method: string; w: Waiter<unknown> }[] = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private tokens = 0;
  private exited: Promise<number | null>;
  stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    readonly workspace: string,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
  }

  static async start(opts: StartOptions): Promise<TestClient> {
    ensureBuilt();
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: opts.workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, opts.workspace, opts.settings ?? {});
    client.wire();
    conn.listen();
    const configuration = opts.configuration !== false;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
        applyEdit: true,
        diagnostics: opts.pull ? { refreshSupport: true } : undefined,
        inlayHint: { refreshSupport: true },
      },
      window: { workDoneProgress: true },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: opts.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
        },
        completion: { completionItem: { snippetSupport: false } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: { lineFoldingOnly: true },
        inlayHint: {},
      },
    };
    const initOptions = opts.initializationOptions ?? (configuration ? undefined : { settings: opts.settings ?? {} });
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(opts.workspace),
      workspaceFolders: [{ uri: uriOf(opts.workspace), name: path.basename(opts.workspace) }],
      capabilities,
      initializationOptions: initOptions,
      locale: opts.locale,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  private wire(): void {
    const c = this.conn;
    c.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests.push(params);
      return params.items.map((i) => (i.section === 'supportlint' ? (this.settingsFor ? this.settingsFor(i.scopeUri) : this.settings) : null));
    });
    c.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.emit('client/registerCapability', params);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.emit('workspace/diagnostic/refresh', {});
      return null;
    });
    c.onRequest('workspace/inlayHint/refresh', () => null);
    c.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.emit('window/logMessage', p);
    });
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      this.publishLog.push(p);
      for (const w of [...this.diagWaiters]) {
        if (w.test(p)) {
          this.diagWaiters.splice(this.diagWaiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    c.onNotification((method: string, params: unknown) => this.emit(method, params));
  }

  private emit(method: string, params: unknown): void {
    for (const n of [...this.notificationWaiters]) {
      if (n.method === method && n.w.test(params)) {
        this.notificationWaiters.splice(this.notificationWaiters.indexOf(n), 1);
        n.w.resolve(params);
      }
    }
  }

  /** Resolves on the next notification (or server request) `method` that passes `test`. */
  next<T = unknown>(method: string, test: (p: T) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve) => this.notificationWaiters.push({ method, w: { test: test as (v: unknown) => boolean, resolve: resolve as (v: unknown) => void } }));
  }

  /** The last diagnostics published for `uri` that pass `test`, waiting for them if needed. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const have = this.published.get(uri);
    if (have && test(have)) return Promise.resolve(have.diagnostics);
    return new Promise((resolve) => this.diagWaiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => resolve(p.diagnostics) }));
  }

  /** Diagnostics pushed for the document's current version. */
  diagnosticsNow(uri: string): Promise<Diagnostic[]> {
    const v = this.versions.get(uri);
    return this.diagnostics(uri, (p) => p.version === v);
  }

  /** Waits for the next publish for `uri` (ignoring what was already published). */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.diagWaiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => resolve(p.diagnostics) }));
  }

  request<R = unknown>(method: string, params?: unknown): Promise<R> {
    return (params === undefined ? this.conn.sendRequest(method) : this.conn.sendRequest(method, params)) as Promise<R>;
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  /** Opens a document (a file in the workspace by relative path, or any URI). */
  async open(relOrUri: string, text: string, languageId?: string): Promise<string> {
    const uri = /^[a-z]+:/.test(relOrUri) ? relOrUri : uriOf(path.join(this.workspace, relOrUri));
    const lang = languageId ?? (uri.endsWith('.ticket') ? 'ticket' : uri.endsWith('.callscript') ? 'callscript' : 'plaintext');
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: lang, version: 1, text } });
    return uri;
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  version(uri: string): number {
    return this.versions.get(uri)!;
  }

  /** Sends incremental changes (or the whole text) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[] | string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const list = typeof changes === 'string' ? [{ text: changes }] : changes;
    const doc = TextDocument.create(uri, 'x', version - 1, this.texts.get(uri) ?? '');
    TextDocument.update(doc, list, version);
    this.texts.set(uri, doc.getText());
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: list });
    return version;
  }

  /** Replaces the text with `text` as one incremental change covering the whole document. */
  async replace(uri: string, text: string): Promise<number> {
    const doc = TextDocument.create(uri, 'x', 0, this.texts.get(uri) ?? '');
    const end = doc.positionAt(doc.getText().length);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, text }]);
  }

  async save(uri: string): Promise<void> {
    await this.notify('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  /**
   * workspace/diagnostic. With `partial`, asks for partial results and hands each one over;
   * `workDoneToken` asks for progress; `token` cancels.
   */
  async workspacePull(
    previousResultIds: PreviousResultId[] = [],
    opts: { partial?: (items: WorkspaceDocumentDiagnosticReport[]) => void; workDoneToken?: string; token?: CancellationToken } = {},
  ): Promise<WorkspaceDiagnosticReport> {
    const partialResultToken = opts.partial ? `partial-${++this.tokens}` : undefined;
    const sub = partialResultToken ? this.conn.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (p) => opts.partial!(p.items)) : undefined;
    try {
      const params = { previousResultIds, partialResultToken, workDoneToken: opts.workDoneToken };
      return await (opts.token
        ? this.conn.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', params, opts.token)
        : this.conn.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', params));
    } finally {
      sub?.dispose();
    }
  }

  /** Writes bytes straight to the server's input (for malformed-message tests). */
  writeRaw(data: string | Buffer): void {
    this.proc.stdin!.write(data);
  }

  async stop(): Promise<number | null> {
    if (this.proc.exitCode === null) {
      try {
        await this.request('shutdown');
        await this.notify('exit');
      } catch {
        this.proc.kill();
      }
    }
    const code = await this.exited;
    this.conn.dispose();
    return code;
  }
}
