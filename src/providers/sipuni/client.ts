/**
 * Sipuni (spec §3): form POSTs to `{base}/<command>`, each carrying `user` (the account number) and `hash`,
 * the MD5 of the sent values sorted by parameter name, joined with '+', then '+' and the secret key.
 * Errors come as `{"success":false,"message":…}`, often with HTTP 200.
 */
import { PbxError } from '../errors.ts';
import type { PbxAccount, Provider, ProviderConfig } from '../provider.ts';
import { md5Hex } from '../shared/hash.ts';
import { baseUrl, digits, errorDetail, isObject, list, parseJson, required, sender, str, unsupported } from '../shared/http.ts';
import { SIPUNI_DEFAULT_URL, sipuniCapabilities } from './fields.ts';

/** workplace/setUserStatus values. */
export const SIPUNI_STATUS = { free: '0', break: '1', away: '4' } as const;

/** The string that is hashed: values sorted by parameter name, '+'-joined, then '+secret'. */
export function sipuniHashSource(params: Record<string, string>, secret: string): string {
  const names = Object.keys(params).filter((k) => k !== 'hash').sort();
  return [...names.map((k) => params[k]), secret].join('+');
}

export const sipuniHash = (params: Record<string, string>, secret: string) => md5Hex(sipuniHashSource(params, secret));

export function createSipuniProvider(config: ProviderConfig): Provider {
  const base = baseUrl(config.url, SIPUNI_DEFAULT_URL, '/api');
  const account = required(config, 'account');
  const send = sender(config);

  async function call(command: string, params: Record<string, string>): Promise<Record<string, unknown> | unknown[]> {
    const fields = { ...params, user: account };
    const body = new URLSearchParams({ ...fields, hash: sipuniHash(fields, config.token) });
    const { status, text } = await send(`${base}/${command}`, { method: 'POST', body }, command);
    if (status === 401 || status === 403) throw new PbxError('bad-token', errorDetail(text), status);
    if (status === 404) throw new PbxError('bad-address', `HTTP 404`, status);
    if (status === 429) throw new PbxError('rate-limited', errorDetail(text), status);
    if (status >= 500) throw new PbxError('server', `HTTP ${status}`, status);
    const json = parseJson(text, command);
    if (isObject(json) && json['success'] === false) {
      const message = str(json['message']) ?? '';
      // The account/secret pair is wrong: Sipuni says so in words, whatever the status.
      if (/hash|хеш|хэш|подпис|secret|ключ|auth/i.test(message)) throw new PbxError('bad-token', message, status);
      throw new PbxError('bad-params', message, status);
    }
    if (status >= 400) throw new PbxError('bad-params', errorDetail(text), status);
    if (!isObject(json) && !Array.isArray(json)) throw new PbxError('bad-reply', `${command}: ${text.slice(0, 80)}`);
    return json;
  }

  return {
    id: 'sipuni',
    capabilities: sipuniCapabilities,

    async makeCall(user, phone) {
      // reverse=0: the manager's phone rings first, then the client (like every other PBX here)
      const reply = await call('callback/call_number', { antiaon: '0', phone: digits(phone), reverse: '0', sipnumber: user });
      const callId = isObject(reply) ? (str(reply['callId']) ?? str(reply['id'])) : undefined;
      return callId ? { callId } : {};
    },

    async accounts() {
      // Not in the spec's sources: the cabinet's employee list as public clients read it (see the report).
      const reply = await call('statistic/operators', {});
      return list(reply, 'operators', 'operators').flatMap((item): PbxAccount[] => {
        const sip = isObject(item) ? (str(item['sipnumber']) ?? str(item['number'])) : undefined;
        if (!isObject(item) || !sip) return [];
        return [{ login: sip, name: str(item['name']) ?? sip, ext: sip }];
      });
    },

    groups: async () => unsupported('groupsAbsent_sipuni'),
    getDnd: async () => unsupported('dndReadAbsent_sipuni'),

    async setDnd(user, on) {
      await call('workplace/setUserStatus', { sipnumber: user, status: on ? SIPUNI_STATUS.break : SIPUNI_STATUS.free });
    },

    subscribeOnCalls: async () => unsupported('subscriptionsAbsent_sipuni'),
    subscriptionStatus: async () => unsupported('subscriptionsAbsent_sipuni'),
    history: async () => unsupported('historyAbsent_sipuni'),
  };
}
