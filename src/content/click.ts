/**
 * Turns a person's click on a number into a call. Only trusted events count (`isTrusted` is false for anything a
 * page script dispatches), a drag that selects text is not a click, and the page never sees the click we took.
 *
 * The decision is made on `pointerup`, not `click`: a CRM that re-renders its list between press and release
 * replaces the node under the mouse, and then the browser fires no `click` at all; and a disabled input (CRM
 * cards show numbers in them) gets pointer events but no mouse events, in Chromium and Firefox alike.
 * The `click` that does follow is swallowed so a number inside a link does not also navigate, and so is a
 * double-click's second one at the same spot: a CRM row must not open under a number that was just called.
 */
import type { PhoneIndex } from './matches.ts';

const TOLERANCE_PX = 4;
const SWALLOW_MS = 800;

export function listenForCalls(index: PhoneIndex, call: (phone: string) => void, signal: AbortSignal): void {
  let down: { x: number; y: number } | undefined;
  let swallow = { until: 0, x: 0, y: 0 };
  const opts = { capture: true, signal };
  const plain = (e: PointerEvent) => e.isTrusted && e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

  addEventListener('pointerdown', (e) => (down = plain(e) && e.isPrimary ? { x: e.clientX, y: e.clientY } : undefined), opts);

  addEventListener(
    'pointerup',
    (e) => {
      const start = down;
      down = undefined;
      // Off on this site (or not known yet): tel: links too are left to the browser.
      if (!start || !index.enabled || !plain(e) || Math.hypot(e.clientX - start.x, e.clientY - start.y) > TOLERANCE_PX) return;
      const target = e.composedPath()[0];
      const found = selectingText() ? undefined : index.at(e.clientX, e.clientY, target);
      // (E.164 with its '+': see the 'call' message.)
      const phone = telLink(e) ?? (found && `+${found.digits}`);
      if (!phone) return;
      // A disabled input gets no click to swallow: the person's next click elsewhere must not be eaten.
      const until = target instanceof HTMLInputElement && target.disabled ? 0 : performance.now() + SWALLOW_MS;
      swallow = { until, x: e.clientX, y: e.clientY };
      call(phone);
    },
    opts,
  );

  addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      if (performance.now() < swallow.until && Math.hypot(e.clientX - swallow.x, e.clientY - swallow.y) <= TOLERANCE_PX) {
        e.preventDefault();
        e.stopImmediatePropagation();
        return;
      }
      // A tel: link activated from the keyboard (Enter) has no mouseup before its click.
      const phone = e.detail === 0 && index.enabled ? telLink(e) : undefined;
      if (!phone) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      call(phone);
    },
    opts,
  );
}

function selectingText(): boolean {
  const selection = getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/** `tel:`, `callto:` and `sip:` links call through the PBX instead of the OS handler. */
function telLink(e: Event): string | undefined {
  for (const el of e.composedPath()) {
    if (el instanceof HTMLAnchorElement || el instanceof SVGAElement) {
      const href = (el.getAttribute('href') ?? '').trim();
      const m = /^(?:tel|callto|sip):(.+)$/i.exec(href);
      if (m?.[1]) return safeDecode(m[1].split(/[;?@]/)[0] ?? '');
      return undefined;
    }
  }
  return undefined;
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
