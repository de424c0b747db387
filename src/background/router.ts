/**
 * Handlers for every message, by name. Content scripts run inside web pages, so they may send only the
 * CONTENT_MESSAGES types; settings, DND and the PBX check answer extension pages only.
 */
import browser from 'webextension-polyfill';
import { CONTENT_MESSAGES, isMessage, type MessageType, type Messages } from '../core/messages.ts';
import { defaultSettings, missingSettings, parseExtra, type Settings } from '../core/settings.ts';
import { providerCapabilities, providerIds } from '../providers/ids.ts';
import type { ProviderId } from '../providers/provider.ts';
import { createRelayClient } from '../providers/relay/client.ts';
import { getCallerId, setCallerId } from './caller-id.ts';
import { relayPbx, rememberRelayPbx } from './relay-pbx.ts';
import { placeCall } from './calls.ts';
import { cachedDnd, getDnd, setDnd } from './dnd.ts';
import { providerFor, toFailure } from './pbx.ts';
import { getSettings } from '../storage/settings.ts';
import { startedAt } from './lifecycle.ts';
import { recentCalls } from './history.ts';
import { currentCard, markAllSeen } from './screen-pop/cards.ts';
import { findCard, openCrm } from './screen-pop/index.ts';
import { hideCards } from './screen-pop/present.ts';

type Handlers = { [K in MessageType]: (payload: Messages[K]['payload']) => Promise<Messages[K]['response']> };

const handlers: Handlers = {
  call: ({ phone }) => placeCall(String(phone)),
  'dnd:get': () => getDnd(),
  'dnd:set': ({ on }) => setDnd(on === true),
  status: async () => {
    const s = await getSettings();
    const configured = missingSettings(s).length === 0;
    // Relay mode: the relay says which PBX it speaks and what that can do (./relay-pbx.ts).
    const pbx = s.mode === 'relay' && configured ? await relayPbx(s) : { provider: s.mode === 'relay' ? null : s.provider, capabilities: providerCapabilities[s.provider] };
    return { configured, user: s.user, userName: s.userName, dnd: await cachedDnd(), capabilities: pbx.capabilities, provider: pbx.provider ?? 'relay', startedAt: startedAt() };
  },
  'pbx:check': async ({ mode, provider, url, key, extra }) => {
    const id = providerIds.includes(provider as ProviderId) ? (provider as ProviderId) : defaultSettings.provider;
    const s = { ...defaultSettings, mode, provider: id, pbxUrl: url, token: key, extra: parseExtra(id, extra), relayUrl: url, agentKey: key } satisfies Settings;
    try {
      if (mode === 'relay') {
        const me = await createRelayClient({ url, agentKey: key }).me();
        await rememberRelayPbx(s, me);
        return { ok: true, accounts: [{ login: me.user, name: me.name ?? me.user }], relayPbx: { provider: me.provider, capabilities: me.capabilities } };
      }
      return { ok: true, accounts: await providerFor(s).accounts() };
    } catch (e) {
      return toFailure(e, url);
    }
  },
  'open-options': () => browser.runtime.openOptionsPage(),
  'card:current': async () => ({ card: await currentCard() }),
  'card:dismiss': () => hideCards(),
  'card:open-crm': async ({ callId }) => {
    const card = await findCard(callId);
    return { opened: card ? await openCrm(card) : false };
  },
  'cards:recent': async () => ({ cards: await markAllSeen() }),
  'history:recent': () => recentCalls(),
  'callerid:get': () => getCallerId(),
  'callerid:set': ({ number }) => setCallerId(String(number)),
};

const extensionOrigin = browser.runtime.getURL('');

export function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id || !isMessage(message) || !(message.type in handlers)) return undefined;
  const fromExtensionPage = !!sender.url?.startsWith(extensionOrigin);
  if (!fromExtensionPage && !CONTENT_MESSAGES.includes(message.type)) {
    console.warn('Refused a message a content script may not send:', message.type);
    return undefined;
  }
  const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
  return handler(message.payload);
}
