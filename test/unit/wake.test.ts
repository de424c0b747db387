// @vitest-environment node
/** Telling a sleep of the computer from the minute alarm's ordinary ticks (and from a stopped background). */
import { describe, expect, it, vi } from 'vitest';
import { session } from '../fakes/browser.ts';

vi.mock('webextension-polyfill', () => import('../fakes/browser.ts'));
const { wokeFromSleep } = await import('../../src/background/wake.ts');

const MIN = 60_000;

describe('wokeFromSleep', () => {
  it('is false for the first tick of a browser session and for ticks a minute or two apart', async () => {
    delete session.lastTick;
    const t0 = Date.UTC(2026, 11, 2, 9, 0);
    expect(await wokeFromSleep(t0)).toBe(false);
    expect(await wokeFromSleep(t0 + MIN)).toBe(false);
    // A busy browser may fire a tick late; that is no sleep.
    expect(await wokeFromSleep(t0 + 3 * MIN)).toBe(false);
  });

  it('is true once, for the first tick after the computer slept, then false again', async () => {
    const t0 = Date.UTC(2026, 11, 2, 12, 0);
    await wokeFromSleep(t0);
    expect(await wokeFromSleep(t0 + 45 * MIN)).toBe(true);
    expect(await wokeFromSleep(t0 + 46 * MIN)).toBe(false);
    expect(session.lastTick).toBe(t0 + 46 * MIN);
  });
});
