import { describe, expect, it } from 'vitest';
import { killRounds } from '../support/kill-harness';

// The full count (200 kills) runs in tests/stress/kill.mts; here a few rounds of each kind.
describe('killed at random moments (SIGKILL)', () => {
  it('every acknowledged edit survives, none is half applied, migrations are whole, integrity_check is ok', async () => {
    const stats = await killRounds(16, 7);
    expect(stats.problems).toEqual([]);
    expect(stats.rounds).toBe(16);
    expect(stats.acknowledged).toBeGreaterThan(50);
    expect(Object.keys(stats.landed).length).toBeGreaterThan(2); // kills landed in more than one kind of moment
  }, 120_000);
});
