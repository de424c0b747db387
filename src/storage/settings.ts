/**
 * Settings in extension storage (never in a page), cached in memory for the hot path of a click, under the
 * company's policy (managed storage, see core/managed.ts): what callers get is what is in force. Shared by the
 * background and the extension's own pages (options, setup), never by content scripts.
 */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../core/settings.ts';
import { applyManaged, keepLocked, type Effective } from '../core/managed.ts';

let cached: Promise<Effective> | undefined;

/** The admin's policy; {} when there is none — storage.managed.get then rejects (Firefox always does). */
async function readPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}
const readStored = async () => parseSettings((await browser.storage.local.get('settings')).settings);

/** The settings in force and the fields the policy locks (the options page shows those read-only). */
export function getEffective(): Promise<Effective> {
  cached ??= Promise.all([readStored(), readPolicy()]).then(([stored, policy]) => applyManaged(stored, policy));
  return cached;
}

export const getSettings = async (): Promise<Settings> => (await getEffective()).settings;

/** Stores the person's settings; a field the policy locks keeps its stored value, whatever the caller passed. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { locked } = await getEffective();
  await browser.storage.local.set({ settings: keepLocked(settings, await readStored(), locked) });
}

/** Whether a storage change may change the settings in force (the stored ones, or the policy). */
export const settingsChanged = (changes: Record<string, unknown>, area: string) => (area === 'local' && 'settings' in changes) || area === 'managed';

// Another context (the options page) may write settings, an admin may change the policy: drop the cache so
// the next call reads them.
browser.storage.onChanged.addListener((changes, area) => {
  if (settingsChanged(changes, area)) cached = undefined;
});
