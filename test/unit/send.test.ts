// @vitest-environment node
/**
 * How the UI and content scripts reach the background when it is stopping under them (Firefox's idle event page):
 * a refused read is asked again once, a call never, and a person always gets a Failure to read instead of a
 * promise that never settles.
 */
import { beforeEach, describe, expect, it } from 'vitest';

const REFUSED = new Error('Could not establish connection. Receiving end does not exist.');
/** What each sendMessage does in turn: answer with a value, or fail with an error. */
let script: Array<{ answer: unknown } | { fail: Error }> = [];
const sent: unknown[] = [];
(globalThis as { browser?: unknown }).browser = {
  runtime: {
    sendMessage: async (message: unknown) => {
      sent.push(message);
      const next = script.shift();
      if (!next) throw new Error('test: no more scripted answers');
      if ('fail' in next) throw next.fail;
      return next.answer;
    },
  },
};

const { request, send } = await import('../../src/ui/shared/send.ts');

describe('send and request', () => {
  beforeEach(() => {
    script = [];
    sent.length = 0;
  });

  it('asks again once when the background was going down as the message arrived', async () => {
    script = [{ fail: REFUSED }, { answer: { ok: true, on: true } }];
    expect(await send('dnd:get', {})).toEqual({ ok: true, on: true });
    expect(sent).toEqual([
      { type: 'dnd:get', payload: {} },
      { type: 'dnd:get', payload: {} },
    ]);
  });

  it('does not ask a third time, nor again after any other error', async () => {
    script = [{ fail: REFUSED }, { fail: REFUSED }, { answer: 'unused' }];
    await expect(send('dnd:get', {})).rejects.toThrow(/Receiving end/);
    expect(sent).toHaveLength(2);

    script = [{ fail: new Error('Extension context invalidated.') }, { answer: 'unused' }];
    sent.length = 0;
    await expect(send('dnd:get', {})).rejects.toThrow(/invalidated/);
    expect(sent).toHaveLength(1);
  });

  it('never sends a call twice: Firefox refuses it the same way when its page stopped while placing it', async () => {
    script = [{ fail: REFUSED }, { answer: { ok: true, digits: '79101234567' } }];
    await expect(send('call', { phone: '+79101234567' })).rejects.toThrow(/Receiving end/);
    expect(sent).toHaveLength(1);
  });

  it('turns a background that never answered into a Failure; a call says it may have gone through', async () => {
    script = [{ fail: REFUSED }, { fail: REFUSED }];
    expect(await request('dnd:get', {})).toEqual({ ok: false, error: { code: 'no-answer', detail: REFUSED.message } });

    script = [{ fail: REFUSED }];
    expect(await request('call', { phone: '+79101234567' })).toEqual({
      ok: false,
      error: { code: 'call-unconfirmed', detail: REFUSED.message },
    });
  });

  it('passes the background’s own answer through, failures included', async () => {
    const failure = { ok: false, error: { code: 'bad-token', detail: '401' } };
    script = [{ answer: failure }];
    expect(await request('call', { phone: '+79101234567' })).toEqual(failure);
  });
});
