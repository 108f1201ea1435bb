// Reading supportlint's diagnostics back from the editor.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';

/** `source` of every diagnostic the server publishes. */
export const SOURCE = DIAGNOSTIC_SOURCE;

export function ruleIdOf(d: vscode.Diagnostic): string | null {
  if (d.source !== SOURCE) return null;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? null : String(code);
}

/** Rule ids of the problems under the cursor (or selection) of an editor, nearest first. */
export function ruleIdsAt(editor: vscode.TextEditor): string[] {
  const ids: string[] = [];
  for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
    const id = ruleIdOf(d);
    if (id && d.range.intersection(editor.selection) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
