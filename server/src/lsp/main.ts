// Entry point of the bundled language server (dist/server.js, started by
// bin/supportlint-language-server.js). The transport comes from the command line:
// --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = /^--(stdio|node-ipc|socket(=\d+)?|pipe(=.+)?)$/;
const args = process.argv.slice(2);

if (args.includes('--help') || !args.some((a) => TRANSPORTS.test(a))) {
  const usage = 'Usage: supportlint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n' + 'Speaks the Language Server Protocol; see docs/language-server.md.\n';
  (args.includes('--help') ? process.stdout : process.stderr).write(usage);
  process.exit(args.includes('--help') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);

// Keep serving after a bug in one handler; report only the message (never document text).
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error: ${String(e?.message ?? e).split('\n')[0].slice(0, 200)}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unexpected error: ${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200)}`));

startServer(connection);
