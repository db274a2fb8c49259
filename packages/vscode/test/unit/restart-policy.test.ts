import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../../src/restart-policy.js';

describe('RestartPolicy', () => {
  it('restarts up to the limit within the window, then gives up', () => {
    const policy = new RestartPolicy(3, 60_000);
    expect([0, 1_000, 2_000].map((t) => policy.crashed(t))).toEqual([true, true, true]);
    expect(policy.crashed(3_000)).toBe(false);
    expect(policy.recent(3_000)).toBe(4);
  });

  it('forgets crashes older than the window', () => {
    const policy = new RestartPolicy(2, 60_000);
    expect(policy.crashed(0)).toBe(true);
    expect(policy.crashed(30_000)).toBe(true);
    expect(policy.crashed(70_000)).toBe(true); // the crash at 0 s is out of the window
    expect(policy.crashed(71_000)).toBe(false); // 30 s, 70 s and 71 s are in it
  });

  it('starts counting again after a manual restart', () => {
    const policy = new RestartPolicy(1, 60_000);
    policy.crashed(0);
    expect(policy.crashed(1)).toBe(false);
    policy.reset();
    expect(policy.crashed(2)).toBe(true);
  });

  it('tells the user what happened and what to do', () => {
    const message = new RestartPolicy(5, 3 * 60_000).giveUpMessage();
    expect(message).toContain('6 times in 3 minutes');
    expect(message).toContain('"dunlint: Restart server"');
    expect(message).toContain('"dunlint" output');
  });
});
