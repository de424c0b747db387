/**
 * Relay mode: the company relay holds the PBX key and acts only as this agent's own PBX user, so this client
 * needs just the relay address and the agent key. It implements the same Provider interface as a PBX adapter,
 * so nothing above it knows which mode is in use. Plain fetch: runs in a service worker, an event page or Node.
 */
import { PbxError, type PbxErrorCode } from '../errors.ts';
import type { CallEvent } from '../../core/call-event.ts';
import { itoolabsCapabilities } from '../itoolabs/fields.ts';
import type { HistoryQuery, HistoryRecord, PbxAccount, PbxGroup, Provider } from '../provider.ts';

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

export interface RelayClient extends Provider {
  me(): Promise<{ user: string; name?: string }>;
  /** Long poll: resolves when events after `after` exist, or with none after `waitS` seconds. */
  events(after: number | undefined, waitS: number, signal?: AbortSignal): Promise<EventBatch>;
}

const KNOWN_CODES: readonly string[] = ['bad-params', 'not-found', 'timeout', 'server', 'rate-limited', 'unreachable'];

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
    // Relay mode speaks the relay's own API; what the PBX behind it can do is the relay's business.
    capabilities: itoolabsCapabilities,
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
    me: () => request<{ user: string; name?: string }>('GET', '/agent/me'),
    events(after, waitS, signal) {
      const params = new URLSearchParams({ wait: String(waitS) });
      if (after !== undefined) params.set('after', String(after));
      return request<EventBatch>('GET', `/agent/events?${params}`, undefined, (waitS + 10) * 1000, signal);
    },
  };
  return client;
}

/** The relay's `{error, message}` → a typed error. A 401 here is the agent key; PBX-side failures arrive as 5xx. */
function relayError(status: number, text: string): PbxError {
  let body: { error?: string; message?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    /* non-JSON: a proxy page or a crash */
  }
  const detail = body.message ?? body.error ?? `HTTP ${status}`;
  if (status === 401) return new PbxError('bad-token', detail, status);
  if (status === 404) return new PbxError(body.error ? 'not-found' : 'bad-address', detail, status);
  const code = body.error && KNOWN_CODES.includes(body.error) ? (body.error as PbxErrorCode) : status === 400 ? 'bad-params' : status === 429 ? 'rate-limited' : 'server';
  return new PbxError(code, detail, status);
}
