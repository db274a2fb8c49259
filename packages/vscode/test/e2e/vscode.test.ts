// End-to-end tests of the packaged extension in a real VS Code: code-server (VS Code 1.100 server
// build, from npm) with the .vsix installed, driven by Chromium through playwright-core.
//   - UI level: diagnostics in the Problems panel, a quick fix, the preview panel, the status bar,
//     with screenshots in packages/vscode/test-results/ (and the Marketplace images).
//   - Extension-host level: the mocha suite in test/suite/ run by VS Code itself
//     (extensionTestsPath), its output and exit code read back through codeAutomationLog/Exit.
// Needs scripts/e2e-setup.sh (Chromium and code-server). Without it the tests are skipped with a
// message, except in CI (CI=true) where a missing setup is a failure. DUNLINT_E2E=0 skips them,
// DUNLINT_E2E=1 requires them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import {
  PKG_DIR,
  REPO_DIR,
  RESULTS_DIR,
  e2eSetupState,
  installExtension,
  launchChromium,
  makeRunDirs,
  makeWorkspace,
  openWorkbench,
  packageVsix,
  remoteUri,
  removeRunDirs,
  startCodeServer,
  type CodeServer,
  type RunDirs,
} from './harness.js';

const FIXTURE = 'overdue-threat.md';
/** Each UI step waits at most this long (the first diagnostics come after the server starts). */
const UI_TIMEOUT = 120_000;
const STATUS_ITEM = '[id="dunlint.dunlint-vscode.dunlint.status"]';

const setup = e2eSetupState();
const mode = process.env.DUNLINT_E2E;
const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const required = mode === '1' || (mode !== '0' && inCi && !setup.impossible);
const skipReason = mode === '0' ? 'DUNLINT_E2E=0' : !setup.ready && !required ? setup.reason : undefined;

interface CliResult {
  errorCount: number;
  warningCount: number;
  messages: { ruleId: string; severity: 1 | 2; line: number; column: number; message: string }[];
}

/** The CLI's verdict on `text` as if it were `file` (its config applies): the oracle for the UI. */
function cliCheck(text: string, file: string): CliResult {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [join(REPO_DIR, 'packages/cli/bin/dunlint.js'), 'check', '--format', 'json', '--stdin', '--stdin-filename', file],
      { input: text, encoding: 'utf8' },
    );
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit code 1: lint errors, JSON on stdout
  }
  return (JSON.parse(out) as CliResult[])[0]!;
}

/** What the preview must show for `text`, by @dunlint/core's own renderer. */
async function coreRender(text: string) {
  const core = await import('@dunlint/core');
  const doc = core.parseTemplate(text);
  const message = core.renderMessage(doc, doc.frontMatter?.data);
  return { text: message.body.text, length: message.body.text.length, sms: message.sms! };
}

function log(line: string): void {
  process.stdout.write(`[vscode-e2e] ${line}\n`);
}

async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(RESULTS_DIR, name);
  // Park the mouse on the title bar so that no hover card covers the picture.
  await page.mouse.move(250, 15);
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
  log(`screenshot ${file}`);
  return file;
}

// ---- small UI helpers (selectors of VS Code 1.100's workbench) -------------------------------

/** Runs a command from the Command Palette by its label. */
async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Escape'); // close any menu or widget that holds the focus
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file with Quick Open. */
async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

const problemRows = (page: Page) => page.locator('.markers-panel .monaco-list-row:has(.marker-code)');
const problemRow = (page: Page, rule: string) =>
  page.locator('.markers-panel .monaco-list-row').filter({ has: page.locator('.marker-code', { hasText: rule }) });

/** The rule ids listed in the Problems panel. */
async function problemRules(page: Page): Promise<string[]> {
  return (await page.locator('.markers-panel .monaco-list-row .marker-code').allInnerTexts())
    .map((t) => t.trim())
    .sort();
}

async function waitForProblems(page: Page, rules: string[]): Promise<void> {
  const want = [...rules].sort();
  await expect.poll(() => problemRules(page), { timeout: 60_000, interval: 250 }).toEqual(want);
}

/**
 * The status bar item's text as VS Code reads it out (codicons become their names), without the
 * tooltip that VS Code appends after a comma.
 */
async function statusText(page: Page): Promise<string> {
  const label =
    (await page
      .locator(STATUS_ITEM)
      .getAttribute('aria-label')
      .catch(() => null)) ?? '(no dunlint item)';
  return label.split(',')[0]!.replace(/\s+/g, ' ').trim();
}

/** The visible text of the active editor (Monaco renders spaces as no-break spaces). */
async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** The preview webview's document (VS Code nests it in two iframes). */
function previewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

// ----------------------------------------------------------------------------------------------

if (skipReason) {
  log(`skipped: ${skipReason}`);
  describe('dunlint in VS Code (code-server + Chromium)', () => {
    it.skip(`skipped: ${skipReason}`, () => {});
  });
} else if (!setup.ready) {
  describe('dunlint in VS Code (code-server + Chromium)', () => {
    it('has its e2e setup installed', () => {
      throw new Error(`${setup.reason} (CI=true or DUNLINT_E2E=1 requires the VS Code e2e tests to run)`);
    });
  });
} else {
  describe('dunlint in VS Code (code-server + Chromium)', () => {
    let dirs: RunDirs | undefined;
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    let extensionDir = '';
    let uiWorkspace = '';
    let hostWorkspace = '';
    let failed = false;

    beforeAll(async () => {
      rmSync(RESULTS_DIR, { recursive: true, force: true });
      mkdirSync(RESULTS_DIR, { recursive: true });
      dirs = makeRunDirs();
      const vsix = await packageVsix(dirs.root, log);
      uiWorkspace = makeWorkspace(dirs, 'ws-ui');
      hostWorkspace = makeWorkspace(dirs, 'ws-host');
      let t = Date.now();
      const took = () => `${((Date.now() - t) / 1000).toFixed(1)} s`;
      extensionDir = await installExtension(setup.codeServerBin, dirs, vsix);
      log(`installed ${vsix} as ${extensionDir} in ${took()}`);
      t = Date.now();
      server = await startCodeServer(setup.codeServerBin, dirs);
      log(`code-server ${server.url} (pid ${server.pid}) ready in ${took()}`);
      t = Date.now();
      browser = await launchChromium();
      log(`Chromium started in ${took()}`);
    }, 360_000);

    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      await server?.stop();
      if (dirs) {
        try {
          copyFileSync(join(dirs.root, 'code-server.log'), join(RESULTS_DIR, 'code-server.log'));
        } catch {
          // no log
        }
        if (!failed) removeRunDirs(dirs);
        else log(`run folder kept for inspection: ${dirs.root}`);
      }
    }, 60_000);

    describe('UI', () => {
      let page: Page;
      let before: CliResult;
      let fixed: CliResult;
      let fixedText = '';

      beforeAll(async () => {
        const text = readFileSync(join(uiWorkspace, FIXTURE), 'utf8');
        before = cliCheck(text, join(uiWorkspace, FIXTURE));
        fixedText = text.replace('{{amount} was due', '{{amount}} was due');
        fixed = cliCheck(fixedText, join(uiWorkspace, FIXTURE));
        const t = Date.now();
        page = await openWorkbench(browser!, server!, uiWorkspace);
        log(`workbench loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        await openFile(page, FIXTURE);
      }, 120_000);

      afterAll(async () => {
        await page?.close().catch(() => undefined);
        // DUNLINT_E2E_UPDATE_IMAGES=1 refreshes the Marketplace README's screenshots from this run.
        if (process.env.DUNLINT_E2E_UPDATE_IMAGES === '1' && !failed) {
          for (const name of ['problems.png', 'preview.png']) {
            copyFileSync(join(RESULTS_DIR, name), join(PKG_DIR, 'images', name));
            log(`updated packages/vscode/images/${name}`);
          }
        }
      });

      const track = (fn: () => Promise<void>) => async () => {
        try {
          await fn();
        } catch (error) {
          failed = true;
          await page?.screenshot({ path: join(RESULTS_DIR, `failure-${Date.now()}.png`) }).catch(() => undefined);
          throw error;
        }
      };

      it(
        '(a) shows the problems in the editor and the Problems panel with their rule ids',
        track(async () => {
          const rules = before.messages.map((m) => m.ruleId);
          expect(rules).toEqual(expect.arrayContaining(['no-arrest-threat', 'placeholder-syntax', 'no-false-urgency']));
          await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
          await page.keyboard.press('Control+Shift+M'); // View: Problems
          await waitForProblems(page, rules);
          expect(await problemRows(page).count()).toBe(rules.length);
          // The row says what is wrong, in the CLI's words, and where.
          const threat = before.messages.find((m) => m.ruleId === 'no-arrest-threat')!;
          const row = problemRow(page, 'no-arrest-threat');
          await expect.poll(() => row.innerText()).toContain(threat.message.slice(0, 60));
          expect(await row.innerText()).toContain(`[Ln ${threat.line}, Col ${threat.column}]`);
          expect(await row.getAttribute('aria-label')).toMatch(/^Error: /);
          expect(await problemRow(page, 'no-false-urgency').getAttribute('aria-label')).toMatch(/^Warning: /);
          // Reveal the threat in the editor (squiggles on the body) for the screenshot.
          await row.locator('.marker-message').click(); // (not the rule id: that is a link to its docs)
          await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
          await screenshot(page, 'problems.png');
        }),
        UI_TIMEOUT,
      );

      it(
        '(d) shows the error and warning counts in the status bar',
        track(async () => {
          await expect
            .poll(() => statusText(page), { timeout: 30_000 })
            .toBe(`error ${before.errorCount} warning ${before.warningCount} dunlint`);
          await expect(page.locator(`${STATUS_ITEM} .codicon-error`).count()).resolves.toBe(1);
          await expect(page.locator(`${STATUS_ITEM} .codicon-warning`).count()).resolves.toBe(1);
        }),
        UI_TIMEOUT,
      );

      it(
        '(b) applies a quick fix and the diagnostic goes away',
        track(async () => {
          // Open the placeholder problem from the Problems panel: the cursor lands on it.
          const row = problemRow(page, 'placeholder-syntax');
          await row.locator('.marker-message').click();
          await page.keyboard.press('Enter');
          await page.locator('.monaco-editor.focused').waitFor();
          await page.keyboard.press('Control+.');
          const action = page.locator('.action-widget .monaco-list-row', {
            hasText: 'Fix this placeholder-syntax problem',
          });
          await action.waitFor();
          await screenshot(page, 'quick-fix.png');
          // Choose it with the keyboard (the menu's pointer guard swallows synthetic clicks).
          const focused = page.locator('.action-widget .monaco-list-row.focused');
          for (
            let i = 0;
            i < 12 && (await focused.getAttribute('aria-label')) !== 'Fix this placeholder-syntax problem';
            i++
          )
            await page.keyboard.press('ArrowDown');
          expect(await focused.getAttribute('aria-label')).toBe('Fix this placeholder-syntax problem');
          await page.keyboard.press('Enter');
          await expect
            .poll(() => editorText(page), { timeout: 10_000 })
            .toContain('Your payment of {{amount}} was due');
          // Linted again: the placeholder problem is gone, the others are still there.
          await waitForProblems(
            page,
            fixed.messages.map((m) => m.ruleId),
          );
          expect(await problemRules(page)).not.toContain('placeholder-syntax');
          expect(await problemRules(page)).toContain('no-arrest-threat');
          await expect
            .poll(() => statusText(page), { timeout: 30_000 })
            .toBe(`error ${fixed.errorCount} warning ${fixed.warningCount} dunlint`);
          await screenshot(page, 'after-fix.png');
        }),
        UI_TIMEOUT,
      );

      it(
        '(c) the preview renders the message bubble with its character count, segments and encoding',
        track(async () => {
          const want = await coreRender(fixedText);
          await runCommand(page, 'View: Hide Panel'); // room for the preview
          await runCommand(page, 'dunlint: Open Preview');
          const frame = previewFrame(page);
          const bubble = frame.locator('.bubble');
          await bubble.waitFor({ timeout: 60_000 });
          await expect.poll(() => bubble.innerText()).toContain('Hi Jordan, this is Sam from Northwind Credit Union.');
          expect(await bubble.innerText()).toContain('Your payment of $120.00 was due Nov 30.');
          await expect.poll(() => frame.locator('#char-count').getAttribute('data-value')).toBe(String(want.length));
          expect(await frame.locator('#char-count').innerText()).toBe(`${want.length} characters`);
          expect(await frame.locator('#segments').getAttribute('data-value')).toBe(String(want.sms.segments));
          expect(await frame.locator('#segments').innerText()).toContain(`${want.sms.segments} segment`);
          expect(await frame.locator('#encoding').innerText()).toBe(want.sms.encoding);
          // The arrest threat is marked on the rendered text.
          const mark = frame.locator('mark.diag[data-rule~="no-arrest-threat"]');
          await mark.waitFor();
          expect(await mark.innerText()).toBe('arrested');
          await screenshot(page, 'preview.png');

          // The preview follows the active editor: an e-mail template shows its subject.
          await openFile(page, 'en-gb-overdue-email.md');
          await expect
            .poll(
              () =>
                frame
                  .locator('.email-subject')
                  .innerText()
                  .catch(() => ''),
              { timeout: 30_000 },
            )
            .toBe('Your Oakfield account');
          // A clean template: the status bar says so.
          await expect.poll(() => statusText(page), { timeout: 30_000 }).toBe('check dunlint');
          await screenshot(page, 'preview-email.png');
        }),
        UI_TIMEOUT,
      );
    });

    it('passes the extension-host test suite (mocha inside VS Code)', async () => {
      const lines: string[] = [];
      let resolveExit: (code: number) => void = () => undefined;
      const exited = new Promise<number>((done) => (resolveExit = done));
      const page = await openWorkbench(browser!, server!, hostWorkspace, {
        payload: [
          ['extensionDevelopmentPath', remoteUri(server!, extensionDir)],
          ['extensionTestsPath', remoteUri(server!, join(PKG_DIR, 'test/suite/index.cjs'))],
        ],
        beforeLoad: async (p) => {
          // VS Code hands over console calls as [format, ...args].
          await p.exposeFunction('codeAutomationLog', (_level: string, args: unknown) => {
            lines.push(Array.isArray(args) ? format(...(args as unknown[])) : String(args));
          });
          await p.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
        },
      });
      try {
        const code = await Promise.race([
          exited,
          new Promise<number>((_, reject) =>
            setTimeout(() => reject(new Error(`no exit code after 240 s:\n${lines.join('\n')}`)), 240_000),
          ),
        ]);
        const output = lines.join('\n');
        log(`extension-host suite exited with ${code}:\n${output}`);
        if (code !== 0) failed = true;
        expect(code, output).toBe(0);
        expect(output).toMatch(/\b4 passing\b/);
        expect(output).not.toMatch(/\bfailing\b/);
      } finally {
        await page.close().catch(() => undefined);
      }
    }, 300_000);
  });
}
