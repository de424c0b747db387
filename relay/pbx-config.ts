/**
 * Which PBX the relay sends commands to, and its settings, driven by the same field descriptors the extension's
 * options page uses (src/providers/<id>/fields.ts): `PBX_PROVIDER` picks the adapter (default itoolabs), `url` and
 * `token` are `PBX_URL`/`PBX_TOKEN`, every `extra` field is `PBX_<KEY>` (Gravitel's `domain` → `PBX_DOMAIN`,
 * `callerField` → `PBX_CALLER_FIELD`, Sipuni's `account` → `PBX_ACCOUNT`, Mango's `salt` → `PBX_SALT`), each also a
 * `--pbx-…` flag. None of them set = webhooks only (commands answer 503).
 */
import { createProvider } from '../src/providers/index.ts';
import { providerFields, providerIds } from '../src/providers/ids.ts';
import type { Provider, ProviderConfig, ProviderField, ProviderId } from '../src/providers/provider.ts';

export interface PbxSettings {
  provider: ProviderId;
  url: string;
  token: string;
  extra: Record<string, string>;
}

type Get = (flag: string, name: string) => string | undefined;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

/** The environment variable and the flag of one descriptor. */
export function pbxSettingNames(field: Pick<ProviderField, 'key'>): { env: string; flag: string } {
  const env = `PBX_${snake(field.key)}`;
  return { env, flag: env.toLowerCase().replaceAll('_', '-') };
}

/** Every `--pbx-…` flag any provider may take (for the command line parser). */
export function allPbxFlags(): string[] {
  const flags = new Set(['pbx-provider']);
  for (const id of providerIds) for (const field of providerFields[id]) flags.add(pbxSettingNames(field).flag);
  return [...flags];
}

export function loadPbxConfig(get: Get, problems: string[]): PbxSettings | undefined {
  const given = get('pbx-provider', 'PBX_PROVIDER') ?? 'itoolabs';
  if (!providerIds.includes(given as ProviderId)) {
    problems.push(`PBX_PROVIDER must be one of ${providerIds.join(', ')}, got ${given}`);
    return undefined;
  }
  const provider = given as ProviderId;
  const values = new Map<string, string>();
  for (const field of providerFields[provider]) {
    const { env, flag } = pbxSettingNames(field);
    const value = get(flag, env);
    if (value !== undefined) values.set(field.key, value);
  }
  if (!values.size) return undefined;
  const missing = providerFields[provider].filter((f) => !f.optional && !values.has(f.key));
  // Half a PBX configuration is a mistake, not "webhooks only": say which setting is missing.
  if (missing.length) {
    problems.push(`PBX_PROVIDER=${provider} needs ${missing.map((f) => pbxSettingNames(f).env).join(', ')} too (or none of its PBX_ settings: webhooks only, no commands)`);
    return undefined;
  }
  for (const field of providerFields[provider]) {
    const value = values.get(field.key);
    if (value !== undefined && field.options && !field.options.includes(value)) problems.push(`${pbxSettingNames(field).env} must be one of ${field.options.join(', ')}, got ${value}`);
  }
  const extra: Record<string, string> = {};
  for (const [key, value] of values) if (key !== 'url' && key !== 'token') extra[key] = value;
  return { provider, url: values.get('url') ?? '', token: values.get('token') ?? '', extra };
}

/** What src/providers' createProvider takes. */
export const pbxProviderConfig = (pbx: PbxSettings, timeoutMs?: number): ProviderConfig => ({
  url: pbx.url,
  token: pbx.token,
  extra: { ...pbx.extra },
  ...(timeoutMs ? { timeoutMs } : {}),
});

/** The same adapter the extension uses in direct mode, holding the company's PBX key. */
export const createRelayPbx = (pbx: PbxSettings, timeoutMs?: number): Provider => createProvider(pbx.provider, pbxProviderConfig(pbx, timeoutMs));
