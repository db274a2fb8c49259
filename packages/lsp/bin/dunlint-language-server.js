#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=25
// dunlint language server: `dunlint-language-server --stdio` (or --node-ipc, --socket=PORT, --pipe=NAME).
// The flags on the #! line are SERVER_NODE_FLAGS (src/protocol.ts: why, and a test keeps them
// equal); npm's Windows shims pass them on too.
// The bundle (dist/bundle, made by `npm run build`) starts faster and holds less memory than the
// module tree in dist/; the tree is the fallback when only `tsc` has run.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/server.js', import.meta.url);
const { startServer } = await import(existsSync(bundle) ? bundle.href : '../dist/main.js');

await startServer();
