/**
 * Shared helpers of the extension's integration tests. Waiting is always on an event with a
 * deadline (which only turns a hang into a clear failure), never a sleep.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SupportlintApi } from '../../../client/src/extension';
import { DIAGNOSTIC_SOURCE } from '../../../server/src/protocol';

export const EXTENSION_ID = 'supportlint.supportlint';
const DEADLINE_MS = 15000;

export async function activateExtension(): Promise<SupportlintApi> {
  const ext = vscode.extensions.getExtension<SupportlintApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/**
 * Resolves with the first value of `check()` that is not undefined: checked now and after
 * every `event`. Rejects after the deadline with `what` and the last value seen.
 */
export function waitFor<T>(event: vscode.Event<unknown>, check: () => T | undefined, what: string, describe?: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out waiting for ${what}${describe ? `; last seen: ${describe()}` : ''}`));
    }, DEADLINE_MS);
    const attempt = (): boolean => {
      let value: T | undefined;
      try {
        value = check();
      } catch (e) {
        clearTimeout(timer);
        sub?.dispose();
        reject(e);
        return true;
      }
      if (value === undefined) return false;
      clearTimeout(timer);
      sub?.dispose();
      resolve(value);
      return true;
    };
    if (attempt()) return;
    sub = event(() => void attempt());
  });
}

export function supportlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const list = supportlintDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
  return list.length ? list.join(' | ') : '(none)';
}

/** Waits until the file's supportlint diagnostics satisfy `ok`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (list: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const list = supportlintDiagnostics(uri);
      return ok(list) ? list : undefined;
    },
    what,
    () => describeDiagnostics(uri),
  );
}

export function byRule(list: vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return list.filter((d) => ruleOf(d) === rule);
}

/** 1-based "line:col-line:col", like the CLI prints, for readable assertions. */
export function rangeText(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replaces a document's whole text in one edit (one new version). */
export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was applied');
}

/** Sets a workspace setting for the duration of `body`, then puts the old value back. */
export async function withSetting<T>(section: string, key: string, value: unknown, body: () => Promise<T>, languageId?: string): Promise<T> {
  const config = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  const before = config.inspect(key);
  const old = languageId ? before?.workspaceLanguageValue : before?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined).update(key, old, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
  }
}
