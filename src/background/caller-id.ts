/**
 * "Call from": the PBX's outgoing lines and this manager's choice among them (capabilities.callerId). The choice is
 * set on the PBX itself; PBXs that cannot report it back (Gravitel has no GET callerid) are shown the last choice
 * made here, remembered per PBX and user.
 */
import browser from 'webextension-polyfill';
import type { Messages } from '../core/messages.ts';
import type { Settings } from '../core/settings.ts';
import { PbxError } from '../providers/errors.ts';
import type { Provider } from '../providers/provider.ts';
import { runCommand } from './pbx.ts';

const KEY = 'callerIds';

const who = (s: Settings) => (s.mode === 'relay' ? `relay|${s.relayUrl}|${s.agentKey.slice(0, 8)}` : `${s.provider}|${s.pbxUrl}|${s.user}`);

async function remembered(s: Settings): Promise<string | null> {
  const all = ((await browser.storage.local.get(KEY))[KEY] ?? {}) as Record<string, string>;
  return typeof all[who(s)] === 'string' ? all[who(s)]! : null;
}

async function remember(s: Settings, number: string): Promise<void> {
  const all = ((await browser.storage.local.get(KEY))[KEY] ?? {}) as Record<string, string>;
  await browser.storage.local.set({ [KEY]: { ...all, [who(s)]: number } });
}

function capable(provider: Provider): Required<Pick<Provider, 'callerIds' | 'setCallerId'>> {
  if (!provider.callerIds || !provider.setCallerId) throw new PbxError('unsupported', 'callerIdAbsent');
  return { callerIds: provider.callerIds.bind(provider), setCallerId: provider.setCallerId.bind(provider) };
}

export function getCallerId(): Promise<Messages['callerid:get']['response']> {
  return runCommand(async (provider, s) => {
    const numbers = await capable(provider).callerIds();
    const current = await remembered(s);
    // A remembered line the PBX no longer lists is not a choice any more: show the PBX's default.
    return { numbers, current: current !== null && (current === '' || numbers.some((n) => n.number === current)) ? current : null };
  });
}

export function setCallerId(number: string): Promise<Messages['callerid:set']['response']> {
  const digits = number.replace(/\D/g, '');
  return runCommand(async (provider, s) => {
    await capable(provider).setCallerId(s.user, digits);
    await remember(s, digits);
    return { number: digits };
  });
}
