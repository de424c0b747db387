/**
 * Handlers for every message, by name. Content scripts run inside web pages, so they may send only the
 * CONTENT_MESSAGES types; settings, DND and the PBX check answer extension pages only.
 */
import browser from 'webextension-polyfill';
import { CONTENT_MESSAGES, isMessage, type MessageType, type Messages } from '../core/messages.ts';
import { defaultSettings, missingSettings, parseExtra, type Settings } from '../core/settings.ts';
import { providerCapabilities, providerIds } from '../providers/ids.ts';
import type { ProviderCapabilities } from '../providers/provider.ts';
import type { ProviderId } from '../providers/provider.ts';
import { placeCall } from './calls.ts';
import { cachedDnd, getDnd, setDnd } from './dnd.ts';
import { providerFor, toFailure } from './pbx.ts';
import { getSettings } from './settings-store.ts';
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
    const capabilities = s.mode === 'relay' ? relayCapabilities : providerCapabilities[s.provider];
    return { configured: missingSettings(s).length === 0, user: s.user, userName: s.userName, dnd: await cachedDnd(), capabilities, provider: s.mode === 'relay' ? 'relay' : s.provider, startedAt: startedAt() };
  },
  'pbx:check': async ({ mode, provider, url, key, extra }) => {
    const id = providerIds.includes(provider as ProviderId) ? (provider as ProviderId) : defaultSettings.provider;
    const s = { ...defaultSettings, mode, provider: id, pbxUrl: url, token: key, extra: parseExtra(id, extra), relayUrl: url, agentKey: key } satisfies Settings;
    try {
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
};

/** The relay speaks one neutral API whatever PBX stands behind it; what that PBX lacks comes back as `unsupported`. */
const relayCapabilities: ProviderCapabilities = { call: true, dnd: 'yes', groups: true, history: true, callerId: false, screenPop: true, nameLookup: true };

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
