/**
 * Noticing that the computer slept. The minute alarm ticks all the time the computer is awake (a stopped
 * background is woken for it), so a long gap between two ticks means the lid was closed; what the PBX holds may
 * have changed meanwhile (DND switched from a desk phone or the cabinet). Kept in session storage: a browser
 * restart starts afresh, and pages' content scripts are not told of each tick.
 */
import browser from 'webextension-polyfill';

const KEY = 'lastTick';
/** Three missed minute ticks: longer than any pause of a busy browser, shorter than a coffee break's sleep. */
const SLEPT_MS = 3 * 60_000;

/** Records this tick; true when the previous one was so long ago that the computer must have slept between. */
export async function wokeFromSleep(now = Date.now()): Promise<boolean> {
  const last = (await browser.storage.session.get(KEY))[KEY];
  await browser.storage.session.set({ [KEY]: now });
  return typeof last === 'number' && now - last > SLEPT_MS;
}
