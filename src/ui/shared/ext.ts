/**
 * The extension API as the browser itself gives it, for the modules the content script bundles. That script loads
 * into every frame of every page: webextension-polyfill was a fifth of its size and 1–2 ms of its start in
 * Chromium, and nothing these modules call needs it — promise-based natively in both browsers (Chromium's MV3
 * `chrome.*`, Firefox's `browser.*`); runtime.onMessage answers through sendResponse, which both have.
 * The background and the extension's pages keep the polyfill. The types are the polyfill's (type-only: no code).
 */
import type Browser from 'webextension-polyfill';

const g = globalThis as { browser?: Browser.Browser; chrome?: Browser.Browser };
export const ext = (g.browser ?? g.chrome) as Browser.Browser;
