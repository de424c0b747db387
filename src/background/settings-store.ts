/** Settings in extension storage (never in a page), cached in memory for the hot path of a click. */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../core/settings.ts';

let cached: Promise<Settings> | undefined;

export function getSettings(): Promise<Settings> {
  cached ??= browser.storage.local.get('settings').then(({ settings }) => parseSettings(settings));
  return cached;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ settings });
}

// Another context (the options page) may write settings: drop the cache so the next call reads them.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'settings' in changes) cached = undefined;
});
