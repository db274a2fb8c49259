/**
 * Entry point of the bundled language server (dist/server.cjs): the same server as the
 * `dunlint-language-server` command, started by the extension with `--node-ipc`.
 */
import { startServer } from '@dunlint/language-server';

void startServer();
