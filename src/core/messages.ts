/**
 * Every message between the extension's contexts, declared once: type → payload and response.
 * Content scripts may send only the types in CONTENT_MESSAGES; the background refuses the rest from them.
 */
import type { PbxAccount, PbxNumber, ProviderCapabilities, ProviderId } from '../providers/provider.ts';
import type { PbxErrorCode } from '../providers/errors.ts';
import type { Card } from './call-card.ts';
import type { Mode } from './settings.ts';

/**
 * `no-answer`: the extension's own background did not answer (it was restarting, or this page outlived an update).
 * `call-unconfirmed`: the same for a call, which the background may have placed before it stopped.
 */
export type Failure = { ok: false; error: { code: PbxErrorCode | 'bad-number' | 'no-answer' | 'call-unconfirmed'; detail?: string } };
export type Result<T> = ({ ok: true } & T) | Failure;

export interface Status {
  configured: boolean;
  user: string;
  userName: string;
  dnd: boolean | null;
  /**
   * What the configured PBX can do (DND, history, caller id…), so the popup shows only that without loading adapter
   * code. In relay mode: what the relay's `/agent/me` says its PBX can do.
   */
  capabilities: ProviderCapabilities;
  /** The PBX's provider id (in relay mode the relay's PBX; `relay` when it is not known). */
  provider: string;
  /** When this background instance started (ms): shows whether it was woken from idle. */
  startedAt: number;
}

/** The PBX behind the company relay and what it can do (`provider` null: the relay sends no commands). */
export interface RelayPbxInfo {
  provider: ProviderId | null;
  capabilities: ProviderCapabilities;
}

export interface Messages {
  /**
   * Place a call. From a content script only after a trusted click; from the popup or the menu by the person.
   * `phone`: as a person wrote it, or our own E.164 digits with their '+' (bare, a 10-digit foreign number such as
   * Tallinn's 3726402187 reads as a Russian national one).
   */
  call: { payload: { phone: string }; response: Result<{ digits: string }> };
  'dnd:get': { payload: Record<string, never>; response: Result<{ on: boolean }> };
  'dnd:set': { payload: { on: boolean }; response: Result<{ on: boolean }> };
  status: { payload: Record<string, never>; response: Status };
  /** Options page: try an address and key (PBX token, or agent key in relay mode) before saving. */
  'pbx:check': {
    payload: { mode: Mode; provider: string; url: string; key: string; extra?: Record<string, string> };
    /** In relay mode also the relay's PBX and what it can do (`provider` null: the relay sends no commands). */
    response: Result<{ accounts: PbxAccount[]; relayPbx?: RelayPbxInfo }>;
  };
  'open-options': { payload: Record<string, never>; response: void };
  /** The card frame asks what to show; the popup asks for recent calls (and so marks missed ones seen). */
  'card:current': { payload: Record<string, never>; response: { card: Card | null } };
  'card:dismiss': { payload: { callId: string }; response: void };
  'card:open-crm': { payload: { callId: string }; response: { opened: boolean } };
  'cards:recent': { payload: Record<string, never>; response: { cards: Card[] } };
  /** This manager's calls from the PBX history (today and yesterday), newest first. */
  'history:recent': { payload: Record<string, never>; response: Result<{ calls: RecentCall[] }> };
  /** "Call from": the PBX's outgoing lines and the current choice ('' = the PBX's default, null = not known). */
  'callerid:get': { payload: Record<string, never>; response: Result<{ numbers: PbxNumber[]; current: string | null }> };
  /** Sets this manager's outgoing caller id on the PBX ('' = back to the default); answers what the PBX took. */
  'callerid:set': { payload: { number: string }; response: Result<{ number: string }> };
}

/** One row of the PBX history, as plain data (messages carry no Date objects). */
export interface RecentCall {
  id: string;
  /** in / out / missed */
  type: string;
  phone: string;
  startMs: number;
  durationS: number;
  recordUrl?: string;
}

/** Background → content script of a tab's top frame. */
export type ContentCommand = { type: 'card:show' } | { type: 'card:hide' } | { type: 'selection:get' };

/** Background → extension pages (the card frame, the popup): a card changed. */
export type CardUpdate = { type: 'card:update'; card: Card };

/** Port a tab's content script keeps open in relay mode: a stopped background is woken by its reconnect. */
export const PRESENCE_PORT = 'presence';

export type MessageType = keyof Messages;
export type Message<K extends MessageType = MessageType> = { type: K; payload: Messages[K]['payload'] };

export const CONTENT_MESSAGES: readonly MessageType[] = ['call', 'open-options'];

export const isMessage = (m: unknown): m is Message =>
  !!m && typeof m === 'object' && typeof (m as Message).type === 'string' && typeof (m as Message).payload === 'object';
