/**
 * ITooLabs "Облачная АТС" CRM API (`/sys/crm_api.wcgp`), spec §1.1: one URL, the operation in `cmd`,
 * the key in `token`, form-urlencoded POST. Plain fetch only: runs in a service worker, an event page and Node.
 */
import { PbxError } from '../errors.ts';
import type {
  HistoryQuery,
  HistoryRecord,
  MakeCallResult,
  PbxAccount,
  PbxGroup,
  Provider,
  ProviderConfig,
} from '../provider.ts';
import { itoolabsCapabilities } from './fields.ts';
import { parseHistoryCsv } from './history-csv.ts';

const ENDPOINT_PATH = '/sys/crm_api.wcgp';
const DEFAULT_TIMEOUT_MS = 8000;

/**
 * The full endpoint URL from whatever a person pasted: `vats1.megapbx.ru`, an origin with or without `/`,
 * or the endpoint itself. No scheme means https (the PBX takes nothing else); http stays for the simulator.
 */
export function itoolabsEndpoint(url: string): string {
  const text = url.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new PbxError('bad-address', url);
  }
  const host = parsed.hostname;
  const hostOk = host.includes('.') || host === 'localhost' || host.startsWith('[');
  if (!/^https?:$/.test(parsed.protocol) || !hostOk || parsed.username || parsed.password || /\s/.test(text)) {
    throw new PbxError('bad-address', url);
  }
  // A pasted cabinet page (`/admin/…`) still means this PBX: only a path that already names the endpoint is kept.
  const path = /\/crm_api\.wcgp$/i.test(parsed.pathname) ? parsed.pathname : ENDPOINT_PATH;
  return parsed.origin + path;
}

/** `YYYYmmddTHHMMSSZ` in UTC, the only date format the PBX reads. */
export function formatPbxTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** E.164 digits: the PBX rejects a leading '+', spaces and dashes. */
export function pbxPhone(phone: string): string {
  return phone.replace(/\D/g, '');
}

export function createItoolabsProvider(config: ProviderConfig): Provider {
  const endpoint = itoolabsEndpoint(config.url);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  /** One command; resolves with the body of a 2xx reply, throws a PbxError for everything else. */
  async function send(cmd: string, fields: Record<string, string | undefined> = {}): Promise<string> {
    const body = new URLSearchParams({ cmd, token: config.token });
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) body.set(key, value);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(endpoint, {
        method: 'POST',
        body,
        redirect: 'manual',
        credentials: 'omit',
        signal: controller.signal,
      });
      const text = await response.text();
      checkStatus(response, text);
      return text;
    } catch (e) {
      if (e instanceof PbxError) throw e;
      if (controller.signal.aborted) throw new PbxError('timeout', `${cmd}: no answer in ${timeoutMs} ms`);
      throw new PbxError('unreachable', e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    id: 'itoolabs',
    capabilities: itoolabsCapabilities,

    async makeCall(user, phone, options) {
      const text = await send('makeCall', { user, phone: pbxPhone(phone), clid: options?.clid });
      return readCallId(text);
    },

    async accounts() {
      return jsonArray(await send('accounts')).flatMap(toAccount);
    },

    async groups(user) {
      return jsonArray(await send('groups', { user })).flatMap(toGroup);
    },

    async getDnd(user) {
      const reply = jsonObject(await send('get_dnd', { user }));
      return readFlag(reply['state'] ?? reply['status']);
    },

    async setDnd(user, on) {
      await send('set_dnd', { user, state: String(on) });
    },

    async subscribeOnCalls(user, on, groupId) {
      await send('subscribeOnCalls', { user, status: on ? 'on' : 'off', group_id: groupId });
    },

    async subscriptionStatus(user, groupId) {
      // Exactly this spelling: the document's `subscribtionstatus` is rejected by real servers.
      return readFlag(jsonObject(await send('subscriptionStatus', { user, group_id: groupId }))['status']);
    },

    async history(query) {
      return readHistory(await send('history', historyFields(query)));
    },
  };
}

/** Maps an HTTP status to the error a person can act on. 2xx passes. */
function checkStatus(response: Response, text: string): void {
  const { status } = response;
  if (status >= 200 && status < 300) return;
  // With redirect:'manual' browsers hand back an opaque status-0 reply; Node gives the real 3xx.
  if (response.type === 'opaqueredirect' || status === 0 || (status >= 300 && status < 400)) {
    throw new PbxError('bad-address', response.headers.get('location') ?? `redirect ${status}`, status);
  }
  const detail = errorText(text);
  if (status === 401) throw new PbxError('bad-token', detail, status);
  if (status === 400) throw new PbxError('bad-params', detail, status);
  if (status === 404) throw new PbxError('bad-address', `not a PBX endpoint (404)`, status);
  if (status === 429) throw new PbxError('rate-limited', detail, status);
  throw new PbxError('server', `HTTP ${status}${detail && !/^\s*</.test(text) ? `: ${detail}` : ''}`, status);
}

/** `{"error":"Invalid parameters"}` → its text; `Invalid parameters: [cmd]` stays as it is. */
function errorText(text: string): string {
  const trimmed = text.trim();
  try {
    const json: unknown = JSON.parse(trimmed);
    if (isObject(json) && typeof json['error'] === 'string') return json['error'];
  } catch {
    // not JSON: the raw text is the message
  }
  return trimmed.slice(0, 200);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new PbxError('bad-reply', `not JSON: ${text.trim().slice(0, 80)}`);
  }
}

function jsonArray(text: string): unknown[] {
  const json = parseJson(text);
  if (!Array.isArray(json)) throw new PbxError('bad-reply', `expected a list: ${text.trim().slice(0, 80)}`);
  return json;
}

function jsonObject(text: string): Record<string, unknown> {
  const json = parseJson(text);
  if (!isObject(json)) throw new PbxError('bad-reply', `expected an object: ${text.trim().slice(0, 80)}`);
  return json;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field that may come as a JSON number (`ext: 701`); empty means absent. */
function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function toAccount(item: unknown): PbxAccount[] {
  const login = isObject(item) ? str(item['name']) : undefined;
  if (!isObject(item) || !login) return [];
  const account: PbxAccount = { login, name: str(item['realName']) ?? login };
  const ext = str(item['ext']);
  const telnum = str(item['telnum']);
  const email = str(item['email']);
  if (ext) account.ext = ext;
  if (telnum) account.telnum = telnum;
  if (email) account.email = email;
  return [account];
}

function toGroup(item: unknown): PbxGroup[] {
  const id = isObject(item) ? str(item['id']) : undefined;
  if (!isObject(item) || !id) return [];
  const group: PbxGroup = { id, name: str(item['realName']) ?? str(item['name']) ?? id };
  const ext = str(item['ext']);
  if (ext) group.ext = ext;
  return [group];
}

/** DND and subscription flags: booleans, or the strings true/false/on/off. */
function readFlag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
  if (['true', 'on', '1'].includes(text)) return true;
  if (['false', 'off', '0'].includes(text)) return false;
  throw new PbxError('bad-reply', `expected on/off, got ${JSON.stringify(value)}`);
}

/** makeCall's reply differs by server: empty, a bare call id, `{"uuid":…}` or `{"CallID":…}`. */
function readCallId(text: string): MakeCallResult {
  const trimmed = text.trim();
  if (!trimmed || /^(ok|\{\s*\})$/i.test(trimmed)) return {};
  if (/^[{"]/.test(trimmed)) {
    const json = parseJson(trimmed);
    if (typeof json === 'string') return json ? { callId: json } : {};
    if (!isObject(json)) throw new PbxError('bad-reply', `makeCall: ${trimmed.slice(0, 80)}`);
    const callId = str(json['uuid']) ?? str(json['CallID']) ?? str(json['callid']) ?? str(json['callId']);
    return callId ? { callId } : {};
  }
  // A bare id is one token; an HTML page here means we did not reach a PBX.
  if (/^[\w.:@-]{1,200}$/.test(trimmed)) return { callId: trimmed };
  throw new PbxError('bad-reply', `makeCall: ${trimmed.slice(0, 80)}`);
}

function historyFields(query: HistoryQuery): Record<string, string | undefined> {
  return {
    // The PBX lets period win over start/end; sending both would only confuse the log.
    period: query.period,
    start: !query.period && query.start ? formatPbxTime(query.start) : undefined,
    end: !query.period && query.end ? formatPbxTime(query.end) : undefined,
    type: query.type,
    limit: query.limit !== undefined ? String(Math.max(1, Math.floor(query.limit))) : undefined,
  };
}

function readHistory(text: string): HistoryRecord[] {
  const trimmed = text.trim();
  // A JSON or HTML answer is not the CSV the command returns.
  if (/^[<{[]/.test(trimmed)) throw new PbxError('bad-reply', `history: ${trimmed.slice(0, 80)}`);
  return parseHistoryCsv(text);
}
