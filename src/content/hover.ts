/**
 * A pointer cursor and a stronger highlight over the number under the mouse, so a person sees it is clickable.
 * The cursor comes from a constructed stylesheet we adopt (no element is added to the page); if the browser
 * refuses that, numbers stay callable without the cursor.
 */
import type { PhoneIndex } from './matches.ts';

export function trackHover(index: PhoneIndex, signal: AbortSignal): void {
  const hover = typeof Highlight === 'function' ? new Highlight() : undefined;
  if (hover) CSS.highlights.set('pbx-phone-hover', hover);
  const cursor = adoptCursorSheet();
  let pending = false;
  let last: { x: number; y: number } = { x: -1, y: -1 };
  let current: Range | undefined;

  addEventListener(
    'mousemove',
    (e) => {
      last = { x: e.clientX, y: e.clientY };
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const hit = index.at(last.x, last.y)?.range;
        if (hit === current) return;
        current = hit;
        hover?.clear();
        if (hit) hover?.add(hit);
        cursor?.replaceSync(hit ? '* { cursor: pointer !important; }' : '');
      });
    },
    { passive: true, signal },
  );
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
