/**
 * A stronger highlight over the number under the mouse, so a person sees it is clickable. A read-only input
 * holding a number can't be painted inside: it gets a pointer cursor instead, from a constructed stylesheet we
 * adopt (no element or attribute is added to the page); if the browser refuses that, it stays callable without.
 *
 * Numbers in text get no cursor: a stylesheet change that could reach any element (`* { cursor: pointer }`, also
 * `:hover { … }`) makes the browser recompute the style of the whole page, each time the pointer enters or leaves
 * a number — measured in Chromium on a 5,000-row table, ~110 ms a time (60 ms for a rule on `:root` or on the
 * cell's tag, ~6 ms for one that matches nothing). The rule for inputs names only read-only and disabled ones.
 */
import type { PhoneIndex } from './matches.ts';
import { onceAFrame } from './once-a-frame.ts';

export function trackHover(index: PhoneIndex, signal: AbortSignal): void {
  const hover = typeof Highlight === 'function' ? new Highlight() : undefined;
  if (hover) CSS.highlights.set('pbx-phone-hover', hover);
  /** Undefined until the first input holding a number is hovered; null where the browser refused it. */
  let cursor: CSSStyleSheet | null | undefined;
  let last: { x: number; y: number; target: EventTarget | null } = { x: -1, y: -1, target: null };
  let current: StaticRange | HTMLInputElement | undefined;

  const check = onceAFrame(() => {
    const found = index.noneAt(last.target) ? undefined : index.at(last.x, last.y, last.target);
    const hit = found?.range ?? found?.input;
    if (hit === current) return;
    const wasInput = current instanceof HTMLInputElement;
    current = hit;
    hover?.clear();
    if (found?.range) hover?.add(found.range);
    const onInput = hit instanceof HTMLInputElement;
    if (onInput === wasInput) return;
    // (Made on the first such input: most pages never get the sheet.)
    if (onInput) cursor ??= adoptCursorSheet();
    cursor?.replaceSync(onInput ? INPUT_CURSOR : '');
  });

  addEventListener(
    'pointermove',
    (e) => {
      // (The innermost target only where it differs: an open shadow root's host. composedPath() on every move
      // cost as much as the rest of this handler.)
      const target = e.target;
      last = { x: e.clientX, y: e.clientY, target: target instanceof Element && target.shadowRoot ? (e.composedPath()[0] ?? null) : target };
      check();
    },
    { passive: true, signal },
  );
  // (Listening again after document.open(): this round's sheet and hover go, the next round makes its own.)
  signal.addEventListener('abort', () => {
    hover?.clear();
    if (cursor) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== cursor);
  });
}

const INPUT_CURSOR = 'input:is([readonly], [disabled]):hover { cursor: pointer !important; }';

function adoptCursorSheet(): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}
