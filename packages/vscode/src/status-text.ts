/** The status bar item's text, tooltip and command, from the active template's problem counts. Pure. */

/** `idle`: not started yet (no template was opened); `stopped`: it failed and was not started again. */
export type ServerState = 'idle' | 'starting' | 'running' | 'stopped';

export interface StatusInput {
  state: ServerState;
  /** Counts for the active template; `undefined` when the active editor is not a dunlint template. */
  counts?: { errors: number; warnings: number };
}

export interface StatusView {
  /** `undefined`: hide the item. */
  text?: string;
  tooltip?: string;
  /** The command the item runs when clicked. */
  command?: string;
  /** Whether to paint the item with the status bar's error colours. */
  error?: boolean;
}

const PROBLEMS_COMMAND = 'workbench.actions.view.problems';
const RESTART_COMMAND = 'dunlint.restartServer';
const OUTPUT_COMMAND = 'dunlint.showOutput';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function statusView({ state, counts }: StatusInput): StatusView {
  if (state === 'stopped') {
    return {
      text: '$(circle-slash) dunlint',
      tooltip: 'The dunlint language server is not running: templates are not checked. Click to restart it.',
      command: RESTART_COMMAND,
      error: true,
    };
  }
  if (!counts || state === 'idle') return {};
  if (state === 'starting') {
    return {
      text: '$(loading~spin) dunlint',
      tooltip: 'dunlint is starting…',
      command: OUTPUT_COMMAND,
    };
  }
  const { errors, warnings } = counts;
  if (errors === 0 && warnings === 0) {
    return {
      text: '$(check) dunlint',
      tooltip: 'dunlint: no problems in this template. Click to open the Problems panel.',
      command: PROBLEMS_COMMAND,
    };
  }
  return {
    text: `$(error) ${errors} $(warning) ${warnings} dunlint`,
    tooltip: `dunlint: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in this template. Click to open the Problems panel.`,
    command: PROBLEMS_COMMAND,
  };
}

/** What "Lint workspace" found. */
export interface WorkspaceSummary {
  templates: number;
  errors: number;
  warnings: number;
  /** Templates with at least one problem. */
  withProblems: number;
}

/** The sentence shown when "Lint workspace" is done. */
export function summaryMessage(s: WorkspaceSummary): string {
  if (s.templates === 0) {
    return 'dunlint found no templates in this workspace (Markdown files under a dunlint configuration file, files with dunlint front matter, or *.dun.md files).';
  }
  if (s.errors + s.warnings === 0) return `dunlint checked ${plural(s.templates, 'template')}: no problems.`;
  return `dunlint checked ${plural(s.templates, 'template')}: ${plural(s.errors, 'error')} and ${plural(s.warnings, 'warning')} in ${plural(s.withProblems, 'template')}.`;
}
