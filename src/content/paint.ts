/**
 * Paints the numbers found with the CSS Custom Highlight API (no node is added to the page).
 *
 * Measured in Chromium on a 5,000-row table: every change to a highlight costs the next frame a full repaint
 * invalidation (~30 ms on that page whatever the change) plus ~12 ms per 1,000 ranges in the highlight, so 10,000
 * ranges make every later change a 130–280 ms frame. Hence changes are batched into few flushes, and on a page
 * with many numbers only those in or near the viewport are in the highlight: an IntersectionObserver on their
 * blocks adds the ones that come near; ones that went far are dropped with the next addition (never a change of
 * their own). All numbers stay found and clickable (matches.ts hit-tests its own index, not the highlight).
 */
import type { PhoneRange } from './matches.ts';

/** Above this many numbers on the page, only those near the viewport are painted. */
const NEAR_ONLY_ABOVE = 500;
/** "Near": within one and a half viewports above or below (the lead a scroll needs to find them painted). */
export const NEAR_VIEWPORTS = 1.5;
const NEAR_MARGIN = `${NEAR_VIEWPORTS * 100}% 0px`;
/** Additions the observer reports are flushed at most this often: each flush costs a frame on a big page. */
const FLUSH_GAP_MS = 50;

export class Painter {
  readonly highlight: Highlight | undefined;
  private toAdd = new Set<PhoneRange>();
  private toDelete = new Set<PhoneRange>();
  private count = 0;
  private io: IntersectionObserver | undefined;
  private near = new WeakSet<Node>();
  /** Blocks that left the margin: their ranges go with the next flush that adds some. */
  private far = new Set<Node>();
  /**
   * Blocks found by a scan, observed with the next flush: each batch of new observations costs the observer a
   * pass over all of them in the next frame, so during a long scan they are batched like the paint.
   */
  private unobserved = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushedAt = -Infinity;
  /**
   * Blocks updated while this is true count as near: a mutation's blocks are painted in the same frame as the
   * page's change (the page just rendered them, most often where the person looks) instead of a frame later.
   */
  eager = false;
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

  /** A block's numbers changed from `old` to `next` (either may be empty). */
  update(block: Node, old: readonly PhoneRange[] | undefined, next: readonly PhoneRange[]): void {
    if (old) for (const r of old) this.unpaint(r);
    this.count += next.length - (old?.length ?? 0);
    const element = block.nodeType === 1 ? (block as Element) : undefined;
    if (!next.length) {
      if (this.io && element) {
        this.io.unobserve(element);
        this.unobserved.delete(element);
        this.near.delete(element);
        this.far.delete(element);
      }
      return;
    }
    if (this.count > NEAR_ONLY_ABOVE) this.nearOnlyNow();
    if (this.io && element) {
      if (this.eager) {
        this.near.add(element);
        this.io.observe(element);
      } else if (!this.near.has(element)) {
        this.unobserved.add(element);
        return;
      }
    }
    for (const r of next) this.paint(r);
  }

  /** Applies the queued changes in one go: one repaint however many ranges changed. */
  flush(): void {
    if (this.hold) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const block of this.unobserved) this.io?.observe(block);
    this.unobserved.clear();
    const hl = this.highlight;
    if (this.toAdd.size && this.far.size) {
      for (const block of this.far) for (const r of this.rangesOf(block) ?? []) this.unpaint(r);
      this.far.clear();
    }
    if (!hl || (!this.toAdd.size && !this.toDelete.size)) return;
    // Each change to a registered highlight does work of its own in Chromium: change it unregistered, in one
    // task (nothing is painted in between).
    CSS.highlights.delete(this.name);
    for (const r of this.toDelete) if (r.existing) hl.delete(r.existing);
    for (const r of this.toAdd) hl.add(r.range);
    CSS.highlights.set(this.name, hl);
    this.toAdd.clear();
    this.toDelete.clear();
    this.flushedAt = performance.now();
  }

  clear(): void {
    this.toAdd.clear();
    this.toDelete.clear();
    this.far.clear();
    this.unobserved.clear();
    this.near = new WeakSet();
    this.io?.disconnect();
    this.io = undefined;
    this.count = 0;
    this.highlight?.clear();
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
   */
  nearOnlyNow(): void {
    if (!this.io && typeof IntersectionObserver === 'function') this.nearOnly();
  }

  /** From now on only blocks near the viewport are painted; those painted so far stay until found far. */
  private nearOnly(): void {
    this.io = new IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: NEAR_MARGIN });
    for (const block of this.blocks()) {
      if (block.nodeType !== 1) continue;
      this.near.add(block);
      this.io.observe(block as Element);
    }
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    let added = false;
    for (const e of entries) {
      const block = e.target;
      const ranges = this.rangesOf(block);
      if (!ranges) continue;
      // A box-less block (`display: contents`) never intersects, yet its text shows: always paint it.
      const boxless = !e.boundingClientRect.width && !e.boundingClientRect.height;
      if (e.isIntersecting || boxless) {
        this.far.delete(block);
        if (this.near.has(block)) continue;
        this.near.add(block);
        for (const r of ranges) this.paint(r);
        added = true;
      } else if (this.near.has(block)) {
        this.near.delete(block);
        this.far.add(block);
      }
    }
    if (added && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), Math.max(0, this.flushedAt + FLUSH_GAP_MS - performance.now()));
    }
  }
}
