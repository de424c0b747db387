/**
 * The detection settings asked at document_start (early.ts) and taken by the content script proper: what it gets
 * is the newest value — the stored one, or one that changed in between — and it is taken once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** A browser storage with one stored detection value, counting reads and holding its change listeners. */
function fakeStorage(stored: unknown) {
  const listeners = new Set<Listener>();
  let answer: (value: { detection: unknown }) => void = () => {};
  const storage = {
    reads: 0,
    listeners,
    local: {
      get: vi.fn((key: string) => {
        storage.reads++;
        expect(key).toBe('detection');
        // Answered when the test says: the round trip to the browser.
        return new Promise<{ detection: unknown }>((r) => (answer = r));
      }),
    },
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    answer: () => answer({ detection: stored }),
    change: (value: unknown) => listeners.forEach((l) => l({ detection: { newValue: value } }, 'local')),
  };
  return storage;
}

describe('detection settings asked at document_start', () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    vi.resetModules();
    storage = fakeStorage({ siteMode: 'everywhere' });
    vi.stubGlobal('chrome', { storage });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('hands the content script what the early ask got, with no second read', async () => {
    const { askEarly, detectionSettings } = await import('../../src/content/early-settings.ts');
    askEarly();
    storage.answer();
    const got = detectionSettings();
    expect(await got).toEqual({ siteMode: 'everywhere' });
    expect(storage.reads).toBe(1);
    // Taken once: the early listener is gone, and a later call reads afresh (it follows changes itself from then on).
    expect(storage.listeners.size).toBe(0);
    const again = detectionSettings();
    storage.answer();
    await again;
    expect(storage.reads).toBe(2);
  });

  it('hands over a value changed after the early ask, even when the ask answers later', async () => {
    const { askEarly, detectionSettings } = await import('../../src/content/early-settings.ts');
    askEarly();
    storage.change({ siteMode: 'except', sites: ['crm.example.ru'] });
    storage.answer();
    expect(await detectionSettings()).toEqual({ siteMode: 'except', sites: ['crm.example.ru'] });
  });

  it('reads now where the early script did not run (injected into a tab already open)', async () => {
    const { detectionSettings } = await import('../../src/content/early-settings.ts');
    const got = detectionSettings();
    expect(storage.reads).toBe(1);
    storage.answer();
    expect(await got).toEqual({ siteMode: 'everywhere' });
  });

  it('gives nothing (the defaults) when the read fails, instead of rejecting', async () => {
    storage.local.get.mockImplementationOnce(() => Promise.reject(new Error('Extension context invalidated.')));
    const { detectionSettings } = await import('../../src/content/early-settings.ts');
    expect(await detectionSettings()).toBeUndefined();
  });
});
