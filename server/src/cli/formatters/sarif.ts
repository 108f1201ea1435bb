// `--format sarif`: SARIF 2.1.0, one run, for GitHub code scanning and other viewers.
// - tool.driver.rules describes every rule (and the engine-level ids) with help links;
// - results point at files relative to %SRCROOT% (the working directory), so a log made
//   at the repository root uploads as is;
// - files that could not be read are tool execution notifications, not results.
import { pathToFileURL } from 'url';
import type { CliMessage, FileReport } from '../report';
import { relativeInside } from '../report';
import { docsUrl, HOMEPAGE } from '../../engine/docs';
import type { Severity, SeverityOrOff } from '../../rules/types';
import type { FormatContext, RuleInfo } from './index';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note' | 'none';

function levelOf(s: Severity | SeverityOrOff): Level {
  if (s === 'error') return 'error';
  if (s === 'warning') return 'warning';
  if (s === 'info') return 'note';
  return 'none';
}

/** Percent-encode each path segment (spaces, #, ?, % ...) but keep the slashes. */
function encodeRelative(rel: string): string {
  return rel
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

function artifactLocation(filePath: string, cwd: string): Record<string, string> {
  const rel = relativeInside(filePath, cwd);
  if (rel !== null) return { uri: encodeRelative(rel), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(filePath).href };
}

function region(m: CliMessage): Record<string, number> {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  let endLine = Math.max(startLine, m.endLine);
  let endColumn = Math.max(1, m.endColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (endLine < startLine) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

/** SARIF's `name`: an identifier people can read, `no-jargon` -> `NoJargon`. */
function friendlyName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function ruleDescriptor(r: RuleInfo): Record<string, unknown> {
  const sev = r.defaultSeverity;
  const text = r.description.trim() || r.id;
  const fullText =
    `${text}` +
    (r.fixable ? ' Fixable with `supportlint --fix`.' : '') +
    (sev === 'off' ? ' Off by default.' : ` Default severity: ${sev}.`);
  const config: Record<string, unknown> = { level: sev === 'off' ? 'note' : levelOf(sev) };
  if (sev === 'off') config.enabled = false;
  return {
    id: r.id,
    name: friendlyName(r.id),
    shortDescription: { text },
    fullDescription: { text: fullText },
    helpUri: docsUrl(r.id),
    help: {
      text: `${text} See ${docsUrl(r.id)}`,
      markdown: `${text} [Documentation](${docsUrl(r.id)})`,
    },
    defaultConfiguration: config,
    properties: { tags: ['supportlint', 'communication'] },
  };
}

export function toSarifLog(reports: FileReport[], ctx: FormatContext): Record<string, unknown> {
  const rules: RuleInfo[] = [];
  const index = new Map<string, number>();
  const addRule = (r: RuleInfo): number => {
    const known = index.get(r.id);
    if (known !== undefined) return known;
    index.set(r.id, rules.length);
    rules.push(r);
    return rules.length - 1;
  };
  for (const r of ctx.rules) addRule(r);

  const results: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];
  for (const rep of reports) {
    const location = artifactLocation(rep.filePath, ctx.cwd);
    for (const m of rep.messages) {
      if (m.fatal) {
        notifications.push({
          level: 'error',
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: location } }],
        });
        continue;
      }
      const ruleIndex = addRule(
        index.has(m.ruleId)
          ? rules[index.get(m.ruleId)!]
          : { id: m.ruleId, description: m.ruleId, defaultSeverity: m.severity, fixable: false },
      );
      results.push({
        ruleId: m.ruleId,
        ruleIndex,
        level: levelOf(m.severity),
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
      });
    }
  }

  const invocation: Record<string, unknown> = { executionSuccessful: notifications.length === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'supportlint',
            informationUri: HOMEPAGE,
            version: ctx.toolVersion,
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: dirUri(ctx.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: FileReport[], ctx: FormatContext): string {
  return JSON.stringify(toSarifLog(reports, ctx), null, 2) + '\n';
}
