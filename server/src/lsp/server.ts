// The language server: wires LSP requests to the analysis of each document. Documents are
// linted on open and (debounced) on change for push clients, or when the client pulls.
// Nothing here logs document text: only file names, counts and timings.
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkDoneProgressReporter,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKindFor } from '../engine/kind';
import { LineIndex } from '../engine/lineIndex';
import type { LintMessage } from '../engine/types';
import { parseDocument } from '../parse';
import {
  CasesChangedNotification,
  CasesRequest,
  Commands,
  DEFAULT_SETTINGS,
  FIX_ALL_KIND,
  ReportRequest,
  ScoreRequest,
  SETTINGS_SECTION,
  SetStatusRequest,
  TICKET_STATUSES,
  type CaseSummary,
  type InitializationOptions,
  type LintWorkspaceResult,
  type ProblemCounts,
  type SetStatusResult,
  type SupportlintSettings,
} from '../protocol';
import { systemToday } from '../engine/clock';
import { addAllowedTerm, newConfigText } from './allowTerm';
import { analyze, type Analysis, type DocInput } from './analysis';
import { caseSummary, countProblems, statusChange } from './cases';
import { codeActions, type ActionContext } from './codeActions';
import { fileScore, scoreLenses, withScore } from './codeLens';
import { serverVersion, workspaceReport } from './scoreReport';
import { completions, TRIGGER_CHARACTERS } from './completion';
import { ConfigStore, isConfigFile, problemsByFile } from './configs';
import { configDiagnostic } from './diagnostics';
import { rangeOf } from './edits';
import { hover } from './hover';
import { documentSymbols, foldingRanges } from './outline';
import { mergeSettings, normaliseLocale, SettingsStore } from './settings';
import { inlayHints } from './speakingTime';
import { pathToUri, uriToPath } from './uris';
import { findFiles, readForLint } from './workspaceFiles';
import { WorkspaceDiagnostics, type FileReport } from './workspaceDiagnostics';

/** Quiet time after a keystroke before a pushed lint. */
export const DEBOUNCE_MS = 150;
/**
 * Analyses kept for the most recently used documents only: with hundreds of files open,
 * the others are re-analysed when next asked (an unchanged pull needs no analysis).
 */
const MAX_CACHED_ANALYSES = 100;
/** Quiet time after an edit of an open .supportlint.yaml before re-linting everything. */
const CONFIG_DEBOUNCE_MS = 300;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function errorText(e: unknown): string {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return msg.split('\n')[0].slice(0, 200);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigStore();
  let settings = new SettingsStore(null);
  let caps: ClientCapabilities = {};
  let folders: string[] = [];
  let clientLocale: string | null = null;
  let pull = false;
  let gen = 0;

  const analyses = new Map<string, Analysis[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Text linted in `run: onSave` mode: what was opened or last saved. */
  const snapshots = new Map<string, { version: number; text: string }>();
  const justOpened = new Set<string>();
  /** Open documents that were sent diagnostics by push. */
  const pushed = new Set<string>();
  /** Files linted by the workspace command (not open): path -> uri published to. */
  const workspacePublished = new Map<string, string>();
  let workspaceLinted = false;
  const seenConfigs = new Set<string>();
  const configPublished = new Map<string, string>();
  const caseCache = new Map<string, { mtimeMs: number; size: number; gen: number; summary: CaseSummary }>();
  /** What the case sidebar was last told about each note (by path, or URI when unsaved), without its URI. */
  const lastCases = new Map<string, string>();
  /** Open notes being analysed for a supportlint/cases answer: that answer is their announcement. */
  const listing = new Set<string>();
  let casesRequested = false;
  /** Open documents linted by the workspace command: reported by workspace pulls too (their tab may be closed). */
  const workspaceReportedOpen = new Set<string>();
  /** Problems of workspace files on disk, by the result id they were computed for. */
  const diskDiagnostics = new Map<string, { resultId: string; items: Diagnostic[] }>();

  const log = (msg: string) => connection.console.log(msg);

  // ------------------------------------------------------------------ helpers

  /** Open documents by file path (clients may spell a file's URI differently). */
  const openByPath = new Map<string, string>();
  const docByPath = (file: string): TextDocument | undefined => {
    const uri = openByPath.get(file);
    return uri === undefined ? undefined : documents.get(uri);
  };

  const folderOf = (file: string): string | null => {
    let best: string | null = null;
    for (const f of folders) {
      const rel = path.relative(f, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  };

  const env = () => ({ configs, gen, clientLocale, fallbackDir: folders[0] ?? process.cwd() });

  const inputOf = (doc: TextDocument, snapshot?: { version: number; text: string }): DocInput => ({
    uri: doc.uri,
    version: snapshot?.version ?? doc.version,
    text: snapshot?.text ?? doc.getText(),
    languageId: doc.languageId,
    filePath: uriToPath(doc.uri),
  });

  /**
   * The analysis of an open document: of its current text, or with `linted` of the text
   * diagnostics are about (the last saved one in `run: onSave` mode).
   */
  async function analysisFor(uri: string, linted = false): Promise<Analysis | null> {
    if (!documents.get(uri)) return null;
    const s = await settings.get(uri);
    const doc = documents.get(uri);
    if (!doc) return null;
    const path0 = uriToPath(uri);
    if (path0 && isConfigFile(path0)) return null;
    const snap = linted && s.run === 'onSave' ? snapshots.get(uri) : undefined;
    const version = snap?.version ?? doc.version;
    const list = analyses.get(uri) ?? [];
    analyses.delete(uri);
    const hit = list.find((a) => a.input.version === version && a.gen === gen && a.settings === s);
    if (hit) {
      analyses.set(uri, list);
      return hit;
    }
    const a = analyze(inputOf(doc, snap), s, env());
    analyses.set(uri, [a, ...list.filter((x) => x.gen === gen && x.settings === s)].slice(0, 2));
    if (analyses.size > MAX_CACHED_ANALYSES) analyses.delete(analyses.keys().next().value!);
    afterAnalysis(a);
    return a;
  }

  async function diskAnalysis(file: string): Promise<Analysis | null> {
    const read = await readForLint(file);
    if (read === null) return null;
    const folder = folderOf(file);
    const s = await settings.get(pathToUri(folder ?? file));
    const a = analyze({ uri: pathToUri(file), version: 0, text: read.text, filePath: file, skip: read.skip }, s, env());
    noteConfig(a);
    return a;
  }

  /** Config files in use get their problems published (and their `files:` globs watched). */
  function noteConfig(a: Analysis): void {
    if (!a.input.filePath) return;
    const cfg = configs.configFileFor(a.input.filePath);
    if (cfg && !seenConfigs.has(cfg)) {
      seenConfigs.add(cfg);
      scheduleConfigDiagnostics();
    }
  }

  /** A case as the sidebar shows it; the URI is left out, since clients spell it in several ways. */
  const caseKey = (s: CaseSummary) => JSON.stringify({ ...s, uri: null });

  function afterAnalysis(a: Analysis): void {
    noteConfig(a);
    if (casesRequested && a.kind === 'ticket') {
      const summary = withScore(caseSummary(a.input.uri, a.doc, a.result?.messages ?? [], a.today), a);
      const key = caseKey(summary);
      const id = a.input.filePath ?? a.input.uri;
      if (lastCases.get(id) !== key) {
        lastCases.set(id, key);
        // New notes too: one created and opened at once never reaches the file watcher.
        if (!listing.has(a.input.uri)) notifyCases([a.input.uri]);
      }
    }
  }

  // ------------------------------------------------------------------ diagnostics

  /** `ours`: a call script or ticket, always published (even empty: "checked, no problems"). */
  function publish(uri: string, version: number | undefined, diagnostics: Diagnostic[], ours = true): void {
    if (!ours && diagnostics.length === 0 && !pushed.has(uri)) return;
    if (diagnostics.length) pushed.add(uri);
    else pushed.delete(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    if (pull) return;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void pushFor(uri).catch((e) => log(`lint failed: ${errorText(e)}`));
      }, delay),
    );
  }

  async function pushFor(uri: string): Promise<void> {
    const before = documents.get(uri)?.version;
    const a = await analysisFor(uri, true);
    const now = documents.get(uri);
    // Closed, or changed while settings were fetched: that change has its own run.
    if (!a || !now || (a.settings.run === 'onType' && now.version !== before)) return;
    publish(uri, a.input.version, a.diagnostics(), a.kind !== null && a.settings.enable);
  }

  /** Something every analysis depends on changed (settings, a config file). */
  function invalidate(why: string): void {
    gen++;
    analyses.clear();
    caseCache.clear();
    diskDiagnostics.clear();
    wsDiag.changed();
    log(`Settings or config changed (${why}); re-linting ${documents.all().length} open document(s).`);
    if (pull) {
      if (caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
    } else {
      for (const d of documents.all()) schedule(d.uri, 0);
    }
    if (caps.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    scheduleConfigDiagnostics();
    notifyCases([]);
    if (workspaceLinted) for (const file of workspacePublished.keys()) void relintFromDisk(file);
  }

  async function relintFromDisk(file: string): Promise<void> {
    const uri = workspacePublished.get(file) ?? pathToUri(file);
    if (docByPath(file)) return;
    const a = fs.existsSync(file) ? await diskAnalysis(file) : null;
    if (docByPath(file)) return;
    const diags = a ? a.diagnostics() : [];
    void connection.sendDiagnostics({ uri, diagnostics: diags });
    if (a) workspacePublished.set(file, uri);
    else workspacePublished.delete(file);
  }

  // Config problems are published on the config file itself, always by push.
  let configDiagTimer: NodeJS.Timeout | undefined;
  function scheduleConfigDiagnostics(): void {
    clearTimeout(configDiagTimer);
    configDiagTimer = setTimeout(publishConfigDiagnostics, 0);
  }

  function publishConfigDiagnostics(): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of documents.all()) {
      const p = uriToPath(d.uri);
      if (p && isConfigFile(p)) seenConfigs.add(p);
    }
    for (const file of [...seenConfigs]) {
      if (!fs.existsSync(file) && !docByPath(file)) {
        seenConfigs.delete(file);
        continue;
      }
      const resolved = configs.ofConfigFile(file);
      watchFileGlobs(resolved.baseDir, [...resolved.files.callscript, ...resolved.files.ticket]);
      for (const [f, problems] of problemsByFile(resolved)) {
        const list = byFile.get(f) ?? [];
        for (const p of problems) list.push(configDiagnostic(p));
        byFile.set(f, list);
      }
    }
    for (const file of configPublished.keys()) if (!byFile.has(file)) byFile.set(file, []);
    for (const [file, diags] of byFile) {
      const key = JSON.stringify(diags);
      if ((configPublished.get(file) ?? '[]') === key) continue;
      if (diags.length) configPublished.set(file, key);
      else configPublished.delete(file);
      void connection.sendDiagnostics({ uri: docByPath(file)?.uri ?? pathToUri(file), diagnostics: diags });
    }
  }

  /** Files mapped by `files:` globs are watched too, so the case list sees them change. */
  const watchedGlobs = new Set<string>();
  function watchFileGlobs(baseDir: string, globs: string[]): void {
    const w = caps.workspace?.didChangeWatchedFiles;
    if (!w?.dynamicRegistration || !w.relativePatternSupport) return;
    const fresh = globs.filter((g) => !watchedGlobs.has(`${baseDir}\0${g}`));
    if (fresh.length === 0) return;
    for (const g of fresh) watchedGlobs.add(`${baseDir}\0${g}`);
    const baseUri = pathToUri(baseDir);
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: fresh.map((pattern) => ({ globPattern: { baseUri, pattern } })) })
      .catch(() => undefined);
  }

  let configEditTimer: NodeJS.Timeout | undefined;
  function configEdited(): void {
    clearTimeout(configEditTimer);
    configEditTimer = setTimeout(() => invalidate('config edited'), CONFIG_DEBOUNCE_MS);
  }

  // ------------------------------------------------------------------ cases

  let casesTimer: NodeJS.Timeout | undefined;
  let pendingCaseUris: Set<string> | null = null;
  function notifyCases(uris: string[]): void {
    if (!casesRequested) return;
    // An empty list means "everything": it absorbs the specific ones.
    if (uris.length === 0) pendingCaseUris = new Set();
    else if (!pendingCaseUris || pendingCaseUris.size > 0) for (const u of uris) (pendingCaseUris ??= new Set()).add(u);
    clearTimeout(casesTimer);
    casesTimer = setTimeout(() => {
      const list = pendingCaseUris ? [...pendingCaseUris] : [];
      pendingCaseUris = null;
      void connection.sendNotification(CasesChangedNotification.type, { uris: list });
    }, 100);
  }

  /** A closed note: the sidebar now shows the file on disk, or nothing when it was deleted or never saved. */
  async function caseClosed(uri: string, file: string | null): Promise<void> {
    const id = file ?? uri;
    if (!casesRequested || !lastCases.has(id)) return;
    const a = file && kindOfPath(file) === 'ticket' ? await diskAnalysis(file) : null;
    // Opened again meanwhile: that document's analysis speaks for it.
    if (file ? docByPath(file) : documents.get(uri)) return;
    if (!a) {
      lastCases.delete(id);
      notifyCases([uri]);
      return;
    }
    const key = caseKey(withScore(caseSummary(a.input.uri, a.doc, a.result?.messages ?? [], a.today), a));
    if (lastCases.get(id) === key) return;
    lastCases.set(id, key);
    notifyCases([uri]);
  }

  const kindOfPath = (file: string) => (isConfigFile(file) ? null : fileKindFor(file, configs.base(file)));

  async function listCases(token: CancellationToken): Promise<CaseSummary[]> {
    casesRequested = true;
    const files = await findFiles(folders, (f) => kindOfPath(f) === 'ticket', token);
    const out: CaseSummary[] = [];
    const seen = new Set<string>();
    const listed = new Map<string, string>();
    for (const d of documents.all()) {
      const p = uriToPath(d.uri);
      if (!(p ? kindOfPath(p) === 'ticket' : false) && d.languageId !== 'ticket') continue;
      listing.add(d.uri);
      let a: Analysis | null;
      try {
        a = await analysisFor(d.uri);
      } finally {
        listing.delete(d.uri);
      }
      if (!a || a.kind !== 'ticket') continue;
      const s = withScore(caseSummary(d.uri, a.doc, a.result?.messages ?? [], a.today), a);
      if (a.input.filePath) seen.add(a.input.filePath);
      listed.set(a.input.filePath ?? d.uri, caseKey(s));
      out.push(s);
    }
    let n = 0;
    for (const file of files) {
      if (seen.has(file)) continue;
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled.');
      if (++n % 20 === 0) await yieldToEventLoop();
      let st: fs.Stats;
      try {
        st = fs.statSync(file);
      } catch {
        continue;
      }
      const hit = caseCache.get(file);
      if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size && hit.gen === gen) {
        listed.set(file, caseKey(hit.summary));
        out.push(hit.summary);
        continue;
      }
      const a = await diskAnalysis(file);
      if (!a) continue;
      const summary = withScore(caseSummary(a.input.uri, a.doc, a.result?.messages ?? [], a.today), a);
      caseCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, gen, summary });
      listed.set(file, caseKey(summary));
      out.push(summary);
    }
    lastCases.clear();
    for (const [id, key] of listed) lastCases.set(id, key);
    out.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0));
    return out;
  }

  async function setStatus(uri: string, status: string, apply: boolean): Promise<SetStatusResult> {
    if (!(TICKET_STATUSES as readonly string[]).includes(status)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown status "${status}": use one of ${TICKET_STATUSES.join(', ')}.`);
    }
    const file = uriToPath(uri);
    const open = documents.get(uri) ?? (file ? docByPath(file) : undefined);
    let text: string | null = open ? open.getText() : null;
    if (text === null && file) text = (await readForLint(file))?.text ?? null;
    if (text === null) throw new ResponseError(ErrorCodes.InvalidParams, 'The ticket note cannot be read.');
    const config = configs.base(file ?? path.join(folders[0] ?? process.cwd(), 'untitled'));
    const change = statusChange(parseDocument(text, 'ticket', config.speakers), status);
    if (!change) return { edit: null, applied: false };
    const lines = new LineIndex(text);
    const edits = [{ range: rangeOf(lines, change.start, change.end), newText: change.text }];
    const target = open?.uri ?? uri;
    const edit: WorkspaceEdit = caps.workspace?.workspaceEdit?.documentChanges
      ? { documentChanges: [{ textDocument: { uri: target, version: open ? open.version : null }, edits }] }
      : { changes: { [target]: edits } };
    if (!apply) return { edit, applied: false };
    const r = await connection.workspace.applyEdit({ label: `Set status to ${status}`, edit });
    return { edit, applied: r.applied };
  }

  // ------------------------------------------------------------------ workspace diagnostics

  const wsDiag = new WorkspaceDiagnostics({
    files: (token) => findFiles(folders, (f) => kindOfPath(f) !== null, token),
    report: workspaceFileReport,
    isOpen: (file) => docByPath(file) !== undefined,
    hearsFileChanges: () => caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    log,
  });

  async function workspaceFileReport(file: string): Promise<FileReport | null> {
    const open = docByPath(file);
    if (open) {
      if (!workspaceReportedOpen.has(open.uri)) return null;
      const a = await analysisFor(open.uri, true);
      if (!a) return null;
      // The same result id as a document pull of this version.
      return { uri: open.uri, version: a.input.version, resultId: `${a.input.version}:${a.gen}`, diagnostics: async () => a.diagnostics() };
    }
    const resultId = await diskResultId(file);
    if (!resultId) return null;
    return {
      uri: pathToUri(file),
      version: null,
      resultId,
      diagnostics: async () => {
        const hit = diskDiagnostics.get(file);
        if (hit?.resultId === resultId) return hit.items;
        const a = await diskAnalysis(file);
        const items = a ? a.diagnostics() : [];
        diskDiagnostics.set(file, { resultId, items });
        return items;
      },
    };
  }

  /** What a file on disk is linted as: its size and modification time, under the current settings and day. */
  async function diskResultId(file: string): Promise<string | null> {
    try {
      const st = await fs.promises.stat(file);
      // The day matters to follow-up dates (the `today` setting is part of the settings).
      return st.isFile() ? `disk:${gen}:${systemToday()}:${st.mtimeMs}:${st.size}` : null;
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------------ workspace lint

  async function lintWorkspace(token: CancellationToken, progress: WorkDoneProgressReporter): Promise<LintWorkspaceResult> {
    const t0 = Date.now();
    const problems: ProblemCounts = { error: 0, warning: 0, info: 0 };
    const add = (c: ProblemCounts) => {
      problems.error += c.error;
      problems.warning += c.warning;
      problems.info += c.info;
    };
    progress.begin('supportlint', 0, 'Finding call scripts and ticket notes', true);
    let linted = 0;
    let cancelled = false;
    try {
      const files = await findFiles(folders, (f) => kindOfPath(f) !== null, token);
      workspaceLinted = true;
      for (const file of files) {
        if (token.isCancellationRequested) {
          cancelled = true;
          break;
        }
        await yieldToEventLoop();
        const open = docByPath(file);
        const resultId = !open && wsDiag.used ? await diskResultId(file) : null;
        const a = open ? await analysisFor(open.uri, true) : await diskAnalysis(file);
        if (!a) continue;
        linted++;
        add(countProblems(a.result?.messages ?? []));
        if (open) {
          // The editor may have closed its tab (and dropped its pulled problems) while the
          // document stays open: workspace pulls report it as well from now on.
          if (wsDiag.used) workspaceReportedOpen.add(open.uri);
        } else if (docByPath(file)) {
          // Opened meanwhile: the document's own diagnostics apply.
        } else if (wsDiag.used) {
          if (resultId) diskDiagnostics.set(file, { resultId, items: a.diagnostics() });
        } else {
          const uri = workspacePublished.get(file) ?? a.input.uri;
          void connection.sendDiagnostics({ uri, diagnostics: a.diagnostics() });
          workspacePublished.set(file, uri);
        }
        progress.report(Math.round((linted / files.length) * 100), `${linted}/${files.length} files`);
      }
      cancelled ||= token.isCancellationRequested;
    } finally {
      progress.done();
      if (wsDiag.used) wsDiag.changed();
    }
    log(`Workspace lint: ${linted} file(s) in ${Date.now() - t0} ms${cancelled ? ' (cancelled)' : ''}.`);
    return { files: linted, problems, cancelled };
  }

  // ------------------------------------------------------------------ code actions

  const actionContext = (): ActionContext => ({
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    allowTerm: allowTermAction,
  });

  function allowTermAction(a: Analysis, m: LintMessage, d: Diagnostic): CodeAction | null {
    const file = a.input.filePath;
    if (!file) return null;
    let term = String(m.data!.term);
    // "APIs" -> allow "API", which covers the plural too.
    if (m.data?.messageId === 'acronym') term = term.replace(/^(\p{Lu}{2,6})s$/u, '$1');
    const title = `Add "${term}" to allowed terms`;
    const versioned = caps.workspace?.workspaceEdit?.documentChanges === true;
    const cfg = configs.configFileFor(file);
    if (cfg) {
      const open = docByPath(cfg);
      let text: string;
      try {
        text = open ? open.getText() : fs.readFileSync(cfg, 'utf8');
      } catch {
        return null;
      }
      const change = addAllowedTerm(text, term);
      if (!change) return null;
      const edits = [{ range: rangeOf(new LineIndex(text), change.start, change.end), newText: change.text }];
      const uri = open?.uri ?? pathToUri(cfg);
      const edit: WorkspaceEdit = versioned ? { documentChanges: [{ textDocument: { uri, version: open ? open.version : null }, edits }] } : { changes: { [uri]: edits } };
      return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
    }
    const ops = caps.workspace?.workspaceEdit?.resourceOperations ?? [];
    if (!versioned || !ops.includes('create')) return null;
    const uri = pathToUri(path.join(folderOf(file) ?? path.dirname(file), '.supportlint.yaml'));
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigText(term) }] },
        ],
      },
    };
  }

  // ------------------------------------------------------------------ lifecycle

  /** Wraps a request handler: errors are logged (message only) and answered with `fallback`. */
  function guard<P, R>(name: string, fallback: R, fn: (p: P, token: CancellationToken) => Promise<R> | R) {
    return async (p: P, token: CancellationToken): Promise<R> => {
      try {
        return await fn(p, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        log(`${name} failed: ${errorText(e)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities ?? {};
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    clientLocale = normaliseLocale(init.locale) ?? normaliseLocale(params.locale);
    const fromFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
    const root = params.rootUri ? uriToPath(params.rootUri) : (params.rootPath ?? null);
    folders = fromFolders.length ? fromFolders : root ? [path.resolve(root)] : [];
    settings = new SettingsStore(
      caps.workspace?.configuration ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }) : null,
    );
    settings.setBase(mergeSettings({ ...DEFAULT_SETTINGS }, init.settings ?? init.supportlint));
    pull = caps.textDocument?.diagnostic !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: pull ? { identifier: 'supportlint', interFileDependencies: false, workspaceDiagnostics: true } : undefined,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        documentSymbolProvider: { label: 'supportlint' },
        foldingRangeProvider: true,
        inlayHintProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [Commands.lintWorkspace] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'supportlint' },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.supportlint.{yaml,yml}' }, { globPattern: '**/*.{callscript,ticket}' }],
        })
        .catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null)];
        notifyCases([]);
        wsDiag.changed();
      });
    }
    log(`supportlint language server ready (${pull ? 'pull' : 'push'} diagnostics, ${folders.length} workspace folder(s)).`);
  });

  connection.onDidChangeConfiguration((params) => {
    if (caps.workspace?.configuration) settings.clear();
    else settings.setBase(mergeSettings(settings.getBase(), (params.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION]));
    invalidate('settings');
  });

  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false;
    const caseUris: string[] = [];
    for (const c of params.changes ?? []) {
      const file = uriToPath(c.uri);
      if (!file) continue;
      if (isConfigFile(file)) {
        configChanged = true;
        seenConfigs.add(file);
        continue;
      }
      caseCache.delete(file);
      diskDiagnostics.delete(file);
      if (workspacePublished.has(file)) void relintFromDisk(file);
      if (!docByPath(file) && kindOfPath(file) === 'ticket') caseUris.push(c.uri);
    }
    if (configChanged) {
      configs.clear();
      invalidate('config file');
    } else {
      if (caseUris.length) notifyCases(caseUris);
      wsDiag.changed();
    }
  });

  documents.onDidOpen((e) => {
    const uri = e.document.uri;
    justOpened.add(uri);
    const file = uriToPath(uri);
    if (file) openByPath.set(file, uri);
    if (file && isConfigFile(file)) {
      configs.setUnsaved(file, e.document.version, e.document.getText());
      seenConfigs.add(file);
      configEdited();
      return;
    }
    snapshots.set(uri, { version: e.document.version, text: e.document.getText() });
    if (file && workspacePublished.has(file)) {
      // The document's own diagnostics replace the workspace run's.
      void connection.sendDiagnostics({ uri: workspacePublished.get(file)!, diagnostics: [] });
      workspacePublished.delete(file);
    }
    schedule(uri, 0);
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (justOpened.delete(uri)) return;
    const file = uriToPath(uri);
    if (file && isConfigFile(file)) {
      configs.setUnsaved(file, e.document.version, e.document.getText());
      configEdited();
      return;
    }
    void settings.get(uri).then((s) => {
      if (s.run === 'onType') schedule(uri, DEBOUNCE_MS);
    });
  });

  documents.onDidSave((e) => {
    const uri = e.document.uri;
    const file = uriToPath(uri);
    if (file && isConfigFile(file)) return;
    snapshots.set(uri, { version: e.document.version, text: e.document.getText() });
    void settings.get(uri).then((s) => {
      if (s.run !== 'onSave') return;
      if (pull) {
        if (caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
      } else schedule(uri, 0);
    });
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    analyses.delete(uri);
    snapshots.delete(uri);
    justOpened.delete(uri);
    settings.forget(uri);
    const file = uriToPath(uri);
    if (file && openByPath.get(file) === uri) openByPath.delete(file);
    if (file && isConfigFile(file)) {
      configs.dropUnsaved(file);
      configEdited();
      return;
    }
    if (!pull) publish(uri, undefined, [], false);
    workspaceReportedOpen.delete(uri);
    // The file on disk (or its absence) is what the editor should list now.
    if (wsDiag.used) wsDiag.changed();
    else if (file && workspaceLinted && fs.existsSync(file)) {
      workspacePublished.set(file, uri);
      void relintFromDisk(file);
    }
    void caseClosed(uri, file).catch((err) => log(`cases failed: ${errorText(err)}`));
  });

  connection.languages.diagnostics.on(
    guard<DocumentDiagnosticParams, DocumentDiagnosticReport>('diagnostics', { kind: 'full', items: [] }, async (params, token) => {
      const uri = params.textDocument.uri;
      const doc = documents.get(uri);
      if (doc && params.previousResultId) {
        // Unchanged since the client's last pull: answer without analysing again.
        const s = await settings.get(uri);
        const version = s.run === 'onSave' ? (snapshots.get(uri)?.version ?? doc.version) : doc.version;
        if (params.previousResultId === `${version}:${gen}` && documents.get(uri)?.version === doc.version) return { kind: 'unchanged', resultId: params.previousResultId };
      }
      const a = await analysisFor(uri, true);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled.', { retriggerRequest: true });
      if (!a) return { kind: 'full', items: [] };
      const resultId = `${a.input.version}:${a.gen}`;
      if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
      const items = a.diagnostics();
      wsDiag.noteShown(uri, items.length);
      return { kind: 'full', resultId, items };
    }),
  );

  connection.languages.diagnostics.onWorkspace(async (params, token, workDone, partial) => {
    if (!wsDiag.used) {
      // From now on files that are not open are reported here, not by push.
      for (const uri of workspacePublished.values()) void connection.sendDiagnostics({ uri, diagnostics: [] });
      workspacePublished.clear();
    }
    try {
      return await wsDiag.handle(params ?? { previousResultIds: [] }, token, workDone, partial);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`workspace diagnostics failed: ${errorText(e)}`);
      return { items: [] };
    }
  });

  connection.onShutdown(() => wsDiag.dispose());

  connection.onCodeAction(
    guard('codeAction', [] as CodeAction[], async (params, token) => {
      const a = await analysisFor(params.textDocument.uri);
      if (!a || token.isCancellationRequested) return [];
      return codeActions(a, params, actionContext());
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const a = await analysisFor(params.textDocument.uri);
      if (!a) return null;
      const formats = caps.textDocument?.hover?.contentFormat;
      return hover(a, params.position, !formats || formats.includes('markdown'));
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params) => {
      const a = await analysisFor(params.textDocument.uri);
      return a ? completions(a, params.position, params.context?.triggerCharacter) : [];
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], async (params) => {
      const a = await analysisFor(params.textDocument.uri);
      return a?.doc ? documentSymbols(a.doc, a.lines) : [];
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRange', [], async (params) => {
      const a = await analysisFor(params.textDocument.uri);
      return a?.doc ? foldingRanges(a.doc, a.lines) : [];
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlayHint', [], async (params) => {
      const a = await analysisFor(params.textDocument.uri);
      return a ? inlayHints(a, params.range) : [];
    }),
  );

  connection.onExecuteCommand(async (params, token, workDone) => {
    if (params.command !== Commands.lintWorkspace) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}.`);
    return lintWorkspace(token, workDone ?? connection.window.attachWorkDoneProgress(undefined));
  });

  // Registered by name: clients send no params, null or {}; the token always comes last.
  connection.onRequest(CasesRequest.method, async (...args: unknown[]) => {
    const token = args[args.length - 1] as CancellationToken;
    const cases = await listCases(token);
    const today = (await settings.get(folders[0] ? pathToUri(folders[0]) : 'file:///')).today ?? systemToday();
    return { cases, today };
  });

  connection.onRequest(SetStatusRequest.type, async (params) => {
    if (!params || typeof params.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'setStatus needs { uri, status }.');
    return setStatus(params.uri, String(params.status), params.apply === true);
  });

  // Compliance score (docs/scoring.md): code lens, score of a file, report of the workspace.
  connection.onCodeLens(
    guard('codeLens', [], async (params) => {
      const a = await analysisFor(params.textDocument.uri, true);
      return a ? scoreLenses(a) : [];
    }),
  );

  connection.onRequest(ScoreRequest.type, async (params) => {
    if (!params || typeof params.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'score needs { uri }.');
    const file = uriToPath(params.uri);
    const a = documents.get(params.uri) ? await analysisFor(params.uri, true) : file ? await diskAnalysis(file) : null;
    return a ? fileScore(a) : null;
  });

  connection.onRequest(ReportRequest.type, async (params, token) => {
    const files = await findFiles(folders, (f) => kindOfPath(f) !== null, token);
    const today = (await settings.get(folders[0] ? pathToUri(folders[0]) : 'file:///')).today ?? systemToday();
    return workspaceReport(
      {
        files,
        analysisOf: async (file) => {
          const open = docByPath(file);
          return open ? analysisFor(open.uri, true) : diskAnalysis(file);
        },
        cancelled: () => token.isCancellationRequested,
        pause: yieldToEventLoop,
      },
      { cwd: folders[0] ?? process.cwd(), toolVersion: serverVersion(), today, nonce: params?.nonce },
    );
  });

  documents.listen(connection);
  connection.listen();
}
