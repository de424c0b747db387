/**
 * Settings a company presets and locks through the browser's managed storage (enterprise policy: Chrome's
 * `3rdparty.extensions.<id>`, Firefox's `3rdparty.Extensions.<id>`, see docs/managed-settings.md). Pure: the
 * background reads the policy and the stored settings and asks here what is in force and what is locked.
 * A policy is written by hand by an admin, so each field is checked on its own: a bad value is ignored (the
 * person's own value stays and the field stays editable), never an error.
 */
import type { ProviderId } from '../providers/provider.ts';
import { providerIds } from '../providers/ids.ts';
import { MODES, OPEN_CRM_ON, SITE_MODES, parseExtra, sitePattern, type Settings } from './settings.ts';
import { REGIONS } from './phone.ts';

/** The settings a policy may set, by their names in Settings (and in public/managed_schema.json). */
export const managedFields = ['mode', 'provider', 'pbxUrl', 'relayUrl', 'crmUrlTemplate', 'openCrmOn', 'siteMode', 'sites', 'region'] as const;
export type ManagedField = (typeof managedFields)[number];

export interface Effective {
  settings: Settings;
  /** The fields the policy sets: shown read-only, never overwritten by a save. */
  locked: ManagedField[];
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T | undefined =>
    values.includes(v as T) ? (v as T) : undefined;

/** An http(s) address with a host; trimmed. */
function httpUrl(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  try {
    const url = new URL(s);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? s : undefined;
  } catch {
    return undefined;
  }
}

/** A PBX address as a person may paste it (host, origin or endpoint URL): anything with a readable host. */
function pbxAddress(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const s = v.trim();
  return httpUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`) ? s : undefined;
}

/** A template counts only when it yields an http(s) link (what crmLink opens); an empty one locks "no CRM link". */
function crmTemplate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s === '' || httpUrl(s.replaceAll('{phone}', '79990000000')) ? s : undefined;
}

/** Site lists: every entry must be a host pattern, or the whole list is ignored (a typo must not widen it). */
function siteList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const sites = v.map(sitePattern);
  return sites.every((s): s is string => s !== null) ? [...new Set(sites)] : undefined;
}

const readers: { [K in ManagedField]: (v: unknown) => Settings[K] | undefined } = {
  mode: oneOf(MODES),
  provider: oneOf<ProviderId>(providerIds),
  pbxUrl: pbxAddress,
  relayUrl: httpUrl,
  crmUrlTemplate: crmTemplate,
  openCrmOn: oneOf(OPEN_CRM_ON),
  siteMode: oneOf(SITE_MODES),
  sites: siteList,
  region: oneOf(REGIONS),
};

/** The settings in force: the stored ones with every valid policy value over them, and which fields those are. */
export function applyManaged(stored: Settings, managed: unknown): Effective {
  const policy = managed && typeof managed === 'object' && !Array.isArray(managed) ? (managed as Record<string, unknown>) : {};
  const settings: Settings = { ...stored };
  const locked: ManagedField[] = [];
  for (const field of managedFields) {
    const value = readers[field](policy[field]);
    if (value === undefined) continue;
    (settings as unknown as Record<ManagedField, unknown>)[field] = value;
    locked.push(field);
  }
  // A provider set by the policy keeps only the stored settings that belong to it.
  if (settings.provider !== stored.provider) settings.extra = parseExtra(settings.provider, stored.extra);
  return { settings, locked };
}

/** What to store from a form: the person's values, except that a locked field keeps what was stored before. */
export function keepLocked(form: Settings, stored: Settings, locked: readonly ManagedField[]): Settings {
  const kept: Settings = { ...form };
  for (const field of locked) (kept as unknown as Record<ManagedField, unknown>)[field] = stored[field];
  if (locked.includes('provider') && kept.provider !== form.provider) kept.extra = parseExtra(kept.provider, form.extra);
  return kept;
}
