/**
 * The person's detection settings (site mode, numbers marked "not a phone number"), asked for as early as a frame
 * allows. Until they answer nothing is painted and nothing calls (index.ts), and asked when the content script
 * proper starts (document_idle, once the page is parsed) the answer took a round trip more: 5–8 ms in Chromium,
 * 20–45 ms in Firefox — there most of the time until the numbers in view showed. So a small script at
 * document_start asks (early.ts), and leaves the answer where index.ts finds it: content scripts of one extension
 * share their world in a frame, apart from the page's.
 */
import { ext } from '../ui/shared/ext.ts';

interface Early {
  detection: Promise<unknown>;
  stop(): void;
}

const KEY = '__pbxClickToCallDetection';
const shared = globalThis as Record<string, unknown>;

/** Never rejects: a failed read means defaults, as parseDetection makes of nothing. */
const read = () =>
  ext.storage.local.get('detection').then(
    ({ detection }) => detection,
    () => undefined,
  );

/** At document_start (early.ts). */
export function askEarly(): void {
  const early: Early = { detection: read(), stop: () => ext.storage.onChanged.removeListener(follow) };
  // (Changed before index.ts listens itself: the newer value is the answer.)
  const follow = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && 'detection' in changes) early.detection = Promise.resolve(changes.detection?.newValue);
  };
  ext.storage.onChanged.addListener(follow);
  shared[KEY] = early;
}

/**
 * The settings asked at document_start, or asked now where that script did not run (the content script injected
 * into a tab already open, after an update). Taken once: index.ts follows later changes itself, from here on —
 * called in the same task as it starts listening, so no change falls between the two.
 */
export function detectionSettings(): Promise<unknown> {
  const early = shared[KEY] as Early | undefined;
  delete shared[KEY];
  early?.stop();
  return early?.detection ?? read();
}
