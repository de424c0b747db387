/**
 * The extension's settings: one schema with defaults and versioned migrations. Pure (no browser APIs), so the
 * options page, the background and tests share it. Bad or old stored data falls back to defaults, never throws.
 */
import type { ProviderId } from '../providers/provider.ts';
import { providerFields, providerIds } from '../providers/ids.ts';
import { REGIONS, type PhoneRegion } from './phone.ts';

/** The allowed values of each choice, first the default: parsing, policies, files and the UI all take them from here. */
export const MODES = ['direct', 'relay'] as const;
export const OPEN_CRM_ON = ['never', 'ring', 'answer'] as const;
/** Where numbers are found: on every site, only on the listed ones, or everywhere except the listed ones. */
export const SITE_MODES = ['all', 'only', 'except'] as const;
export type Mode = (typeof MODES)[number];
export type OpenCrmOn = (typeof OPEN_CRM_ON)[number];
export type SiteMode = (typeof SITE_MODES)[number];

/** `value` when it is one of `allowed`, else the first of them (the default). */
const choice = <T extends string>(allowed: readonly T[], value: unknown): T => (allowed.includes(value as T) ? (value as T) : allowed[0]!);

export interface Settings {
  version: 4;
  /** direct: this browser holds the PBX key; relay: the company relay holds it and this browser an agent key. */
  mode: Mode;
  provider: ProviderId;
  /** PBX address as pasted: host, origin or full endpoint URL. */
  pbxUrl: string;
  /** PBX API key. Lives only in extension storage; never sent to a page. */
  token: string;
  /**
   * The selected provider's own settings beside address and key (Gravitel `domain`, Sipuni `account`, Mango `salt`…),
   * by the keys of its field descriptors. Some are secrets (Mango's salt): extension storage only, like the token.
   */
  extra: Record<string, string>;
  /** PBX login of the manager using this browser, picked from the PBX's accounts list. */
  user: string;
  /** That manager's name as the PBX knows it, for display. */
  userName: string;
  /** Relay mode: the relay's address and this manager's agent key. */
  relayUrl: string;
  agentKey: string;
  /** Where a client opens in the CRM; `{phone}` is replaced by the E.164 digits. */
  crmUrlTemplate: string;
  /** Open the client in the CRM by itself when the phone rings or when the call is answered. */
  openCrmOn: OpenCrmOn;
  siteMode: SiteMode;
  /** Host patterns for `siteMode`: `crm.example.ru`, `*.amocrm.ru` (the bare domain and every subdomain). */
  sites: string[];
  /** Per host, the digits a person marked "not a phone number" there. */
  notPhones: Record<string, string[]>;
  /** How a number written without its country's code is read (Russia by default; see REGIONS in phone.ts). */
  region: PhoneRegion;
}

/** What content scripts may know (published by the background as `detection`): no key, no address. */
export type Detection = Pick<Settings, 'siteMode' | 'sites' | 'notPhones' | 'region'>;

export const SETTINGS_VERSION = 4;

export const defaultSettings: Readonly<Settings> = Object.freeze({
  version: 4,
  mode: 'direct',
  provider: 'itoolabs',
  pbxUrl: '',
  token: '',
  extra: Object.freeze({}) as Record<string, string>,
  user: '',
  userName: '',
  relayUrl: '',
  agentKey: '',
  crmUrlTemplate: '',
  openCrmOn: 'never',
  siteMode: 'all',
  sites: [],
  notPhones: {},
  region: 'RU',
});

/** Each entry upgrades stored data from version `from` to `from + 1`. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 0 → 1: the unversioned prototype stored `apiKey` and `login`.
  0: ({ apiKey, login, ...rest }) => ({ ...rest, token: rest.token ?? apiKey, user: rest.user ?? login, version: 1 }),
  // 1 → 2: relay mode and the CRM link arrived; existing installs stay direct.
  1: (old) => ({ ...old, mode: 'direct', version: 2 }),
  // 2 → 3: per-site modes and "not a phone number" arrived; numbers stay found everywhere.
  2: (old) => ({ ...old, siteMode: 'all', sites: [], notPhones: {}, version: 3 }),
  // 3 → 4: providers with settings beyond address and key arrived; an existing install has none of them.
  3: (old) => ({ ...old, extra: {}, version: 4 }),
};

const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v.trim() : fallback);

/** Reads whatever storage holds into valid Settings. */
export function parseSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return { ...defaultSettings };
  let data = stored as Record<string, unknown>;
  let version = typeof data.version === 'number' ? data.version : 0;
  while (version < SETTINGS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { ...defaultSettings };
    data = migrate(data);
    version++;
  }
  const provider = providerIds.includes(data.provider as ProviderId) ? (data.provider as ProviderId) : defaultSettings.provider;
  return {
    version: 4,
    mode: choice(MODES, data.mode),
    provider,
    pbxUrl: str(data.pbxUrl, ''),
    token: str(data.token, ''),
    extra: parseExtra(provider, data.extra),
    user: str(data.user, ''),
    userName: str(data.userName, ''),
    relayUrl: str(data.relayUrl, ''),
    agentKey: str(data.agentKey, ''),
    crmUrlTemplate: str(data.crmUrlTemplate, ''),
    openCrmOn: choice(OPEN_CRM_ON, data.openCrmOn),
    ...parseDetection(data),
  };
}

/** The keys of a provider's own settings (its field descriptors other than the address and the key). */
export const extraFields = (provider: ProviderId) => providerFields[provider].filter((f) => f.key !== 'url' && f.key !== 'token');

/**
 * A provider's own settings, kept only under that provider's descriptor keys: strings, trimmed, empty ones dropped,
 * a closed list's value only when it is one of its options.
 */
export function parseExtra(provider: ProviderId, stored: unknown): Record<string, string> {
  const data = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const extra: Record<string, string> = {};
  for (const field of extraFields(provider)) {
    const value = typeof data[field.key] === 'string' ? (data[field.key] as string).trim() : '';
    if (!value || (field.options && !field.options.includes(value))) continue;
    extra[field.key] = value;
  }
  return extra;
}

/** The PBX address in use: the one typed, or the provider's own cloud address when it has one and none was typed. */
export function pbxAddress(s: Pick<Settings, 'provider' | 'pbxUrl'>): string {
  return s.pbxUrl || (providerFields[s.provider].find((f) => f.key === 'url')?.default ?? '');
}

/** The detection part of settings (or of the published `detection` object), always valid. */
export function parseDetection(stored: unknown): Detection {
  const data = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const siteMode = choice(SITE_MODES, data.siteMode);
  const sites = Array.isArray(data.sites) ? [...new Set(data.sites.map(sitePattern).filter((h): h is string => !!h))] : [];
  const notPhones: Record<string, string[]> = {};
  if (data.notPhones && typeof data.notPhones === 'object' && !Array.isArray(data.notPhones)) {
    for (const [host, list] of Object.entries(data.notPhones as Record<string, unknown>)) {
      const digits = Array.isArray(list) ? [...new Set(list.filter((d): d is string => typeof d === 'string' && /^\d{5,15}$/.test(d)))] : [];
      if (host && digits.length) notPhones[host.toLowerCase()] = digits;
    }
  }
  return { siteMode, sites, notPhones, region: choice(REGIONS, data.region) };
}

/** A host pattern as a person types it (`https://crm.example.ru/deals`, `*.amocrm.ru`) → `crm.example.ru`, `*.amocrm.ru`. */
export function sitePattern(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let s = raw.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return /^(\*\.)?[a-z0-9\u0400-\u04ff-]+(\.[a-z0-9\u0400-\u04ff-]+)*$/.test(s) ? s : null;
}

/** Whether a host matches a pattern: exact, or `*.example.ru` for example.ru and any subdomain of it. */
export function hostMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return h === pattern;
  const base = pattern.slice(2);
  return h === base || h.endsWith(`.${base}`);
}

/** Whether numbers are found on this host under the person's site mode. */
export function siteEnabled(settings: Pick<Settings, 'siteMode' | 'sites'>, host: string): boolean {
  if (settings.siteMode === 'all') return true;
  const listed = settings.sites.some((p) => hostMatches(p, host));
  return settings.siteMode === 'only' ? listed : !listed;
}

/**
 * The host a frame's marks are kept under, as the content script there reads its site: the frame's own host, a
 * blob: frame's inner one, and the page's for a frame without a host (about:srcdoc, about:blank: a mail viewer's).
 */
export function frameSite(frameUrl: string | undefined, pageUrl: string | undefined): string | null {
  for (const url of [frameUrl, pageUrl]) {
    try {
      const host = url ? new URL(url.startsWith('blob:') ? url.slice(5) : url).hostname : '';
      if (host) return host;
    } catch {
      // not a URL: the next one
    }
  }
  return null;
}

/** Settings with `digits` marked "not a phone number" on `host`. */
export function markNotPhone<T extends Detection>(settings: T, host: string, digits: string): T {
  const key = host.toLowerCase();
  const list = settings.notPhones[key] ?? [];
  if (list.includes(digits)) return settings;
  return { ...settings, notPhones: { ...settings.notPhones, [key]: [...list, digits] } };
}

/** Settings with that mark taken back. */
export function unmarkNotPhone<T extends Detection>(settings: T, host: string, digits: string): T {
  const list = (settings.notPhones[host] ?? []).filter((d) => d !== digits);
  const notPhones = { ...settings.notPhones };
  if (list.length) notPhones[host] = list;
  else delete notPhones[host];
  return { ...settings, notPhones };
}

type Required = 'pbxUrl' | 'token' | 'user' | 'relayUrl' | 'agentKey';

/**
 * What still has to be filled in before a call can be placed; empty when ready. In direct mode that includes the
 * provider's own required settings, as `extra.<key>`; the address only when the provider has no default one.
 */
export function missingSettings(s: Settings): (Required | `extra.${string}`)[] {
  if (s.mode === 'relay') return (['relayUrl', 'agentKey'] as const).filter((key) => !s[key]);
  const missing: (Required | `extra.${string}`)[] = [];
  if (!pbxAddress(s)) missing.push('pbxUrl');
  if (!s.token) missing.push('token');
  for (const field of extraFields(s.provider)) if (!field.optional && !s.extra[field.key]) missing.push(`extra.${field.key}`);
  if (!s.user) missing.push('user');
  return missing;
}

/** The address the background talks to in this mode (the PBX — typed or the provider's default —, or the relay). */
export const serverUrl = (s: Settings) => (s.mode === 'relay' ? s.relayUrl : pbxAddress(s));

/** The CRM link for a client, or null when no template is set. Only http(s) links are opened. */
export function crmLink(template: string, digits: string): string | null {
  if (!template.trim()) return null;
  const url = template.trim().replaceAll('{phone}', encodeURIComponent(digits));
  return /^https?:\/\//i.test(url) ? url : null;
}

/**
 * A pairing link from the relay admin (`pbxrelay://relay.example.ru/?key=…` or the same with http/https):
 * the relay address and the agent key in one paste. Null when the text is not such a link.
 */
export function parsePairingLink(text: string): { relayUrl: string; agentKey: string } | null {
  const raw = text.trim();
  const m = /^(pbxrelay|https?):\/\/([^/?#]+)[^?#]*[?#](.*)$/i.exec(raw);
  if (!m) return null;
  const key = new URLSearchParams(m[3]).get('key');
  if (!key) return null;
  const host = m[2]!;
  const local = /^(127\.|localhost|\[::1\])/i.test(host);
  const scheme = m[1]!.toLowerCase() === 'pbxrelay' ? (local ? 'http' : 'https') : m[1]!.toLowerCase();
  return { relayUrl: `${scheme}://${host}`, agentKey: key };
}

/**
 * The origin the browser must be allowed to reach for this PBX address, as a host-permission pattern
 * (`https://vats1.megapbx.ru/*`). Null when the address can't be read.
 */
export function originPattern(pbxUrl: string): string | null {
  const raw = pbxUrl.trim();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}
