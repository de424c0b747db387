/** The connection steps the options and setup pages share: the browser's permission for the server, and the check. */
import browser from 'webextension-polyfill';
import type { Messages } from '../../core/messages.ts';
import { originPattern, serverUrl, type Settings } from '../../core/settings.ts';
import { request } from './send.ts';

/** Must run first in a click handler: browsers grant permissions only during a user gesture. */
export async function askForOrigin(pbxUrl: string): Promise<boolean> {
  const origin = originPattern(pbxUrl);
  if (!origin) return true; // the check itself reports the bad address
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

/** The key for this mode: the PBX token, or the agent key in relay mode. */
export const keyOf = (s: Settings) => (s.mode === 'relay' ? s.agentKey : s.token);

/** Asks the background to try these (unsaved) settings: the server's accounts, or exactly what is wrong. */
export function checkConnection(s: Settings): Promise<Messages['pbx:check']['response']> {
  return request('pbx:check', { mode: s.mode, provider: s.provider, url: s.mode === 'relay' ? s.relayUrl : s.pbxUrl, key: keyOf(s), extra: s.extra });
}

/** Whether the check can run: an address (typed or the provider's default) and a key. */
export const canCheck = (s: Settings) => !!serverUrl(s) && !!keyOf(s);
