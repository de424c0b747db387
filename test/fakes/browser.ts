/**
 * The extension APIs the background touches, faked for tests that run its modules in Node:
 * `vi.mock('webextension-polyfill', () => import('../fakes/browser.ts'))`. Local and session storage are plain objects
 * the test reads and writes; there is no company policy (storage.managed rejects, as in Firefox without one).
 */
import { vi } from 'vitest';

export const EXT = 'chrome-extension://abcdef/';
export const storage: Record<string, unknown> = {};
export const session: Record<string, unknown> = {};

export default {
  runtime: { id: 'abcdef', getURL: (p: string) => EXT + p, openOptionsPage: vi.fn(async () => {}) },
  storage: {
    local: { get: async (k: string) => ({ [k]: storage[k] }), set: async (o: object) => void Object.assign(storage, o) },
    session: { get: async (k: string) => ({ [k]: session[k] }), set: async (o: object) => void Object.assign(session, o) },
    managed: { get: async () => Promise.reject(new Error('no policy')) },
    onChanged: { addListener: () => {} },
  },
  permissions: { contains: async () => true },
  action: { setIcon: async () => {}, setTitle: async () => {}, setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
  i18n: { getMessage: (k: string) => k },
  tabs: { query: async () => [], sendMessage: async () => {}, create: async () => {} },
};
