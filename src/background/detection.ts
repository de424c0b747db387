/**
 * Content scripts never read settings (the PBX key lives there): the background publishes only what finding
 * numbers needs — the site mode, the site list, the "not a phone number" marks, the default region — as `detection`.
 */
import browser from 'webextension-polyfill';
import type { Detection } from '../core/settings.ts';
import { getSettings } from '../storage/settings.ts';

export async function publishDetection(): Promise<void> {
  const { siteMode, sites, notPhones, region } = await getSettings();
  const detection: Detection = { siteMode, sites, notPhones, region };
  await browser.storage.local.set({ detection });
}
