/**
 * Settings as a file a person can carry to another browser: what goes into it (keys only when asked for), how a file
 * is read back (precise problems instead of a silent fallback), and how it merges with what this browser holds.
 * Pure: the options page does the download, the file picker and the storage.
 */
import { providerFields, providerIds } from '../providers/ids.ts';
import type { ProviderId } from '../providers/provider.ts';
import { MODES, OPEN_CRM_ON, SETTINGS_VERSION, SITE_MODES, parseSettings, pbxAddress, sitePattern, type Settings } from './settings.ts';
import { REGIONS } from './phone.ts';

/** Marks our files, so a random JSON file is refused instead of resetting everything to defaults. */
export const SETTINGS_FILE_FORMAT = 'pbx-click-to-call/settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  settings: Partial<Settings>;
}

/** A secret setting: the PBX key, the agent key, or a provider extra whose descriptor says `secret` (Mango's salt). */
export type SecretKey = 'token' | 'agentKey' | `extra.${string}`;

/** The secrets these settings can hold, by provider descriptors. */
export function secretKeys(provider: ProviderId): SecretKey[] {
  const extras = providerFields[provider].filter((f) => f.secret && f.key !== 'token' && f.key !== 'url').map((f) => `extra.${f.key}` as const);
  return ['token', 'agentKey', ...extras];
}

/** A secret's value in these settings ('' when absent). */
const secretOf = (s: Settings, key: SecretKey): string => (key.startsWith('extra.') ? (s.extra[key.slice(6)] ?? '') : s[key as 'token' | 'agentKey']);

/** What the file holds: everything, minus the secrets unless the person asked for them. Absent, not empty, so import can tell. */
export function exportSettings(s: Settings, includeKeys: boolean): SettingsFile {
  const settings: Partial<Settings> = { ...s, extra: { ...s.extra } };
  if (!includeKeys) {
    for (const key of secretKeys(s.provider)) {
      if (key.startsWith('extra.')) delete settings.extra![key.slice(6)];
      else delete settings[key as 'token' | 'agentKey'];
    }
  }
  return { format: SETTINGS_FILE_FORMAT, settings };
}

/** One thing wrong with a file, for a sentence the person can act on (`field` names the setting). */
export type FileProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'not-settings' }
  | { code: 'newer-version'; detail: string }
  | { code: 'bad-value'; field: string; detail: string };

export type ReadResult = { ok: true; settings: Settings; secretsInFile: SecretKey[] } | { ok: false; problems: FileProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const STRINGS = ['pbxUrl', 'token', 'user', 'userName', 'relayUrl', 'agentKey', 'crmUrlTemplate'] as const;
const CHOICES: Record<string, readonly string[]> = {
  mode: MODES,
  provider: providerIds,
  openCrmOn: OPEN_CRM_ON,
  siteMode: SITE_MODES,
  region: REGIONS,
};

/**
 * Reads a file's text. parseSettings alone would quietly turn a wrong value into a default, and an imported file
 * with a typo would then save settings the person never chose: every value it would drop is reported instead,
 * and a file with any problem is refused whole.
 */
export function readSettingsFile(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: 'not-json', detail: e instanceof Error ? e.message : String(e) }] };
  }
  if (!isObject(data) || data.format !== SETTINGS_FILE_FORMAT || !isObject(data.settings)) return { ok: false, problems: [{ code: 'not-settings' }] };
  const raw = data.settings;
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    return { ok: false, problems: [{ code: 'newer-version', detail: String(raw.version) }] };
  }
  const problems = valueProblems(raw);
  if (problems.length) return { ok: false, problems };
  const settings = parseSettings(raw);
  const secretsInFile = secretKeys(settings.provider).filter((key) => !!secretOf(settings, key));
  return { ok: true, settings, secretsInFile };
}

function valueProblems(raw: Record<string, unknown>): FileProblem[] {
  const problems: FileProblem[] = [];
  const bad = (field: string, value: unknown) => problems.push({ code: 'bad-value', field, detail: JSON.stringify(value)?.slice(0, 60) ?? String(value) });
  for (const field of STRINGS) if (field in raw && typeof raw[field] !== 'string') bad(field, raw[field]);
  for (const [field, allowed] of Object.entries(CHOICES)) if (field in raw && !allowed.includes(raw[field] as string)) bad(field, raw[field]);
  if ('version' in raw && (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 0)) bad('version', raw.version);
  if ('sites' in raw) {
    if (!Array.isArray(raw.sites)) bad('sites', raw.sites);
    else for (const site of raw.sites) if (!sitePattern(site)) bad('sites', site);
  }
  if ('notPhones' in raw) {
    if (!isObject(raw.notPhones)) bad('notPhones', raw.notPhones);
    else {
      for (const [host, list] of Object.entries(raw.notPhones)) {
        if (!Array.isArray(list)) bad(`notPhones.${host}`, list);
        else for (const d of list) if (typeof d !== 'string' || !/^\d{5,15}$/.test(d)) bad(`notPhones.${host}`, d);
      }
    }
  }
  if ('extra' in raw) {
    const provider = providerIds.includes(raw.provider as ProviderId) ? (raw.provider as ProviderId) : 'itoolabs';
    if (!isObject(raw.extra)) bad('extra', raw.extra);
    else {
      for (const [key, value] of Object.entries(raw.extra)) {
        const field = providerFields[provider].find((f) => f.key === key && f.key !== 'url' && f.key !== 'token');
        if (!field || typeof value !== 'string' || (field.options && value.trim() && !field.options.includes(value.trim()))) bad(`extra.${key}`, value);
      }
    }
  }
  return problems;
}

export interface MergeResult {
  settings: Settings;
  /** Secrets the file lacked that this browser's settings supplied. */
  kept: SecretKey[];
  /** Secrets neither had: the person must type them. */
  missing: SecretKey[];
}

/**
 * The imported settings, with each secret the file lacks taken from this browser's settings — but only for the same
 * server: a stored PBX key must never be sent to an address that arrived in a file.
 */
export function mergeImport(current: Settings, imported: Settings, secretsInFile: readonly SecretKey[]): MergeResult {
  const settings: Settings = { ...imported, extra: { ...imported.extra } };
  const kept: SecretKey[] = [];
  const missing: SecretKey[] = [];
  const sameRelay = !!current.relayUrl && current.relayUrl === imported.relayUrl;
  const samePbx = current.provider === imported.provider && !!pbxAddress(current) && pbxAddress(current) === pbxAddress(imported);
  for (const key of secretKeys(imported.provider)) {
    if (secretsInFile.includes(key)) continue;
    const same = key === 'agentKey' ? sameRelay : samePbx;
    const stored = secretOf(current, key);
    // Only the mode in use needs its key: a direct setup does not miss an agent key, nor a relay one a PBX key.
    const needed = imported.mode === 'relay' ? key === 'agentKey' : key !== 'agentKey';
    if (same && stored) {
      if (key.startsWith('extra.')) settings.extra[key.slice(6)] = stored;
      else settings[key as 'token' | 'agentKey'] = stored;
      kept.push(key);
    } else if (needed) missing.push(key);
  }
  return { settings, kept, missing };
}
