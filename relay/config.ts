/**
 * The relay's settings, from the environment with command-line flags on top, checked once at start so that a
 * bad value stops the relay with a clear message instead of failing on the first call.
 */
import { resolve } from 'node:path';
import type { Durability } from './store/sqlite/open.ts';
import { loadProviderWebhookConfig, type ProviderWebhookConfig } from './providers/webhook-config.ts';
import { loadPbxConfig, type PbxSettings } from './pbx-config.ts';
import { REGIONS, type PhoneRegion } from '../src/core/phone.ts';

export interface RelayConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Where agents reach the relay, for pairing links (RELAY_PUBLIC_URL, else http://host:port). */
  publicUrl: string;
  /** The key the PBX sends in webhooks' `crm_token`. */
  crmToken: string;
  adminToken: string;
  /** Bearer token for GET /metrics; unset = /metrics answers only loopback requests without proxy headers. */
  metricsToken?: string;
  /** Gravitel, Sipuni and Mango webhook secrets (GRAVITEL_WEBHOOK_KEY, MANGO_API_KEY/SALT, …). */
  providers?: ProviderWebhookConfig;
  /** The PBX for commands (PBX_PROVIDER, PBX_URL, PBX_TOKEN, PBX_<extra>); unset = webhooks only, commands answer 503. */
  pbx?: PbxSettings;
  durability: Durability;
  /** How long delivered events are kept for cursors that lag behind. */
  retentionDays: number;
  logLevel: string;
  /** How a number an admin types or imports without its country's code reads (RELAY_REGION: RU, KZ or BY). */
  region: PhoneRegion;
}

export class ConfigError extends Error {}

type Source = Record<string, string | undefined>;

/** `need` names what this command uses: the CLI needs only the data folder, the server everything. */
export function loadConfig(env: Source, flags: Source = {}, need: 'server' | 'data' = 'server'): RelayConfig {
  const get = (flag: string, name: string) => (flags[flag] ?? env[name])?.trim() || undefined;
  const problems: string[] = [];

  const port = Number(get('port', 'RELAY_PORT') ?? '8790');
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`RELAY_PORT must be 0–65535, got ${get('port', 'RELAY_PORT')}`);
  const host = get('host', 'RELAY_HOST') ?? '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const publicUrl = (get('public-url', 'RELAY_PUBLIC_URL') ?? `http://${shownHost}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+$/i.test(publicUrl)) problems.push(`RELAY_PUBLIC_URL must be an http(s) origin, got ${publicUrl}`);

  const crmToken = get('crm-token', 'CRM_TOKEN') ?? '';
  const adminToken = get('admin-token', 'ADMIN_TOKEN') ?? '';
  const metricsToken = get('metrics-token', 'METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters (or unset: loopback only)');
  if (need === 'server') {
    if (!crmToken) problems.push('CRM_TOKEN is required: the key typed into the PBX cabinet next to the CRM URL');
    // Anyone holding it can read every agent's events via new agents: it must not be guessable.
    if (adminToken.length < 16) problems.push('ADMIN_TOKEN is required, at least 16 characters');
  }

  const durability = (get('durability', 'RELAY_DURABILITY') ?? 'full').toLowerCase();
  if (durability !== 'full' && durability !== 'normal') problems.push(`RELAY_DURABILITY must be full or normal, got ${durability}`);
  const retentionDays = Number(get('retention-days', 'RELAY_RETENTION_DAYS') ?? '7');
  if (!(retentionDays > 0)) problems.push('RELAY_RETENTION_DAYS must be a positive number');

  const region = (get('region', 'RELAY_REGION') ?? 'RU').toUpperCase() as PhoneRegion;
  if (!REGIONS.includes(region)) problems.push(`RELAY_REGION must be one of ${REGIONS.join(', ')}, got ${region}`);

  const providers = loadProviderWebhookConfig(get, problems);
  const pbx = loadPbxConfig(get, problems);
  // Mango signs its webhooks with the same API key and salt its commands use: one pair of settings is enough.
  if (pbx?.provider === 'mango' && !providers.mangoKey && pbx.token && pbx.extra.salt) {
    Object.assign(providers, { mangoKey: pbx.token, mangoSalt: pbx.extra.salt });
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return {
    host,
    port,
    dataDir: resolve(get('data', 'RELAY_DATA') ?? './data'),
    publicUrl,
    crmToken,
    adminToken,
    providers,
    ...(metricsToken ? { metricsToken } : {}),
    ...(pbx ? { pbx } : {}),
    durability: durability as Durability,
    retentionDays,
    logLevel: get('log-level', 'RELAY_LOG_LEVEL') ?? 'info',
    region,
  };
}
