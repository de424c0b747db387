/**
 * ITooLabs `crmapi/v1` (spec §1.3, MegaFon/Exolve): REST under `https://{vats}/crmapi/v1`, key in `X-API-KEY`,
 * JSON both ways, errors as `{message}`. The webhooks are the classic form-encoded `cmd=` ones.
 */
import { PbxError } from '../errors.ts';
import type { HistoryQuery, PbxAccount, PbxGroup, Provider, ProviderConfig } from '../provider.ts';
import { baseUrl, digits, errorDetail, isObject, jsonHistoryRecord, list, parseJson, sender, str } from '../shared/http.ts';
import { formatPbxTime } from '../itoolabs/client.ts';
import { itoolabsV1Capabilities } from './fields.ts';

export function createItoolabsV1Provider(config: ProviderConfig): Provider {
  if (!config.url.trim()) throw new PbxError('not-configured', 'url');
  const base = baseUrl(config.url, '', '/crmapi/v1');
  const send = sender(config);

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const label = `${method} ${path.split('?')[0]}`;
    const { status, text } = await send(
      base + path,
      {
        method,
        headers: { 'x-api-key': config.token, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      },
      label,
    );
    if (status >= 200 && status < 300) return text.trim() ? parseJson(text, label) : undefined;
    const detail = errorDetail(text);
    if (status === 401 || status === 403) throw new PbxError('bad-token', detail, status);
    if (status === 400 || status === 422) throw new PbxError('bad-params', detail, status);
    // A 404 with crmapi's `{message}` is an unknown user; a bare 404 means we are not talking to crmapi/v1.
    if (status === 404) throw new PbxError(/^\s*\{/.test(text) ? 'not-found' : 'bad-address', detail || 'HTTP 404', status);
    if (status === 429) throw new PbxError('rate-limited', detail, status);
    throw new PbxError('server', `HTTP ${status}${detail ? `: ${detail}` : ''}`, status);
  }
  const userPath = (login: string, what: string, groupId?: string) =>
    `/users/${encodeURIComponent(login)}/${what}${groupId !== undefined ? `?group_id=${encodeURIComponent(groupId)}` : ''}`;

  return {
    id: 'itoolabs-v1',
    capabilities: itoolabsV1Capabilities,

    async makeCall(user, phone, options) {
      const reply = await call('POST', '/makecall', { user, phone: digits(phone), ...(options?.clid ? { clid: digits(options.clid) } : {}) });
      const callId = isObject(reply) ? (str(reply['callid']) ?? str(reply['uuid'])) : undefined;
      return callId ? { callId } : {};
    },

    async accounts() {
      return list(await call('GET', '/users'), 'users').flatMap((item): PbxAccount[] => {
        const login = isObject(item) ? str(item['login']) : undefined;
        if (!isObject(item) || !login) return [];
        const account: PbxAccount = { login, name: str(item['name']) ?? login };
        const ext = str(item['ext']);
        const telnum = str(item['telnum']) ?? str(item['mobile']);
        const email = str(item['email']);
        if (ext) account.ext = ext;
        if (telnum) account.telnum = telnum;
        if (email) account.email = email;
        return [account];
      });
    },

    async groups(user) {
      const reply = await call('GET', `/groups${user ? `?user=${encodeURIComponent(user)}` : ''}`);
      return list(reply, 'groups').flatMap((item): PbxGroup[] => {
        const id = isObject(item) ? str(item['id']) : undefined;
        if (!isObject(item) || !id) return [];
        const ext = str(item['ext']);
        return [{ id, name: str(item['name']) ?? str(item['realName']) ?? id, ...(ext ? { ext } : {}) }];
      });
    },

    async getDnd(user) {
      const reply = await call('GET', userPath(user, 'dnd'));
      if (!isObject(reply)) throw new PbxError('bad-reply', 'dnd');
      return flag(reply['state'] ?? reply['dnd'] ?? reply['status']);
    },

    async setDnd(user, on) {
      await call(on ? 'POST' : 'DELETE', userPath(user, 'dnd'));
    },

    async subscribeOnCalls(user, on, groupId) {
      await call(on ? 'POST' : 'DELETE', userPath(user, 'subscription', groupId));
    },

    async subscriptionStatus(user, groupId) {
      const reply = await call('GET', userPath(user, 'subscription', groupId));
      if (!isObject(reply)) throw new PbxError('bad-reply', 'subscription');
      return flag(reply['status'] ?? reply['state']);
    },

    async history(query) {
      return list(await call('GET', `/history/json?${historyParams(query)}`), 'history').flatMap(jsonHistoryRecord);
    },
  };
}

function flag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value ?? '').trim().toLowerCase();
  if (['true', 'on', '1'].includes(text)) return true;
  if (['false', 'off', '0'].includes(text)) return false;
  throw new PbxError('bad-reply', `expected on/off, got ${JSON.stringify(value)}`);
}

function historyParams(query: HistoryQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.period) params.set('period', query.period);
  else {
    if (query.start) params.set('start', formatPbxTime(query.start));
    if (query.end) params.set('end', formatPbxTime(query.end));
  }
  if (query.type) params.set('type', query.type);
  if (query.limit !== undefined) params.set('limit', String(Math.max(1, Math.floor(query.limit))));
  return params;
}

