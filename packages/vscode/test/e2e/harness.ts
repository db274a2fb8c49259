// Harness for the VS Code end-to-end tests: a real VS Code (code-server from npm, installed by
// scripts/e2e-setup.sh) with the packaged extension installed, driven by playwright-core with
// Debian's Chromium. See /work/shared/VSCODE-E2E.md for why this and not @vscode/test-electron.
//
// Every process started here is ended by its PID (code-server by its process group, which also
// holds the VS Code server, the extension host and the language server), also on failure.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import {
  existsSync,
  readFileSync,
  mkdirSync,
  mkdtempSync,
  writeFileSync,
  copyFileSync,
  cpSync,
  rmSync,
  openSync,
  closeSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

const run = promisify(execFile);

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = '/usr/bin/chromium';

const here = dirname(fileURLToPath(import.meta.url));
/** packages/vscode */
export const PKG_DIR = resolve(here, '../..');
export const REPO_DIR = resolve(PKG_DIR, '../..');
/** Screenshots and logs of the last run (gitignored). */
export const RESULTS_DIR = join(PKG_DIR, 'test-results');

export function e2eCacheDir(): string {
  const env = process.env.DUNLINT_E2E_CACHE;
  if (env) return env;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dunlint-e2e');
}

export interface SetupState {
  /** Everything the tests need is installed. */
  ready: boolean;
  /** scripts/e2e-setup.sh found that this machine cannot install it (not root, no apt). */
  impossible: boolean;
  /** Why the tests cannot run, in words for the test output. */
  reason: string;
  codeServerBin: string;
}

/** Cheap (a few stat calls): decides at collection time whether the e2e tests run. */
export function e2eSetupState(): SetupState {
  const cache = e2eCacheDir();
  const csDir = join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const codeServerBin = join(csDir, 'node_modules', '.bin', 'code-server');
  const unavailable = join(cache, 'unavailable');
  const missing: string[] = [];
  if (!existsSync(join(csDir, '.dunlint-e2e-ready')) || !existsSync(codeServerBin))
    missing.push(`code-server ${CODE_SERVER_VERSION} in ${csDir}`);
  if (!existsSync(CHROMIUM)) missing.push(CHROMIUM);
  if (missing.length === 0) return { ready: true, impossible: false, reason: '', codeServerBin };
  if (existsSync(unavailable)) {
    const why = readFileSync(unavailable, 'utf8').trim();
    return {
      ready: false,
      impossible: true,
      reason: `scripts/e2e-setup.sh could not install the VS Code e2e tools on this machine (${why})`,
      codeServerBin,
    };
  }
  return {
    ready: false,
    impossible: false,
    reason: `the VS Code e2e tools are not installed (missing: ${missing.join(', ')}); run scripts/e2e-setup.sh`,
    codeServerBin,
  };
}

// ---------------------------------------------------------------------------------------------
// Packaging

/** Newest modification time of the files under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The .vsix to test: $DUNLINT_E2E_VSIX, or `vsce package` of packages/vscode as built by the root
 * `npm run build` (which `npm test` runs first). It does not rebuild dist/ itself, so that it never
 * pulls dist/ from under a test that reads it at the same time.
 */
export async function packageVsix(outDir: string, log: (line: string) => void): Promise<string> {
  const given = process.env.DUNLINT_E2E_VSIX;
  if (given) {
    if (!existsSync(given)) throw new Error(`DUNLINT_E2E_VSIX points to a missing file: ${given}`);
    return resolve(given);
  }
  const built = join(PKG_DIR, 'dist', 'extension.cjs');
  if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" at the repository root first`);
  if (newestMtime(join(PKG_DIR, 'src')) > statSync(built).mtimeMs)
    throw new Error('packages/vscode/dist is older than packages/vscode/src: run "npm run build" first');
  const pkg = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(outDir, `${pkg.name}-${pkg.version}.vsix`);
  const started = Date.now();
  try {
    await run(
      process.execPath,
      [join(REPO_DIR, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix],
      {
        cwd: PKG_DIR,
        maxBuffer: 32 * 1024 * 1024,
        timeout: 180_000,
      },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`vsce package failed in packages/vscode:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`, {
      cause: error,
    });
  }
  log(`packaged ${vsix} in ${Math.round((Date.now() - started) / 1000)} s`);
  return vsix;
}

// ---------------------------------------------------------------------------------------------
// Per-run folders

export interface RunDirs {
  root: string;
  tmp: string;
  userData: string;
  extensions: string;
  xdgConfig: string;
  xdgData: string;
}

/** A fresh folder for one run, short enough for the unix sockets code-server puts in TMPDIR. */
export function makeRunDirs(): RunDirs {
  const root = mkdtempSync(join(tmpdir(), 'dunlint-e2e-'));
  const dirs: RunDirs = {
    root,
    tmp: join(root, 'tmp'),
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    xdgConfig: join(root, 'xdg-config'),
    xdgData: join(root, 'xdg-data'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  // Quiet user settings: no welcome page, no telemetry or update checks, no AI chat, no minimap.
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'editor.minimap.enabled': false,
        'files.autoSave': 'off',
        'window.restoreWindows': 'none',
        'workbench.colorTheme': 'Default Light Modern',
      },
      null,
      2,
    ),
  );
  return dirs;
}

/** The env every code-server invocation gets: a private TMPDIR and XDG folders. */
function codeServerEnv(dirs: RunDirs): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    // The extension host must not inherit the test runner's Node options (vitest's loaders).
    NODE_OPTIONS: '',
  };
}

/** The starter templates copied into every test workspace (they lint clean). */
const STARTER_TEMPLATES = ['en/us-reminder-sms.md', 'en/gb-overdue-email.md', 'pt/br-overdue-whatsapp.md'];

/**
 * A workspace folder of templates: a few shipped starters plus test/e2e/fixtures/**
 * (overdue-threat.md with known problems, and a .dunlintrc.yaml).
 */
export function makeWorkspace(dirs: RunDirs, name: string): string {
  const ws = join(dirs.root, name);
  mkdirSync(join(ws, 'templates'), { recursive: true });
  for (const rel of STARTER_TEMPLATES) {
    copyFileSync(join(REPO_DIR, 'templates', rel), join(ws, 'templates', rel.replace('/', '-')));
  }
  cpSync(join(here, 'fixtures'), ws, { recursive: true });
  return ws;
}

// ---------------------------------------------------------------------------------------------
// code-server

export async function installExtension(bin: string, dirs: RunDirs, vsix: string): Promise<string> {
  const args = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix];
  try {
    await run(bin, args, { env: codeServerEnv(dirs), timeout: 120_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`code-server --install-extension failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`, {
      cause: error,
    });
  }
  const installed = readdirSync(dirs.extensions).filter(
    (d) => d.startsWith('dunlint.') && statSync(join(dirs.extensions, d)).isDirectory(),
  );
  if (installed.length !== 1)
    throw new Error(`expected one dunlint extension in ${dirs.extensions}, found: ${installed}`);
  return join(dirs.extensions, installed[0]!);
}

export async function freePort(): Promise<number> {
  return await new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

const liveGroups = new Set<number>();
// Last resort if the runner dies between start and stop: a synchronous kill of the group.
process.once('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startCodeServer(bin: string, dirs: RunDirs): Promise<CodeServer> {
  const port = await freePort();
  const logFile = join(dirs.root, 'code-server.log');
  const fd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      bin,
      [
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--user-data-dir',
        dirs.userData,
        '--extensions-dir',
        dirs.extensions,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
      ],
      // Its own process group, so that stop() ends the server and everything it started.
      { env: codeServerEnv(dirs), detached: true, stdio: ['ignore', fd, fd] },
    );
  } finally {
    closeSync(fd);
  }
  const pid = child.pid;
  if (!pid) throw new Error(`code-server did not start: ${tail(logFile)}`);
  liveGroups.add(pid);
  let exited: number | null | undefined;
  const exitedPromise = new Promise<void>((done) =>
    child.once('exit', (code) => {
      exited = code;
      liveGroups.delete(pid);
      done();
    }),
  );
  const stop = async (): Promise<void> => {
    if (exited !== undefined) return;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const ended = await Promise.race([exitedPromise.then(() => true), sleep(5000).then(() => false)]);
    // The group may still hold the extension host or the language server: end them too.
    signal('SIGKILL');
    if (!ended) await Promise.race([exitedPromise, sleep(2000)]);
    liveGroups.delete(pid);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`code-server exited (${exited}) before it was ready:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 90 s:\n${tail(logFile)}`);
    }
    await sleep(250);
  }
  return { url, port, pid, logFile, stop };
}

// ---------------------------------------------------------------------------------------------
// Chromium

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the workbench on a folder (and an optional payload) and waits until it has loaded. */
export async function openWorkbench(
  browser: Browser,
  server: CodeServer,
  folder: string,
  options: { payload?: [string, string][]; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const { payload, beforeLoad } = options;
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  if (beforeLoad) await beforeLoad(page);
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return page;
}

/** vscode-remote URI of a path on the code-server machine, as the payload wants it. */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export function removeRunDirs(dirs: RunDirs): void {
  if (process.env.DUNLINT_E2E_KEEP) return;
  rmSync(dirs.root, { recursive: true, force: true });
}
