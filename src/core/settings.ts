/**
 * The extension's settings: one schema with defaults and versioned migrations. Pure (no browser APIs), so the
 * options page, the background and tests share it. Bad or old stored data falls back to defaults, never throws.
 */
import type { ProviderId } from '../providers/provider.ts';
import { providerIds } from '../providers/ids.ts';

export interface Settings {
  version: 1;
  provider: ProviderId;
  /** PBX address as pasted: host, origin or full endpoint URL. */
  pbxUrl: string;
  /** PBX API key. Lives only in extension storage; never sent to a page. */
  token: string;
  /** PBX login of the manager using this browser, picked from the PBX's accounts list. */
  user: string;
  /** That manager's name as the PBX knows it, for display. */
  userName: string;
}

export const SETTINGS_VERSION = 1;

export const defaultSettings: Readonly<Settings> = Object.freeze({
  version: 1,
  provider: 'itoolabs',
  pbxUrl: '',
  token: '',
  user: '',
  userName: '',
});

/** Each entry upgrades stored data from version `from` to `from + 1`. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 0 → 1: the unversioned prototype stored `apiKey` and `login`.
  0: ({ apiKey, login, ...rest }) => ({ ...rest, token: rest.token ?? apiKey, user: rest.user ?? login, version: 1 }),
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
    version: 1,
    provider,
    pbxUrl: str(data.pbxUrl, ''),
    token: str(data.token, ''),
    user: str(data.user, ''),
    userName: str(data.userName, ''),
  };
}

/** What still has to be filled in before a call can be placed; empty when ready. */
export function missingSettings(s: Settings): Array<'pbxUrl' | 'token' | 'user'> {
  const missing: Array<'pbxUrl' | 'token' | 'user'> = [];
  if (!s.pbxUrl) missing.push('pbxUrl');
  if (!s.token) missing.push('token');
  if (!s.user) missing.push('user');
  return missing;
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
