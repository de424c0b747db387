/**
 * What the REST-style adapters (Gravitel, Sipuni, Mango, crmapi/v1) share: one request with a time limit that
 * turns network trouble into a PbxError, a base URL from whatever a person pasted, and JSON reading helpers.
 * Status codes mean different things per PBX, so mapping them stays in each adapter.
 */
import { PbxError } from '../errors.ts';
import type { HistoryRecord, ProviderConfig } from '../provider.ts';

export interface WireReply {
  status: number;
  text: string;
}

export type Send = (url: string, init: RequestInit, label: string) => Promise<WireReply>;

const DEFAULT_TIMEOUT_MS = 8000;

/** A fetch with the config's time limit; resolves with any HTTP status, rejects only with a PbxError. */
export function sender(config: ProviderConfig): Send {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return async (url, init, label) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(url, { ...init, redirect: 'manual', credentials: 'omit', signal: controller.signal });
      const text = await response.text();
      if (response.type === 'opaqueredirect' || response.status === 0 || (response.status >= 300 && response.status < 400)) {
        throw new PbxError('bad-address', response.headers.get('location') ?? `redirect ${response.status}`, response.status);
      }
      return { status: response.status, text };
    } catch (e) {
      if (e instanceof PbxError) throw e;
      if (controller.signal.aborted) throw new PbxError('timeout', `${label}: no answer in ${timeoutMs} ms`);
      throw new PbxError('unreachable', e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * `https://origin` + `basePath` from a pasted host, origin or URL; a pasted URL that already contains `basePath`
 * is cut after it. No scheme means https; http stays (the simulator).
 */
export function baseUrl(pasted: string | undefined, fallback: string, basePath: string): string {
  const text = (pasted ?? '').trim() || fallback;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new PbxError('bad-address', text);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password || /\s/.test(text)) throw new PbxError('bad-address', text);
  const path = parsed.pathname.replace(/\/+$/, '');
  const at = basePath ? path.toLowerCase().indexOf(basePath.toLowerCase()) : -1;
  return parsed.origin + (at >= 0 ? path.slice(0, at + basePath.length) : path + basePath);
}

/** A required `extra` setting, or not-configured naming it. */
export function required(config: ProviderConfig, key: string): string {
  const value = config.extra?.[key]?.trim();
  if (!value) throw new PbxError('not-configured', key);
  return value;
}

export function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new PbxError('bad-reply', `${label}: not JSON: ${text.trim().slice(0, 80)}`);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field that may come as a JSON number; empty means absent. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A list, or the list inside `{items: […]}` / `{<key>: […]}`. */
export function list(json: unknown, label: string, key = 'items'): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json[key])) return json[key];
  throw new PbxError('bad-reply', `${label}: expected a list`);
}

/** A JSON error body's text (`{message}`, `{error}`), else the start of the raw body. */
export function errorDetail(text: string): string {
  try {
    const json: unknown = JSON.parse(text);
    if (isObject(json)) return str(json['message']) ?? str(json['error']) ?? text.trim().slice(0, 200);
  } catch {
    // not JSON
  }
  return /^\s*</.test(text) ? '' : text.trim().slice(0, 200);
}

/** E.164 digits: every PBX here wants the number without '+', spaces or dashes. */
export const digits = (phone: string) => phone.replace(/\D/g, '');

export function unsupported(reason: string): never {
  throw new PbxError('unsupported', reason);
}

export function numberOr(value: unknown, fallback = 0): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

/**
 * One row of a JSON call history (Gravitel, crmapi/v1: `{id|uid, type, client, account, via, start, wait, duration,
 * record}`) as a HistoryRecord; [] for a row without an id or a readable start, so one bad row loses nothing else.
 */
export function jsonHistoryRecord(item: unknown): HistoryRecord[] {
  if (!isObject(item)) return [];
  const id = str(item['uid']) ?? str(item['id']);
  const start = new Date(str(item['start']) ?? '');
  if (!id || Number.isNaN(start.getTime())) return [];
  const record = str(item['record']);
  return [
    {
      id,
      type: (str(item['type']) ?? 'in').toLowerCase(),
      client: str(item['client']) ?? '',
      account: str(item['account']) ?? '',
      via: str(item['via']) ?? '',
      start,
      waitS: numberOr(item['wait']),
      durationS: numberOr(item['duration']),
      ...(record ? { recordUrl: record } : {}),
    },
  ];
}
