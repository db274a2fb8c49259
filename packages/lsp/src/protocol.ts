/**
 * What the dunlint language server and its clients (the VS Code extension, other editors) share:
 * the settings section and its shape, custom method names, code action kinds. Keep it small and
 * free of runtime dependencies so a client can import it without pulling in the server.
 */
import type { RuleSetting } from '@dunlint/core';

/** The settings section the server asks the client for (`workspace/configuration`). */
export const SETTINGS_SECTION = 'dunlint';

/** When diagnostics are computed: as the user types, or when the file is saved. */
export type RunMode = 'onType' | 'onSave';

/** Client settings under `dunlint.*`, per resource. */
export interface DunlintSettings {
  /** Lint at all. */
  enable: boolean;
  /** `onType` (default) or `onSave`. */
  run: RunMode;
  /** Rule settings applied over the configuration file, like the CLI's `--rule`. */
  rules: Record<string, RuleSetting>;
}

export const DEFAULT_SETTINGS: Readonly<DunlintSettings> = Object.freeze({ enable: true, run: 'onType', rules: {} });

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'dunlint';

/** Code action kind of "fix all dunlint problems" (a sub-kind of `source.fixAll`). */
export const FIX_ALL_KIND = 'source.fixAll.dunlint';

/** The language id of a dunlint template, when the client assigns one (else `markdown`). */
export const LANGUAGE_ID = 'dunlint';

export * from './custom-protocol.js';

/**
 * The Node flags the server runs with: a 2 MB young generation (V8's default grows to 16 MB per
 * semi-space) and a slower-growing old generation keep a long-lived server near 120 MB instead of
 * 185 MB after 1,000 templates (bench/lsp), at no measurable cost in latency (`--optimize-for-size`
 * saves as much memory but doubles the lint time of a 200 KB document). The
 * `dunlint-language-server` command's `#!` line carries them; the VS Code extension passes them.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=25'];
