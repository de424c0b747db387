/**
 * Mango Office VPBX API (spec §4): every request is a form POST of `vpbx_api_key`, `sign`, `json`, where
 * sign = hex(sha256(key + json + salt)) over exactly the compact JSON string sent. Errors are HTTP 420 with
 * `{"code":NNNN}` (or a `result` other than 1000): 3102 bad sign / 3105 bad key, 31xx parameters, 33xx not found.
 */
import { PbxError, type PbxErrorCode } from '../errors.ts';
import type { PbxAccount, Provider, ProviderConfig } from '../provider.ts';
import { sha256Hex } from '../shared/hash.ts';
import { baseUrl, digits, isObject, list, parseJson, required, sender, str, unsupported } from '../shared/http.ts';
import { MANGO_DEFAULT_URL, mangoCapabilities } from './fields.ts';

export const MANGO_ACCEPTED = 1000;

export const mangoSign = (key: string, json: string, salt: string) => sha256Hex(key + json + salt);

/** The form a Mango request (or webhook) is: the JSON is stringified once, and that exact string is signed. */
export async function mangoForm(key: string, salt: string, payload: unknown): Promise<URLSearchParams> {
  const json = JSON.stringify(payload);
  return new URLSearchParams({ vpbx_api_key: key, sign: await mangoSign(key, json, salt), json });
}

export function mangoErrorCode(code: number): PbxErrorCode {
  if (code === 3101 || code === 3102 || code === 3105) return 'bad-token';
  if (code >= 3100 && code < 3200) return 'bad-params';
  if (code >= 3300 && code < 3400) return 'not-found';
  return 'server';
}

export function createMangoProvider(config: ProviderConfig): Provider {
  const base = baseUrl(config.url, MANGO_DEFAULT_URL, '/vpbx');
  const salt = required(config, 'salt');
  const send = sender(config);

  async function call(command: string, payload: unknown): Promise<Record<string, unknown>> {
    const body = await mangoForm(config.token, salt, payload);
    const { status, text } = await send(`${base}/${command}`, { method: 'POST', body }, command);
    if (status === 404) throw new PbxError('bad-address', 'HTTP 404', status);
    if (status === 429) throw new PbxError('rate-limited', text.slice(0, 200), status);
    if (status >= 500) throw new PbxError('server', `HTTP ${status}`, status);
    const json = text.trim() ? parseJson(text, command) : {};
    const code = isObject(json) ? Number(json['code'] ?? json['result']) : NaN;
    if (status !== 200 || (Number.isFinite(code) && code !== MANGO_ACCEPTED && code !== 0)) {
      const c = Number.isFinite(code) ? code : 0;
      throw new PbxError(c ? mangoErrorCode(c) : 'server', `${command}: ${c || `HTTP ${status}`}`, status);
    }
    if (!isObject(json)) throw new PbxError('bad-reply', `${command}: ${text.slice(0, 80)}`);
    return json;
  }

  return {
    id: 'mango',
    capabilities: mangoCapabilities,

    async makeCall(user, phone, options) {
      const commandId = `cb-${crypto.randomUUID()}`;
      await call('commands/callback', {
        command_id: commandId,
        from: { extension: user },
        to_number: digits(phone),
        ...(options?.clid ? { line_number: digits(options.clid) } : {}),
      });
      // The sync reply only says "accepted"; our command_id names the call in /result/callback.
      return { callId: commandId };
    },

    async accounts() {
      return list(await call('config/users/request', {}), 'users', 'users').flatMap((item): PbxAccount[] => {
        const general = isObject(item) && isObject(item['general']) ? item['general'] : {};
        const telephony = isObject(item) && isObject(item['telephony']) ? item['telephony'] : {};
        const ext = str(telephony['extension']);
        if (!ext) return [];
        const email = str(general['email']);
        return [{ login: ext, name: str(general['name']) ?? ext, ext, ...(email ? { email } : {}) }];
      });
    },

    groups: async () => unsupported('groupsAbsent_mango'),
    getDnd: async () => unsupported('dndAbsent_mango'),
    setDnd: async () => unsupported('dndAbsent_mango'),
    subscribeOnCalls: async () => unsupported('subscriptionsAbsent_mango'),
    subscriptionStatus: async () => unsupported('subscriptionsAbsent_mango'),
    history: async () => unsupported('historyAbsent_mango'),
  };
}
