/**
 * The detector's tables of other countries' national forms ('0555 71-24-93' near 'Кыргызстан'), loaded into this
 * frame only when a text first asks for them: most frames never do, and this script loads into every one of them.
 * They are built apart as ABROAD_FILE (see vite.config.ts), an ES module the extension lists as web-accessible,
 * which is what a content script's import() needs in Chromium.
 */
import { useAbroad } from '../core/phone.ts';

// (Firefox gives content scripts `chrome` too. Called by that name, the linter knows the URL is the extension's own:
// web-ext lint flags an import() of any other expression.)
declare const chrome: { runtime: { getURL(path: string): string } };

const ABROAD_FILE = 'abroad.js';

let loading: Promise<boolean> | undefined;

/** Loads the tables once; resolves false where they could not be (the numbers they read stay unread, nothing else). */
export function loadAbroad(): Promise<boolean> {
  return (loading ??= load());
}

async function load(): Promise<boolean> {
  try {
    // (An orphan, its extension updated or removed, throws here: it goes on without them.)
    useAbroad(await import(/* @vite-ignore */ chrome.runtime.getURL(ABROAD_FILE)));
    return true;
  } catch {
    return false;
  }
}
