/** Typed request to the background: the one way UI and content scripts talk to it. */
import { ext } from './ext.ts';
import type { MessageType, Messages } from '../../core/messages.ts';

export function send<K extends MessageType>(type: K, payload: Messages[K]['payload']): Promise<Messages[K]['response']> {
  return ext.runtime.sendMessage({ type, payload }) as Promise<Messages[K]['response']>;
}
