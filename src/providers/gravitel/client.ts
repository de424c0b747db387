/**
 * Gravitel REST API v1 (spec §2.1): `{base}/v1/{domain}/<command>`, key in `X-API-KEY`, JSON bodies.
 * The caller field of `makecall` is disputed by the document itself, so it is a setting (`extra.callerField`).
 * There is no DND command: getDnd/setDnd throw `unsupported` with the i18n key the UI shows.
 */
import { PbxError } from '../errors.ts';
import type { HistoryQuery, PbxAccount, PbxGroup, PbxNumber, Provider, ProviderConfig } from '../provider.ts';
import { baseUrl, digits, errorDetail, isObject, list, numberOr, parseJson, required, sender, str, unsupported, jsonHistoryRecord } from '../shared/http.ts';
import { GRAVITEL_CALLER_FIELDS, GRAVITEL_DEFAULT_URL, gravitelCapabilities, type GravitelCallerField } from './fields.ts';

export type GravitelNumber = PbxNumber;

export interface GravitelProvider extends Provider {
  /** Our lines (`GET numbers`). */
  numbers(): Promise<GravitelNumber[]>;
  /** The same list, as every caller-id capable adapter names it. */
  callerIds(): Promise<PbxNumber[]>;
  /** An employee's outgoing caller id (`POST callerid`); '' removes it (`DELETE callerid`). */
  setCallerId(extension: string, number: string): Promise<void>;
  /** Back to the default caller id (`DELETE callerid`). */
  clearCallerId(extension: string): Promise<void>;
  /** At most once per 10 minutes, else rate-limited. */
  balance(): Promise<{ balance: number; credit: number }>;
}

export function createGravitelProvider(config: ProviderConfig): GravitelProvider {
  const base = `${baseUrl(config.url, GRAVITEL_DEFAULT_URL, '')}/v1/${encodeURIComponent(required(config, 'domain'))}`;
  const callerField = (config.extra?.['callerField'] ?? 'extension') as GravitelCallerField;
  if (!GRAVITEL_CALLER_FIELDS.includes(callerField)) throw new PbxError('not-configured', 'callerField');
  const send = sender(config);

  async function call(method: string, command: string, body?: unknown): Promise<unknown> {
    const reply = await send(
      `${base}/${command}`,
      {
        method,
        headers: { 'x-api-key': config.token, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      },
      command,
    );
    const { status, text } = reply;
    if (status >= 200 && status < 300) return text.trim() ? parseJson(text, command) : undefined;
    const detail = errorDetail(text);
    if (status === 401) throw new PbxError('bad-token', detail, status);
    // 400: bad parameters; 405: "validation error" (a number it cannot dial, a clid not allowed to the employee)
    if (status === 400 || status === 405) throw new PbxError('bad-params', detail, status);
    if (status === 404) throw new PbxError(command === 'makecall' ? 'not-found' : 'bad-address', detail || `HTTP 404`, status);
    if (status === 429) throw new PbxError('rate-limited', detail, status);
    throw new PbxError('server', `HTTP ${status}${detail ? `: ${detail}` : ''}`, status);
  }

  const provider: GravitelProvider = {
    id: 'gravitel',
    capabilities: gravitelCapabilities,

    async makeCall(user, phone, options) {
      const body: Record<string, string> = { [callerField]: user, number: digits(phone) };
      if (options?.clid) body['clid'] = digits(options.clid);
      const reply = await call('POST', 'makecall', body);
      const callId = isObject(reply) ? (str(reply['id']) ?? str(reply['callid'])) : undefined;
      return callId ? { callId } : {};
    },

    async accounts() {
      return list(await call('GET', 'accounts'), 'accounts').flatMap((item): PbxAccount[] => {
        const ext = isObject(item) ? str(item['extension']) : undefined;
        if (!isObject(item) || !ext) return [];
        // The extension is what every command and webhook names the employee by: it is the login here.
        return [{ login: ext, name: str(item['name']) ?? ext, ext }];
      });
    },

    async groups() {
      return list(await call('GET', 'groups'), 'groups').flatMap((item): PbxGroup[] => {
        const id = isObject(item) ? str(item['id']) : undefined;
        if (!isObject(item) || !id) return [];
        const ext = str(item['extension']);
        return [{ id, name: str(item['name']) ?? id, ...(ext ? { ext } : {}) }];
      });
    },

    getDnd: async () => unsupported('dndAbsent_gravitel'),
    setDnd: async () => unsupported('dndAbsent_gravitel'),
    subscribeOnCalls: async () => unsupported('subscriptionsAbsent_gravitel'),
    subscriptionStatus: async () => unsupported('subscriptionsAbsent_gravitel'),

    async history(query) {
      return list(await call('POST', 'history', historyBody(query)), 'history').flatMap(jsonHistoryRecord);
    },

    async numbers() {
      return list(await call('GET', 'numbers'), 'numbers').flatMap((item): GravitelNumber[] => {
        const number = isObject(item) ? str(item['number']) : undefined;
        return isObject(item) && number ? [{ number, name: str(item['name']) ?? number }] : [];
      });
    },

    callerIds: () => provider.numbers(),

    async setCallerId(extension, number) {
      // The PBX has no "default" number to POST: choosing the default is removing the employee's own.
      if (!digits(number)) return provider.clearCallerId(extension);
      await call('POST', 'callerid', { extension, number: digits(number) });
    },

    async clearCallerId(extension) {
      await call('DELETE', 'callerid', { extension });
    },

    async balance() {
      const reply = await call('GET', 'balance');
      if (!isObject(reply)) throw new PbxError('bad-reply', 'balance');
      return { balance: numberOr(reply['balance']), credit: numberOr(reply['credit']) };
    },
  };
  return provider;
}

function historyBody(query: HistoryQuery): Record<string, string | number> {
  const body: Record<string, string | number> = {};
  // period wins over start/end on the PBX: sending both would only confuse the log
  if (query.period) body['period'] = query.period;
  else {
    if (query.start) body['start'] = query.start.toISOString();
    if (query.end) body['end'] = query.end.toISOString();
  }
  if (query.type) body['type'] = query.type;
  if (query.limit !== undefined) body['limit'] = Math.max(1, Math.floor(query.limit));
  return body;
}

