/** @dunlint/language-server — the dunlint language server over `vscode-languageserver`. */
export { createServer } from './server.js';
export { startServer } from './main.js';
export * from './protocol.js';
