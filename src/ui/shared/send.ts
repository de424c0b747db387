/** Typed request to the background: the one way UI and content scripts talk to it. */
import { ext } from './ext.ts';
import type { Failure, MessageType, Messages } from '../../core/messages.ts';

/**
 * Firefox suspends its idle event page with no regard for a message that arrives as it goes down: that message
 * reaches no listener and is refused with this error. Sent again, it wakes a fresh page. (Chromium's service worker
 * gives the same error when there is no worker to answer.)
 */
const NO_LISTENER = /Receiving end does not exist/i;

export async function send<K extends MessageType>(type: K, payload: Messages[K]['payload']): Promise<Messages[K]['response']> {
  const message = { type, payload };
  try {
    return (await ext.runtime.sendMessage(message)) as Messages[K]['response'];
  } catch (e) {
    // Never a call twice: one the background did start (the page died under it) must not ring the client again.
    // Every other message only reads or sets a state, so a second try does no harm.
    if (type === 'call' || !NO_LISTENER.test(String(e))) throw e;
    return (await ext.runtime.sendMessage(message)) as Messages[K]['response'];
  }
}

/** The messages whose answer is a Result: a person waits on them and reads what went wrong. */
type ResultType = { [K in MessageType]: Failure extends Messages[K]['response'] ? K : never }[MessageType];

/**
 * `send` for a person's action: a background that never answered comes back as a Failure the UI shows like any
 * other, never as a button stuck on "Checking…".
 */
export async function request<K extends ResultType>(type: K, payload: Messages[K]['payload']): Promise<Messages[K]['response']> {
  try {
    return await send(type, payload);
  } catch (e) {
    return { ok: false, error: noAnswer(e, type) };
  }
}

/**
 * What a UI shows when the background never answered `send`. A call may have reached the PBX all the same (Firefox
 * gives the same error whether its page stopped before or while it handled the message): "try again" could ring
 * the client twice, so the person is told to wait for his phone first.
 */
export const noAnswer = (e: unknown, type?: MessageType): Failure['error'] => ({
  code: type === 'call' ? 'call-unconfirmed' : 'no-answer',
  detail: e instanceof Error ? e.message : String(e),
});
