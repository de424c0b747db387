/**
 * Content script, in every frame: observe the page's text → match phone numbers → show them as callable
 * (a highlight painted over the text) → on a person's click, ask the background to call.
 */
import { formatPhone } from '../core/phone.ts';
import { errorText, fixInSettings, t } from '../ui/shared/i18n.ts';
import { request, send } from '../ui/shared/send.ts';
import { PhoneIndex } from './matches.ts';
import { Scanner } from './scanner.ts';
import { listenForCalls } from './click.ts';
import { TOAST_TAG, isToastHost, readToastStrings, showToast } from './toast.ts';
import { trackHover } from './hover.ts';
import { keepPresence } from './presence.ts';
import { CARD_TAG, hideCardFrame, isCardHost, showCardFrame } from './card-frame.ts';
import type Browser from 'webextension-polyfill';
import { ext } from '../ui/shared/ext.ts';
import type { ContentCommand } from '../core/messages.ts';
import { frameSite, parseDetection, siteEnabled } from '../core/settings.ts';
import { adoptHighlightStyles } from './shadow-styles.ts';
import { detectionSettings } from './early-settings.ts';
import { loadAbroad } from './abroad.ts';

/** A page opts out as a whole with `<html data-no-phone-links>` (or any part of it with the same attribute). */
const optedOut = () => document.documentElement?.hasAttribute('data-no-phone-links');

/**
 * An update or a reload of the extension orphans the content scripts in pages already open: nothing they ask of
 * the extension is answered any more. New ones come into open tabs: from the background in Chromium
 * (background/reinject.ts), from Firefox itself. Each announces itself on its document as it starts, and one
 * already there that hears it stands down: no second click handler, no highlight of its own. (An orphan cannot tell
 * it is one in time: in Chromium the new script may come before the old one's extension is gone for it. And there
 * a page loading during the update may get the script twice, from the manifest and from the background.) A page could send this event to turn us off
 * in itself, as it can with `data-no-phone-links`. An orphan clicked before a new one came says to reload the page.
 */
const STARTED = 'pbx-click-to-call:started';
/** A User Timing mark: from here on this page's numbers call when clicked (see followDetection). */
const CALLABLE = 'pbx-click-to-call:callable';
/** What calls without being a number in the page's text (see click.ts, matches.ts). */
const CALLABLE_ELSEWHERE = 'a[href^="tel:" i], a[href^="callto:" i], a[href^="sip:" i], input[readonly], input[disabled]';

/** Whether this script's extension is still there for it (an orphan's runtime has no id, or throws). */
const alive = () => {
  try {
    return !!ext.runtime?.id;
  } catch {
    return false;
  }
};

function main(): void {
  if (!document.documentElement) return;
  // (Before our own listener is added: we do not hear ourselves.)
  document.dispatchEvent(new Event(STARTED));
  sweepLeftovers();
  const index = new PhoneIndex('pbx-phone');
  const scanner = new Scanner(index, (node) => isToastHost(node) || isCardHost(node), adoptHighlightStyles);
  // What an orphan says is read ahead, while the extension is there: an orphan can no longer read its strings.
  // Only where there is something to click, once the page is idle: a page's first read of a string costs Chromium
  // a synchronous round trip to the browser (2–3 ms), and most frames have no number at all.
  let reloadText = '';
  const readStrings = () => {
    if (reloadText || !alive()) return;
    reloadText = t('extensionReloaded');
    readToastStrings();
  };
  index.onFirstNumber = () => whenIdle(readStrings);
  // (A text that needs other countries' tables is read again once they are here: see abroad.ts.)
  index.onAbroad = () =>
    void loadAbroad().then((loaded) => {
      if (!loaded) index.onAbroad = undefined; // (their numbers stay unread; nothing more to keep for them)
      else if (live()) scanner.reread(index.unreadAbroad);
      index.unreadAbroad.clear();
    });
  whenIdle(() => document.querySelector(CALLABLE_ELSEWHERE) && readStrings());
  // A single-page app may render its links later: a frame the person uses (a press anywhere in it) reads them too.
  const pressed = new AbortController();
  const onPress = (e: Event) => e.isTrusted && (pressed.abort(), whenIdle(readStrings));
  addEventListener('pointerdown', onPress, { capture: true, passive: true, signal: pressed.signal });
  let stood = false;
  /** Still the one at work here: not stood down, and its extension still there. */
  const live = () => !stood && alive();
  const standDown = () => {
    stood = true;
    stopListening();
    scanner.stop();
    index.enabled = false;
    index.clear();
    index.painter.release();
    // (Its card would hear no hide: the one at work shows its own. A toast goes by its own timer.)
    hideCardFrame();
  };
  const callOrSay = (phone: string) => {
    if (alive()) return void call(phone);
    standDown();
    if (reloadText) showToast({ kind: 'error', text: reloadText }, 12000);
  };
  const stopListening = listenToPerson(index, callOrSay, standDown);
  followDetection(index, scanner, live);
  if (window === window.top) listenForCards(live);
}

/**
 * The toast or card an earlier copy of this script left on the page: after an update Firefox takes the old script
 * away but not what it added, and a copy cut off from its extension in Chromium hears no hide. Ours hang off <html>.
 */
function sweepLeftovers(): void {
  for (const el of [...document.documentElement.children]) if (el.localName === TOAST_TAG || el.localName === CARD_TAG) el.remove();
}

/**
 * Clicks, the pointer, and a newer instance of this script starting. A mail viewer that writes a letter into an
 * empty frame with `document.open()` erases every listener of that window and document: they are added again once
 * the document's children were replaced (the scan goes on by itself: its observer survives). Returns a stop.
 */
function listenToPerson(index: PhoneIndex, call: (phone: string) => void, onAnotherStarted: () => void): () => void {
  let controller: AbortController | undefined;
  const listen = () => {
    controller?.abort();
    controller = new AbortController();
    listenForCalls(index, call, controller.signal);
    trackHover(index, controller.signal);
    document.addEventListener(STARTED, onAnotherStarted, { signal: controller.signal });
  };
  listen();
  const observer = new MutationObserver(listen);
  observer.observe(document, { childList: true });
  return () => {
    observer.disconnect();
    controller?.abort();
  };
}


/**
 * Scans only where the person's site mode allows, and drops numbers marked "not a phone number" on this site —
 * both live, from the small `detection` object the background publishes (no settings are read here).
 */
function followDetection(index: PhoneIndex, scanner: Scanner, live: () => boolean): void {
  // (A frame without a host of its own — about:blank, about:srcdoc, data:, sandboxed or not, a CRM's mail viewer —
  // follows the page that holds it, as the context menu's marks do.)
  const host = frameSite(location.href, location.ancestorOrigins?.[0]) ?? '';
  // The scan starts while the settings may be on their way (asked at document_start, else now: see
  // early-settings.ts): nothing is painted until they say this site is on, and if it is off the scan stops and
  // what it found is dropped unseen. Nothing is callable meanwhile either: a click in those milliseconds on a
  // site the person excluded must not call.
  const settings = detectionSettings();
  let running = !optedOut();
  index.painter.hold = true;
  index.enabled = false;
  if (running) scanner.start(document);
  const apply = (value: unknown) => {
    if (!live()) return;
    const detection = parseDetection(value);
    const enabled = !optedOut() && siteEnabled(detection, host);
    // (The moment a click on any number calls, for the benchmark: the page can tell we are here anyway, see STARTED.)
    if (enabled && !index.enabled) performance.mark?.(CALLABLE);
    index.enabled = enabled;
    if (!enabled) {
      if (running) scanner.stop();
      index.clear();
      index.setIgnored(detection.notPhones[host] ?? []);
      running = false;
      return;
    }
    index.painter.hold = false;
    const unmarked = index.setIgnored(detection.notPhones[host] ?? []);
    const reread = index.setRegion(detection.region);
    if (!running || unmarked || reread) {
      if (running) scanner.stop();
      scanner.start(document);
    }
    running = true;
  };
  settings.then(apply);
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'detection' in changes) apply(changes.detection?.newValue);
  });
}

/** Cards are shown in the top frame only, and only when the background says so (by the instance at work: see STARTED). */
function listenForCards(live: () => boolean): void {
  keepPresence();
  // (Answered through sendResponse, at once: Chromium's own API takes no promise from a listener.)
  const answer = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    if (!live() || sender.id !== ext.runtime.id) return;
    const command = message as ContentCommand;
    if (command.type === 'selection:get') return sendResponse(getSelection()?.toString().slice(0, 100) ?? '');
    if (command.type === 'card:show') showCardFrame();
    else if (command.type === 'card:hide') hideCardFrame();
    else return;
    sendResponse(true);
  };
  ext.runtime.onMessage.addListener(answer as Browser.Runtime.OnMessageListener);
}

async function call(phone: string): Promise<void> {
  // (A found number comes as '+' and its digits; a tel: link's is shown as the page wrote it. The background reads
  // either: the detector's normalising stays out of this script, which loads into every frame.)
  showToast({ kind: 'info', text: t('calling', phone.startsWith('+') ? formatPhone(phone) : phone) });
  // An extension updated or removed under this page leaves this script unable to reach it: `no-answer` says so.
  const result = await request('call', { phone });
  if (result.ok) {
    showToast({ kind: 'info', text: t('callPlaced', formatPhone(result.digits)) });
    return;
  }
  const error = result.error;
  showToast(
    {
      kind: 'error',
      text: errorText(error),
      action: fixInSettings(error) ? { label: t('openSettings'), run: () => void send('open-options', {}) } : undefined,
    },
    12000,
  );
}

const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500));

main();
