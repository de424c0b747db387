/**
 * Relay mode: the company relay holds the PBX key and acts only as this agent's own PBX user, so this client
 * needs just the relay address and the agent key. It implements the same Provider interface as a PBX adapter,
 * so nothing above it knows which mode is in use. Plain fetch: runs in a service worker, an event page or Node.
 */
import { PbxError, type PbxErrorCode } from '../errors.ts';
import type { CallEvent } from '../../core/call-event.ts';
import { providerCapabilities, providerIds } from '../ids.ts';
import type { HistoryQuery, HistoryRecord, PbxAccount, PbxGroup, PbxNumber, Provider, ProviderCapabilities, ProviderId } from '../provider.ts';

export interface RelayConfig {
  url: string;
  agentKey: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface EventBatch {
  events: CallEvent[];
  cursor: number;
}

/** `GET /agent/me`: who this agent is, and the relay's PBX (null: the relay sends no commands) with what it can do. */
export interface RelayMe {
  user: string;
  name?: string;
  provider: ProviderId | null;
  capabilities: ProviderCapabilities;
}

/** What an older relay (no `provider` in /agent/me) is assumed to do: everything, failures explain themselves. */
export const RELAY_FALLBACK_CAPABILITIES: ProviderCapabilities = { call: true, dnd: 'yes', groups: true, history: true, callerId: false, screenPop: true, nameLookup: true };

export interface RelayClient extends Provider {
  me(): Promise<RelayMe>;
  /** Long poll: resolves when events after `after` exist, or with none after `waitS` seconds. */
  events(after: number | undefined, waitS: number, signal?: AbortSignal): Promise<EventBatch>;
}

const KNOWN_CODES: readonly string[] = ['bad-params', 'not-found', 'timeout', 'server', 'rate-limited', 'unreachable', 'not-configured'];

export function relayBase(url: string): string {
  const raw = url.trim();
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(u.protocol);
    return u.origin;
  } catch {
    throw new PbxError('bad-address', url);
  }
}

export function createRelayClient(config: RelayConfig): RelayClient {
  const base = relayBase(config.url);
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(method: string, path: string, body?: unknown, timeoutMs = config.timeoutMs ?? 8000, outer?: AbortSignal): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onOuterAbort = () => controller.abort();
    outer?.addEventListener('abort', onOuterAbort);
    try {
      const response = await doFetch(base + path, {
        method,
        headers: { authorization: `Bearer ${config.agentKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'manual',
        credentials: 'omit',
        signal: controller.signal,
      });
      const text = await response.text();
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) throw new PbxError('bad-address', `HTTP ${response.status}`, response.status);
      if (!response.ok) throw relayError(response.status, text);
      try {
        return (text ? JSON.parse(text) : {}) as T;
      } catch {
        throw new PbxError('bad-reply', text.slice(0, 80));
      }
    } catch (e) {
      if (e instanceof PbxError) throw e;
      if (outer?.aborted) throw new PbxError('timeout', 'cancelled');
      if (controller.signal.aborted) throw new PbxError('timeout', `${path}: no answer in ${timeoutMs} ms`);
      throw new PbxError('unreachable', e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  const client: RelayClient = {
    id: 'itoolabs',
    // Until asked, nothing is known of the PBX behind the relay; `me()` says which it is and what it can do.
    capabilities: RELAY_FALLBACK_CAPABILITIES,
    async makeCall(_user, phone) {
      const r = await request<{ callId?: string }>('POST', '/agent/call', { phone });
      return { callId: r.callId };
    },
    async accounts(): Promise<PbxAccount[]> {
      const me = await client.me();
      return [{ login: me.user, name: me.name ?? me.user }];
    },
    async groups(): Promise<PbxGroup[]> {
      const r = await request<PbxGroup[] | { groups: PbxGroup[] }>('GET', '/agent/groups');
      return Array.isArray(r) ? r : r.groups;
    },
    async getDnd() {
      const r = await request<{ on?: boolean; state?: boolean }>('GET', '/agent/dnd');
      return (r.on ?? r.state) === true;
    },
    async setDnd(_user, on) {
      await request('PUT', '/agent/dnd', { on });
    },
    async subscribeOnCalls() {
      throw new PbxError('bad-params', 'subscriptions are managed on the relay');
    },
    async subscriptionStatus() {
      throw new PbxError('bad-params', 'subscriptions are managed on the relay');
    },
    async history(query: HistoryQuery): Promise<HistoryRecord[]> {
      const params = new URLSearchParams();
      if (query.period) params.set('period', query.period);
      if (query.type) params.set('type', query.type);
      if (query.limit) params.set('limit', String(query.limit));
      const r = await request<Array<HistoryRecord & { start: string }> | { records: Array<HistoryRecord & { start: string }> }>('GET', `/agent/history?${params}`);
      return (Array.isArray(r) ? r : r.records).map((row) => ({ ...row, start: new Date(row.start) }));
    },
    async me() {
      const r = await request<{ user?: unknown; name?: unknown; provider?: unknown; capabilities?: unknown }>('GET', '/agent/me');
      if (typeof r.user !== 'string') throw new PbxError('bad-reply', 'agent/me');
      return { user: r.user, ...(typeof r.name === 'string' ? { name: r.name } : {}), ...relayPbx(r.provider, r.capabilities) };
    },
    async callerIds(): Promise<PbxNumber[]> {
      const r = await request<{ numbers?: PbxNumber[] }>('GET', '/agent/numbers');
      return Array.isArray(r.numbers) ? r.numbers : [];
    },
    async setCallerId(_user, number) {
      await request('PUT', '/agent/callerid', { number: number.replace(/\D/g, '') });
    },
    events(after, waitS, signal) {
      const params = new URLSearchParams({ wait: String(waitS) });
      if (after !== undefined) params.set('after', String(after));
      return request<EventBatch>('GET', `/agent/events?${params}`, undefined, (waitS + 10) * 1000, signal);
    },
  };
  return client;
}

/**
 * The relay's word on its PBX. Capabilities come as the relay's adapter declares them (a newer relay may know a
 * provider this build does not); a malformed set falls back to this build's own for that provider.
 */
function relayPbx(provider: unknown, capabilities: unknown): Pick<RelayMe, 'provider' | 'capabilities'> {
  if (provider === null) return { provider: null, capabilities: isCapabilities(capabilities) ? capabilities : RELAY_FALLBACK_CAPABILITIES };
  const id = providerIds.includes(provider as ProviderId) ? (provider as ProviderId) : null;
  if (isCapabilities(capabilities)) return { provider: id, capabilities };
  return { provider: id, capabilities: id ? providerCapabilities[id] : RELAY_FALLBACK_CAPABILITIES };
}

function isCapabilities(c: unknown): c is ProviderCapabilities {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as Record<string, unknown>;
  const flags = ['call', 'groups', 'history', 'callerId', 'screenPop', 'nameLookup'].every((k) => typeof o[k] === 'boolean');
  const notes = ['dndNote', 'historyNote'].every((k) => o[k] === undefined || (typeof o[k] === 'string' && /^[A-Za-z0-9_]+$/.test(o[k])));
  return flags && notes && (o['dnd'] === 'yes' || o['dnd'] === 'no' || o['dnd'] === 'approximate');
}

/** The relay's `{error, message}` → a typed error. A 401 here is the agent key; PBX-side failures arrive as 5xx. */
function relayError(status: number, text: string): PbxError {
  let body: { error?: string; message?: string; reason?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* non-JSON: a proxy page or a crash */
  }
  const detail = body.message ?? body.error ?? `HTTP ${status}`;
  if (status === 401) return new PbxError('bad-token', detail, status);
  // The relay's PBX lacks the command: the reason is an i18n key, as a direct-mode adapter gives it.
  if (body.error === 'unsupported') return new PbxError('unsupported', body.reason && /^[A-Za-z0-9_]+$/.test(body.reason) ? body.reason : '', status);
  if (status === 404) return new PbxError(body.error ? 'not-found' : 'bad-address', detail, status);
  const code = body.error && KNOWN_CODES.includes(body.error) ? (body.error as PbxErrorCode) : status === 400 ? 'bad-params' : status === 429 ? 'rate-limited' : 'server';
  return new PbxError(code, detail, status);
}
