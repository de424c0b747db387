// @vitest-environment node
/** One click, one call: a second request for a number whose call is being placed (or just was) rings nobody twice. */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('../fakes/browser.ts'));

const { parseSettings } = await import('../../src/core/settings.ts');
const settings = { ...parseSettings(undefined), pbxUrl: 'https://pbx.example.ru', token: 't', user: 'andy' };
vi.mock('../../src/storage/settings.ts', () => ({ getSettings: async () => settings }));

// The PBX: each command waits until the test answers it, so "in flight" is a state the test controls.
const pending: { digits: string; settle: (ok: boolean) => void }[] = [];
vi.mock('../../src/background/pbx.ts', () => ({
  runCommand: (command: (provider: unknown, s: unknown) => Promise<object>) =>
    new Promise((resolve) => {
      const provider = {
        makeCall: (_user: string, digits: string) =>
          new Promise<void>((done, fail) => pending.push({ digits, settle: (ok) => (ok ? done() : fail(new Error('busy'))) })),
      };
      command(provider, { user: 'andy' }).then(
        (r) => resolve({ ok: true, ...r }),
        () => resolve({ ok: false, error: { code: 'pbx-error', detail: 'busy' } }),
      );
    }),
}));

const { placeCall, SAME_CALL_MS } = await import('../../src/background/calls.ts');
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('placeCall', () => {
  afterEach(() => {
    pending.length = 0;
    vi.useRealTimers();
  });

  it('places one call for a double-click, however the number is written, and gives both the same answer', async () => {
    const first = placeCall('8 (910) 123-45-67');
    const second = placeCall('+79101234567');
    await tick();
    expect(pending.map((p) => p.digits)).toEqual(['79101234567']);
    pending[0]!.settle(true);
    expect(await first).toEqual({ ok: true, digits: '79101234567' });
    expect(await second).toEqual({ ok: true, digits: '79101234567' });
    // Right after it was placed, a click again is still the same call.
    expect(await placeCall('89101234567')).toEqual({ ok: true, digits: '79101234567' });
    expect(pending).toHaveLength(1);
  });

  it('calls another number at once, and the same number again once the window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const a = placeCall('+7 495 111-22-33');
    const b = placeCall('+7 495 444-55-66');
    await tick();
    expect(pending.map((p) => p.digits)).toEqual(['74951112233', '74954445566']);
    for (const p of pending) p.settle(true);
    await Promise.all([a, b]);
    vi.setSystemTime(Date.now() + SAME_CALL_MS + 1);
    const again = placeCall('+7 495 111-22-33');
    await tick();
    expect(pending).toHaveLength(3);
    pending[2]!.settle(true);
    expect(await again).toMatchObject({ ok: true });
  });

  it('calls the same number again at once as another user or through another PBX', async () => {
    const asAndy = placeCall('+7 916 555-00-11');
    await tick();
    pending[0]!.settle(true);
    await asAndy;
    settings.user = 'mike';
    const asMike = placeCall('+7 916 555-00-11');
    await tick();
    settings.user = 'andy';
    settings.pbxUrl = 'https://other-pbx.example.ru';
    const elsewhere = placeCall('+7 916 555-00-11');
    await tick();
    settings.pbxUrl = 'https://pbx.example.ru';
    expect(pending).toHaveLength(3);
    for (const p of pending) p.settle(true);
    await Promise.all([asMike, elsewhere]);
  });

  it('lets the person retry at once when the call failed', async () => {
    const failed = placeCall('+7 912 000-11-22');
    await tick();
    pending[0]!.settle(false);
    expect(await failed).toMatchObject({ ok: false });
    const retry = placeCall('+7 912 000-11-22');
    await tick();
    expect(pending).toHaveLength(2);
    pending[1]!.settle(true);
    expect(await retry).toEqual({ ok: true, digits: '79120001122' });
  });
});
