/**
 * Paints the numbers found with the CSS Custom Highlight API (no node is added to the page).
 *
 * Measured in Chromium on a 5,000-row table: every change to a highlight costs the next frame a pass over the
 * whole page (~30 ms there, whatever the change) plus ~12 ms per 1,000 ranges in the highlight, so 10,000
 * ranges make every later change of the page a 130–280 ms frame. Hence changes are batched into few flushes,
 * and on a page with many numbers only those in a window around the viewport are in the highlight. The window
 * moves with scrolling in big steps: it is recomputed only when the viewport comes within a viewport of its
 * edge, so a long scroll changes the highlight a few times, not every frame. (An IntersectionObserver on every
 * block did this before: on that table it cost ~6 ms of every scrolled frame, and its flushes every 50 ms
 * another ~20: scrolling took 4–5 times the page's own main-thread time.)
 * All numbers stay found and clickable (matches.ts hit-tests its own index, not the highlight).
 * (Those figures are from when numbers were underlined. A text decoration also made Chromium recompute the whole
 * table's visual overflow at each change: with the tint (highlight.css) a change of the hover highlight there
 * costs ~16 ms instead of ~38.)
 */
import type { PhoneRange } from './matches.ts';
import { onceAFrame } from './once-a-frame.ts';

/** Above this many numbers on the page, only those near the viewport are painted. */
const NEAR_ONLY_ABOVE = 500;
/** "Near" for a scan: within one and a half viewports above or below (what the first walk covers). */
export const NEAR_VIEWPORTS = 1.5;
/** Once the person scrolls, the window reaches this far on either side: a few changes for a long scroll. */
const FAR_VIEWPORTS = 6;
/** The window is moved when the viewport comes this close to its edge (the lead a fast scroll needs). */
const LEAD_VIEWPORTS = 1;
/**
 * After the page adds or removes elements or changes size, the window is checked this much later, and not more
 * often: each check measures every block (~12 ms for 5,000), and a page may change its rows all the time.
 */
const SHIFT_MS = 1000;
/**
 * Blocks handed to a placement's IntersectionObserver per frame, over at most so many frames (what the window's lead
 * leaves a fast scroll). All 5,000 of a big table in one frame made it a 33–50 ms frame in Firefox (the browser
 * measuring them, then us reading 5,000 entries), at every placement.
 */
const PLACE_PER_FRAME = 1000;
const PLACE_FRAMES = 5;

export class Painter {
  readonly highlight: Highlight | undefined;
  private toAdd = new Set<PhoneRange>();
  private toDelete = new Set<PhoneRange>();
  private count = 0;
  /** Only near the viewport: the blocks whose numbers are in the highlight (undefined: every block's are). */
  private painted: Set<Node> | undefined;
  /** A block was found outside the window: the window is recomputed when the scan is over. */
  private unplaced = false;
  /** The window's half-height beyond the viewport, in viewports. */
  private reach = NEAR_VIEWPORTS;
  /** Where each scroller (the document, or a scrolling element) was when the window was last placed (none: never). */
  private positions = new Map<EventTarget, number>();
  private scrolled = new Set<EventTarget>();
  /** Whether the scrollers moved far enough to move the window: once a frame (see once-a-frame.ts). */
  private checkScrolled = onceAFrame(() => this.check());
  private listening: AbortController | undefined;
  /** The window being placed (its blocks measured a batch a frame: see place()). */
  private placing: { stop(): void } | undefined;
  private shiftTimer: ReturnType<typeof setTimeout> | undefined;
  /** Watches the sizes of the document and of what scrollers hold, for layout changes that move rows (heights as last seen). */
  private resized: ResizeObserver | undefined;
  private heights = new Map<Element, number | undefined>();
  /** While true nothing is painted (the settings may yet say this site is off). */
  hold = false;

  constructor(
    private name: string,
    private rangesOf: (block: Node) => readonly PhoneRange[] | undefined,
    private blocks: () => Iterable<Node>,
  ) {
    // Chromium 105+, Firefox 140+.
    if (typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights) {
      this.highlight = new Highlight();
      CSS.highlights.set(name, this.highlight);
    }
  }

  /**
   * A block's numbers changed from `old` to `next` (either may be empty). `near`: the block is known to be in or
   * near the viewport — painted at once even where only such blocks are, instead of when the window is next placed.
   */
  update(block: Node, old: readonly PhoneRange[] | undefined, next: readonly PhoneRange[], near = false): void {
    if (old) for (const r of old) this.unpaint(r);
    this.count += next.length - (old?.length ?? 0);
    if (!next.length) {
      this.painted?.delete(block);
      return;
    }
    if (this.count > NEAR_ONLY_ABOVE) this.nearOnlyNow();
    // (Text right in the document or a shadow root has no box to place: it is always painted.)
    if (this.painted && block.nodeType === 1 && !this.painted.has(block)) {
      if (!near) {
        this.unplaced = true;
        return;
      }
      this.painted.add(block);
    }
    for (const r of next) this.paint(r);
  }

  /** Applies the queued changes in one go: one repaint however many ranges changed. */
  flush(): void {
    const hl = this.highlight;
    if (this.hold || !hl || (!this.toAdd.size && !this.toDelete.size)) return;
    // Each change to a registered highlight does work of its own in Chromium: change it unregistered, in one
    // task (nothing is painted in between).
    CSS.highlights.delete(this.name);
    for (const r of this.toDelete) if (r.existing) hl.delete(r.existing);
    for (const r of this.toAdd) hl.add(r.range);
    CSS.highlights.set(this.name, hl);
    this.toAdd.clear();
    this.toDelete.clear();
  }

  /**
   * A scan is over: blocks it found outside the window get their place (some pages are not laid out in order).
   * The page's first scan places the window at once, and cuts down the many a first walk painted as near in a
   * list that scrolls inside an element; later scans (of what the page added) wait like shifted().
   */
  settle(): void {
    if (!this.painted) return;
    if (this.positions.size) {
      if (this.unplaced) this.shifted();
      return;
    }
    // (Blocks painted beyond the window stay, unless many: dropping a few is not worth a repaint of the page.)
    const many = this.painted.size > NEAR_ONLY_ABOVE;
    if (this.unplaced || many) this.place(this.reach, [], many);
  }

  /**
   * Numbers left the page or the page moved some (see Scanner.moved), or its layout changed size: blocks may have
   * moved into the window without a scroll (the rows in view deleted, sorted or hidden, a panel above them taken
   * out). Those get painted a moment later; they are callable meanwhile.
   */
  shifted(): void {
    if (!this.painted || this.shiftTimer !== undefined) return;
    this.shiftTimer = setTimeout(() => {
      this.shiftTimer = undefined;
      this.place(this.reach, [], false);
    }, SHIFT_MS);
  }

  clear(): void {
    this.toAdd.clear();
    this.toDelete.clear();
    this.painted = undefined;
    this.unplaced = false;
    this.reach = NEAR_VIEWPORTS;
    this.positions.clear();
    this.scrolled.clear();
    this.listening?.abort();
    this.listening = undefined;
    this.resized?.disconnect();
    this.resized = undefined;
    this.heights.clear();
    this.placing?.stop();
    this.placing = undefined;
    clearTimeout(this.shiftTimer);
    this.shiftTimer = undefined;
    this.count = 0;
    this.highlight?.clear();
  }

  /** This script stands down (see index.ts): nothing more is painted, and the page's highlight goes if it is ours. */
  release(): void {
    this.clear();
    this.hold = true;
    if (CSS.highlights?.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
  }

  private paint(r: PhoneRange): void {
    if (!this.toDelete.delete(r)) this.toAdd.add(r);
  }

  private unpaint(r: PhoneRange): void {
    if (!this.toAdd.delete(r)) this.toDelete.add(r);
  }

  /**
   * Only blocks near the viewport from the start, on a page too tall for the numbers to be few: painting the first
   * 500 wherever they are, then dropping the far ones, cost two more repaints (each ~40 ms on a big page in Firefox).
   * Those painted so far stay until the window is next placed.
   */
  nearOnlyNow(): void {
    if (this.painted) return;
    this.painted = new Set(this.blocks());
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    // (Scroll events do not bubble: caught on the way down, they tell of every scrolling element too.)
    addEventListener('scroll', (e) => this.moved(e.target ?? document), options);
    addEventListener('resize', () => this.moved(window), options);
    // A layout change that adds or removes no element (a panel collapsed by a class, rows hidden by a style) moves
    // rows into view too: the document's size tells, or the size of what a scrolling element holds (see place()).
    if (typeof ResizeObserver !== 'function') return;
    this.resized = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, contentRect } of entries) {
        // (The first report of each is its size when it was first watched.)
        const was = this.heights.get(target);
        changed ||= was !== undefined && was !== contentRect.height;
        this.heights.set(target, contentRect.height);
      }
      if (changed) this.shifted();
    });
    this.watchSize(document.documentElement);
  }

  /**
   * A scroller moved (or the window was resized): checked once a frame. Browsers fire scroll events once a frame,
   * right before its animation frame callbacks, so the check mostly runs in the event itself.
   */
  private moved(target: EventTarget): void {
    this.scrolled.add(target);
    this.checkScrolled();
  }

  private check(): void {
    const targets = [...this.scrolled];
    this.scrolled.clear();
    // (Moved this far, the viewport is within a viewport of the window's edge.)
    const slack = (this.reach - LEAD_VIEWPORTS) * innerHeight;
    const moved = (t: EventTarget) => Math.abs(scrollTop(t) - (this.positions.get(t) ?? NaN));
    const far = targets.some((t) => t === window || !this.positions.has(t) || moved(t) >= slack);
    // A jump (to the end, to a search hit) left the window altogether: nothing in view is painted, all at once.
    const jumped = targets.some((t) => moved(t) >= this.reach * innerHeight);
    if (far) this.place(FAR_VIEWPORTS, targets, true, jumped);
  }

  /**
   * Paints the blocks within `reach` viewports of the viewport and drops the others. Where they are is asked
   * of one-shot IntersectionObservers: the browser measures them in its next frames, ~5 times faster than
   * reading each box from here. Their boxes are not clipped by the scrolling element a list may sit in (their
   * "intersecting" is): rows just outside such a list's visible part count as near, as rows just outside the
   * viewport do. The scrollers' positions are noted now, so scrolling meanwhile does not ask again.
   * `now`: all blocks measured in the next frame, not a batch a frame (the person jumped out of the window).
   */
  private place(reach: number, scrolled: EventTarget[] = [], drop = true, now = false): void {
    if (!this.painted) return;
    this.unplaced = false;
    this.reach = reach;
    const targets: Element[] = [];
    for (const block of this.blocks()) if (block.nodeType === 1) targets.push(block as Element);
    // (Also those that never scrolled: a panel taken out of one moves its rows into view with no scroll event.)
    const scrollers = [document, ...this.positions.keys(), ...scrolled, ...scrollersAbove(targets)];
    this.positions.clear();
    // (What the page took out is let go: a SPA that swaps its list would otherwise leave old ones alive.)
    for (const el of this.heights.keys()) {
      if (el.isConnected) continue;
      this.heights.delete(el);
      this.resized?.unobserve(el);
    }
    for (const t of scrollers) {
      if (t === window || (t instanceof Element && !t.isConnected)) continue;
      this.positions.set(t, scrollTop(t));
      // A scrolling element's own box stays as its content changes: what it holds is watched (a list's wrapper,
      // unless it holds the rows themselves: not thousands of them).
      if (t instanceof Element && t.children.length <= 4) for (const child of t.children) this.watchSize(child);
    }
    this.placing?.stop();
    this.placing = undefined;
    const margin = reach * innerHeight;
    const bottom = innerHeight + margin;
    if (!targets.length) return;
    const judge = (entries: IntersectionObserverEntry[], painted: Set<Node>) => {
      for (const e of entries) {
        const block = e.target;
        const ranges = this.rangesOf(block);
        if (!ranges) continue;
        // A box-less block (`display: contents`) has no place of its own, yet its text shows: always painted.
        const box = e.boundingClientRect;
        const near = (box.bottom >= -margin && box.top <= bottom) || (!box.width && !box.height);
        if (near === painted.has(block)) continue;
        if (near) {
          painted.add(block);
          for (const r of ranges) this.paint(r);
        } else if (drop) {
          painted.delete(block);
          for (const r of ranges) this.unpaint(r);
        }
      }
    };
    // A batch of blocks a frame, each batch its own one-shot observer: one observing them all until the last batch
    // would measure the first ones again in every frame. Each batch is judged by the viewport of its own frame.
    const perFrame = now ? targets.length : Math.max(PLACE_PER_FRAME, Math.ceil(targets.length / PLACE_FRAMES));
    const observers = new Set<IntersectionObserver>();
    const placing = { stop: () => observers.forEach((io) => io.disconnect()) };
    // (A newer placement or clear() takes this one's place: its batches and callbacks stop.)
    const current = () => this.placing === placing;
    let next = 0;
    const batch = () => {
      if (!current()) return;
      const io = new IntersectionObserver((entries) => {
        io.disconnect();
        observers.delete(io);
        const painted = this.painted;
        if (!current() || !painted) return;
        judge(entries, painted);
        if (next < targets.length || observers.size) return;
        this.placing = undefined;
        this.flush();
      });
      observers.add(io);
      const end = Math.min(targets.length, next + perFrame);
      for (; next < end; next++) io.observe(targets[next]!);
      if (next < targets.length) requestAnimationFrame(batch);
    };
    this.placing = placing;
    batch();
  }

  private watchSize(el: Element): void {
    if (!this.resized || this.heights.has(el)) return;
    this.heights.set(el, undefined);
    this.resized.observe(el);
  }
}

const scrollTop = (t: EventTarget) => (t instanceof Element ? t.scrollTop : scrollY);

/** Blocks whose ancestors are looked at for scrolling elements, evenly spread over the page's. */
const SCROLLER_SAMPLES = 32;

/**
 * The elements (not the document) that scroll the blocks with numbers, found from a sample of the blocks: a list
 * in a pane of its own scrolls there. (A scroller holding few of the page's numbers may be missed: its first scroll
 * finds it.) The climbs stop where an earlier one went: a table's rows share all but their last steps.
 */
function scrollersAbove(blocks: readonly Element[]): Element[] {
  const found: Element[] = [];
  const seen = new Set<Element>();
  const step = Math.max(1, Math.ceil(blocks.length / SCROLLER_SAMPLES));
  for (let i = 0; i < blocks.length; i += step) {
    for (let el = blocks[i]!.parentElement; el && el !== document.body && el !== document.documentElement && !seen.has(el); el = el.parentElement) {
      seen.add(el);
      if (el.scrollHeight > el.clientHeight && SCROLLS.has(getComputedStyle(el).overflowY)) found.push(el);
    }
  }
  return found;
}

const SCROLLS = new Set(['auto', 'scroll', 'overlay']);
