/**
 * Relay mode: which PBX stands behind the company relay and what it can do, as the relay's `/agent/me` says, so
 * the popup shows exactly what direct mode would show for that PBX. Remembered, so a relay briefly out of reach
 * still gets the right popup; a relay that never answered is assumed to do everything (failures explain themselves).
 */
import browser from 'webextension-polyfill';
import type { RelayPbxInfo } from '../core/messages.ts';
import { RELAY_FALLBACK_CAPABILITIES, createRelayClient, type RelayMe } from '../providers/relay/client.ts';
import type { Settings } from '../core/settings.ts';

const KEY = 'relayPbx';
/** The popup waits for this at most: a local relay answers in milliseconds. */
const ASK_TIMEOUT_MS = 1500;

interface Stored extends RelayPbxInfo {
  /** Which relay and key it was learnt from: another pairing forgets it. */
  source: string;
}

const sourceOf = (s: Pick<Settings, 'relayUrl' | 'agentKey'>) => `${s.relayUrl}|${s.agentKey.slice(0, 8)}`;

export async function rememberRelayPbx(s: Pick<Settings, 'relayUrl' | 'agentKey'>, me: RelayMe): Promise<void> {
  const stored: Stored = { source: sourceOf(s), provider: me.provider, capabilities: me.capabilities };
  await browser.storage.local.set({ [KEY]: stored });
}

export async function relayPbx(s: Settings): Promise<RelayPbxInfo> {
  try {
    const me = await createRelayClient({ url: s.relayUrl, agentKey: s.agentKey, timeoutMs: ASK_TIMEOUT_MS }).me();
    await rememberRelayPbx(s, me);
    return { provider: me.provider, capabilities: me.capabilities };
  } catch {
    const stored = (await browser.storage.local.get(KEY))[KEY] as Stored | undefined;
    if (stored?.source === sourceOf(s)) return { provider: stored.provider, capabilities: stored.capabilities };
    return { provider: null, capabilities: RELAY_FALLBACK_CAPABILITIES };
  }
}
