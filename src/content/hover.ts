/**
 * A pointer cursor and a stronger highlight over the number under the mouse, so a person sees it is clickable.
 * The cursor comes from a constructed stylesheet we adopt (no element or attribute is added to the page); if the
 * browser refuses that, numbers stay callable without the cursor. A read-only input holding a number can't be
 * painted inside: it gets the cursor only.
 */
import type { PhoneIndex } from './matches.ts';

export function trackHover(index: PhoneIndex, signal: AbortSignal): void {
  const hover = typeof Highlight === 'function' ? new Highlight() : undefined;
  if (hover) CSS.highlights.set('pbx-phone-hover', hover);
  const cursor = adoptCursorSheet();
  let pending = false;
  let last: { x: number; y: number; target: EventTarget | null } = { x: -1, y: -1, target: null };
  let current: StaticRange | HTMLInputElement | undefined;

  addEventListener(
    'pointermove',
    (e) => {
      last = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] ?? null };
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const found = index.at(last.x, last.y, last.target);
        const hit = found?.range ?? found?.input;
        if (hit === current) return;
        current = hit;
        hover?.clear();
        if (found?.range) hover?.add(found.range);
        cursor?.replaceSync(hit ? '* { cursor: pointer !important; }' : '');
      });
    },
    { passive: true, signal },
  );
  // (Listening again after document.open(): this round's sheet and hover go, the next round makes its own.)
  signal.addEventListener('abort', () => {
    hover?.clear();
    if (cursor) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== cursor);
  });
}

function adoptCursorSheet(): CSSStyleSheet | undefined {
  try {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return undefined;
  }
}
