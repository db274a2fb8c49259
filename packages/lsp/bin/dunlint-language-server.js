#!/usr/bin/env node
// dunlint language server: `dunlint-language-server --stdio` (or --node-ipc, --socket=PORT, --pipe=NAME).
import { startServer } from '../dist/main.js';

await startServer();
