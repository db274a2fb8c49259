/** The `dunlint-language-server` command (kept free of static imports of the core: `--version` is instant). */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import type { Connection } from 'vscode-languageserver';

const TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/;

/**
 * The version in the package.json above this module: dist/main.js, dist/bundle/server.js, or the
 * extension's dist/server.cjs (whose package is the extension).
 */
function packageVersion(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@dunlint/language-server' || pkg.name === 'dunlint-vscode') return String(pkg.version);
    } catch {
      // Not there: try the next folder up.
    }
  }
  return 'unknown';
}

/**
 * The `dunlint-language-server` command: starts the server on the transport named on the command
 * line (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`), as LSP clients start Node servers.
 * Resolves to the connection, or to `undefined` after printing the version or a usage error.
 */
export async function startServer(argv: readonly string[] = process.argv.slice(2)): Promise<Connection | undefined> {
  if (argv.includes('--version')) {
    process.stdout.write(`${packageVersion()}\n`);
    return undefined;
  }
  if (!argv.some((a) => TRANSPORT.test(a))) {
    process.stderr.write(
      'dunlint-language-server: name a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME\n',
    );
    process.exitCode = 2;
    return undefined;
  }
  // Loaded only now: the core (and its language data) is not needed for --version or a usage error.
  // Through our own module: a bundle's dynamic import of the CommonJS package has no named exports.
  const { createConnection, ProposedFeatures, createServer } = await import('./server.js');
  let connection: Connection;
  if (argv.includes('--stdio')) {
    // A hardened stdio transport: malformed frames and bodies are answered and skipped (see stdio.ts).
    const { hardenedStdio } = await import('./stdio.js');
    const { reader, writer } = hardenedStdio();
    connection = createConnection(ProposedFeatures.all, reader, writer);
    // Nothing but the connection may write to stdout: console output goes to stderr (the client's log).
    const toStderr = (...args: unknown[]) =>
      void process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ')}\n`);
    console.log = console.info = console.debug = console.warn = console.error = toStderr;
  } else {
    connection = createConnection(ProposedFeatures.all);
  }
  // Last line of defence: a bug anywhere is logged, and the server keeps answering.
  const report = (kind: string) => (error: unknown) =>
    connection.console.error(
      `dunlint: ${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  process.on('uncaughtException', report('uncaught exception'));
  process.on('unhandledRejection', report('unhandled rejection'));
  createServer(connection);
  connection.listen();
  return connection;
}
