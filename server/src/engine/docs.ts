// The one place that knows where a rule's documentation lives.
import * as path from 'path';
import * as fs from 'fs';

export const HOMEPAGE = 'https://github.com/supportlint/supportlint';

/** Repository-relative path of a rule's docs page (the CLI JSON contract). */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** Absolute URL of a rule's docs page (SARIF, LSP when the docs are not installed). */
export function docsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/${docsPath(ruleId)}`;
}

let installedDocsRoot: string | null | undefined;

/** The docs folder shipped next to the bundle, if present (for file: links in the editor). */
export function installedDocsFile(ruleId: string): string | null {
  if (installedDocsRoot === undefined) {
    installedDocsRoot = null;
    for (const base of [path.join(__dirname, '..'), path.join(__dirname, '..', '..', '..')]) {
      if (fs.existsSync(path.join(base, 'docs', 'rules'))) {
        installedDocsRoot = base;
        break;
      }
    }
  }
  if (!installedDocsRoot) return null;
  const file = path.join(installedDocsRoot, docsPath(ruleId));
  return fs.existsSync(file) ? file : null;
}
