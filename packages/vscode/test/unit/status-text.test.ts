import { describe, expect, it } from 'vitest';
import { statusView, summaryMessage } from '../../src/status-text.js';

describe('statusView', () => {
  it('shows the active template’s errors and warnings and opens Problems', () => {
    expect(statusView({ state: 'running', counts: { errors: 2, warnings: 1 } })).toEqual({
      text: '$(error) 2 $(warning) 1 dunlint',
      tooltip: 'dunlint: 2 errors and 1 warning in this template. Click to open the Problems panel.',
      command: 'workbench.actions.view.problems',
    });
    expect(statusView({ state: 'running', counts: { errors: 0, warnings: 0 } })).toMatchObject({
      text: '$(check) dunlint',
      command: 'workbench.actions.view.problems',
    });
  });

  it('is hidden when the active editor is not a template, or before the server is needed', () => {
    expect(statusView({ state: 'running' })).toEqual({});
    expect(statusView({ state: 'idle', counts: { errors: 1, warnings: 0 } })).toEqual({});
  });

  it('shows a stopped server in any editor, in error colours, and restarts it on click', () => {
    expect(statusView({ state: 'stopped' })).toMatchObject({
      text: '$(circle-slash) dunlint',
      command: 'dunlint.restartServer',
      error: true,
    });
  });

  it('shows progress while the server starts', () => {
    expect(statusView({ state: 'starting', counts: { errors: 0, warnings: 0 } }).text).toBe('$(loading~spin) dunlint');
  });
});

describe('summaryMessage', () => {
  it('says what "Lint workspace" found', () => {
    expect(summaryMessage({ templates: 12, errors: 3, warnings: 1, withProblems: 2 })).toBe(
      'dunlint checked 12 templates: 3 errors and 1 warning in 2 templates.',
    );
    expect(summaryMessage({ templates: 1, errors: 0, warnings: 0, withProblems: 0 })).toBe(
      'dunlint checked 1 template: no problems.',
    );
    expect(summaryMessage({ templates: 0, errors: 0, warnings: 0, withProblems: 0 })).toMatch(/found no templates/);
  });
});
