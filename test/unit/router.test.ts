// @vitest-environment node
/**
 * The background's message gate: a content script lives inside a web page, so it may only ask for a call or the
 * options page; everything that reads or changes settings, DND or cards answers extension pages only.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXT, storage } from '../fakes/browser.ts';

vi.mock('webextension-polyfill', () => import('../fakes/browser.ts'));

const { onMessage } = await import('../../src/background/router.ts');
const page = { id: 'abcdef', url: 'https://crm.example.ru/deals', tab: { id: 1 } } as never;
const extensionPage = { id: 'abcdef', url: `${EXT}src/ui/popup/index.html` } as never;
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' } as never;

describe('background message gate', () => {
  beforeEach(() => {
    for (const k of Object.keys(storage)) delete storage[k];
  });

  it('refuses settings, DND, checks and cards from a content script', () => {
    for (const type of ['status', 'dnd:get', 'dnd:set', 'pbx:check', 'card:current', 'cards:recent', 'history:recent', 'card:open-crm']) {
      expect(onMessage({ type, payload: {} }, page), type).toBeUndefined();
    }
  });

  it('answers a content script asking for a call, with a reason when it cannot', async () => {
    const r = await onMessage({ type: 'call', payload: { phone: '8 (910) 123-45-67' } }, page);
    expect(r).toEqual({ ok: false, error: { code: 'not-configured', detail: 'pbxUrl,token,user' } });
    const bad = await onMessage({ type: 'call', payload: { phone: 'hello' } }, page);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-number' } });
  });

  it('answers extension pages, and ignores other extensions and malformed messages', async () => {
    expect(await onMessage({ type: 'status', payload: {} }, extensionPage)).toMatchObject({ configured: false });
    expect(onMessage({ type: 'status', payload: {} }, otherExtension)).toBeUndefined();
    expect(onMessage('call', page)).toBeUndefined();
    expect(onMessage({ type: 'nope', payload: {} }, extensionPage)).toBeUndefined();
  });
});
