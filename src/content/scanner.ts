/**
 * Finds numbers without making the page wait: the first pass and every later change are queued and worked off
 * in small slices, each its own task, so input and rendering go between them; a mutation rescans only the blocks
 * it touched. Open shadow roots are walked and observed like the document.
 *
 * A walk does not step through the tree: one XPath query lists a subtree's text nodes (and the elements that may
 * host a shadow root) at once, natively, and the slices work through that list. A TreeWalker also stops at every
 * element, and each node it hands to this script's world gets a JS wrapper made for it there: on a 5,000-row table
 * that walk took 63–112 ms, the list 2–5 ms and reading its text nodes 25–40 ms (2-core machine).
 */
import type { PhoneIndex } from './matches.ts';
import { SKIP_TAGS, blockOf, resetSkips, shadowOf } from './blocks.ts';
import { NEAR_VIEWPORTS } from './paint.ts';

const SLICE_MS = 8;
/**
 * The first walk (what is in view) may take a frame's worth in one slice, and is painted once, when it ends: cut
 * at 8 ms and painted then too, it cost the page's 5,000-row table a second repaint (30–70 ms) before the rest
 * of the numbers in view showed (cold, the first walk there takes ~10 ms).
 */
const VIEW_SLICE_MS = 16;
/**
 * At most this much of our work between two frames: once it is reached the next slice waits for an animation
 * frame (or 100 ms, where frames are not drawn). Chromium draws between tasks anyway; Firefox, with tasks always
 * queued, drew only every ~50 ms during a scan.
 */
const FRAME_SHARE_MS = 16;
/**
 * A mutation's work, up to this budget, is done at once in the observer's callback (a microtask right after the
 * page's own script): its highlights then paint in the same frame as the page's change. Deferred to a later slice,
 * each change would cost the page a second frame — in a list that re-renders every 100 ms, most of our cost.
 * (100 new table rows take us ~3 ms on a 2-core machine, more under load: at 4 ms one render in six spilled over.)
 */
const SYNC_MS = 10;
/**
 * During a long scan, new highlights are painted when the first walk (what is in view) ends, or after the first
 * slice of a walk that has none, and then at most this often: each change to the highlight costs the page a
 * repaint (see paint.ts).
 */
const PAINT_EVERY_MS = 250;
const DIGIT = /\d/;
/**
 * What walks visit: a subtree's text nodes, and in a list of their own (one query for both took 8× as long as
 * the text's alone) the elements that can have a shadow root worth looking in — custom elements, and divs and
 * spans with no children of their own (a host that shows only its shadow tree). Another element hosting a shadow
 * root is found when it is added to the page by itself, or when the person points into it (matches.ts).
 * (Three queries instead of this union measured no faster on 100 table rows, and twice as slow on one row.)
 */
const TEXT = './/text()';
const HOSTS = ".//*[contains(name(), '-')] | .//div[not(node())] | .//span[not(node())]";
let queries: { text: XPathExpression; hosts: XPathExpression } | undefined;
const SNAPSHOT = 7; // XPathResult.ORDERED_NODE_SNAPSHOT_TYPE

/** A walk over one subtree: the text nodes or the hosts listed there, and how far the slices got through them. */
interface Walk {
  root: Node;
  /** The list, or what lists it when the walk's turn comes (see enqueueWalk). */
  found: XPathResult | (() => XPathResult);
  next: number;
  /** The subtree is one the page added: blocks met in it that were scanned before were moved there. */
  added?: boolean;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class Scanner {
  /** Blocks a mutation touched: rescanned first, each once. */
  private dirty = new Set<Node>();
  /** Subtrees to walk, each resumed where the last slice stopped. */
  private walks: Walk[] = [];
  /**
   * The first walk of a page: from the element at the top of the viewport until past its bottom, then painted
   * at once — what the person looks at shows first, also on a page restored scrolled far down, before the walk
   * from the document's start gets there (it skips the blocks this one scanned). On a tall page it covers what
   * is near the viewport too, and only that is painted (paint.ts): the rest of the scan changes no highlight.
   */
  private inView: Walk | undefined;
  /** Where the first walk ends, in viewport coordinates. */
  private inViewBottom = 0;
  private scheduled = false;
  /** Our work since the last animation frame, and whether one is being waited for to reset it. */
  private sinceFrame = 0;
  private watching = false;
  /** Elements the page removed since the last slice: the numbers in them go (see PhoneIndex.prune). */
  private removed: Element[] = [];
  /**
   * Numbers left the page, or the page moved some (a sort): others may have come into view without a scroll.
   * (Only then, and on a change of size (paint.ts): a header whose timer or badge the page re-renders 10 times
   * a second had the window placed anew every second, ~12 ms each on a 5,000-row table.)
   */
  private moved = false;
  private stopped = false;
  /** When the highlight was last flushed during this scan (-Infinity: the next slice starts a scan). */
  private paintedAt = -Infinity;
  private observer = new MutationObserver((records) => this.onMutations(records));

  constructor(
    private index: PhoneIndex,
    private ignore: (node: Node) => boolean,
    /** A shadow root was found (to adopt our highlight styles into it). */
    private onShadowRoot: (root: ShadowRoot) => void = () => {},
  ) {
    index.onShadowRoot = (root) => this.addShadowRoot(root);
  }

  start(root: Node): void {
    this.stopped = false;
    const tall = root === document && document.documentElement.scrollHeight > (2 * NEAR_VIEWPORTS + 1) * innerHeight;
    const margin = tall ? NEAR_VIEWPORTS * innerHeight : 0;
    if (tall) this.index.painter.nearOnlyNow();
    this.inViewBottom = innerHeight + margin;
    const text = this.enqueueWalk(root);
    const top = root === document ? viewportTop(margin) : undefined;
    // (The same list from where the viewport begins: ahead of the walk from the start.)
    this.inView = text && top ? { root, found: text, next: firstFrom(text, top) } : undefined;
    if (this.inView) this.walks.unshift(this.inView);
    this.observer.observe(root, OBSERVE);
    for (const shadow of this.index.shadowRoots) {
      this.observer.observe(shadow, OBSERVE);
      this.enqueueWalk(shadow);
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.dirty.clear();
    this.walks = [];
    this.removed = [];
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') {
        this.touch(r.target);
        continue;
      }
      // What was added or removed may join or split a run of text in the block it went into or left.
      this.touch(r.target);
      const added = r.addedNodes;
      // All of an element's children new (a list rendered anew): one walk over it, not one per row.
      if (added.length > 1 && r.target.nodeType === 1 && added.length === r.target.childNodes.length) {
        this.enqueueWalk(r.target, true);
      } else {
        added.forEach((n) => {
          if (n.nodeType !== 1 || this.ignore(n)) return;
          this.enqueueWalk(n, true);
        });
      }
      // (A text node removed takes no block with it: its own block was touched above.)
      r.removedNodes.forEach((n) => void (n.nodeType === 1 && this.removed.push(n as Element)));
    }
    // (The page just rendered what it changed, most often where the person looks: painted in the same frame.)
    this.work(SYNC_MS, true);
  }

  private touch(node: Node): void {
    const block = blockOf(node);
    if (!block) return;
    this.index.invalidate(block);
    this.dirty.add(block);
  }

  /** Has blocks read again, as if the page had changed them. */
  reread(blocks: Iterable<Node>): void {
    for (const block of blocks) this.touch(block);
    this.schedule();
  }

  /**
   * Queues a walk over a subtree (`added`: the page just added it); returns its text nodes' list (none for a
   * shadow root or a skipped element).
   */
  private enqueueWalk(root: Node, added = false): XPathResult | undefined {
    if (root.nodeType === 11) {
      // XPath takes no fragment (a shadow root) for its start: its children are walked, its own text is a block.
      this.index.invalidate(root);
      this.dirty.add(root);
      root.childNodes.forEach((n) => void (n.nodeType === 1 && this.enqueueWalk(n, added)));
      return undefined;
    }
    if (root.nodeType === 1) {
      if (SKIP_TAGS.has((root as Element).localName)) return undefined;
      // (A walk meets the root's descendants only: an added custom element may be a host itself.)
      const shadow = shadowOf(root as Element);
      if (shadow) this.addShadowRoot(shadow);
    }
    queries ??= { text: document.createExpression(TEXT), hosts: document.createExpression(HOSTS) };
    const { text, hosts } = queries;
    const walk = { root, found: text.evaluate(root, SNAPSHOT), next: 0, added };
    // The hosts are listed when their turn comes, after the first walk: what is in view does not wait for them.
    // (Their query reads every element's name: 4–12 ms on the 5,000-row table, the text's 2 ms.)
    this.walks.push({ root, found: () => hosts.evaluate(root, SNAPSHOT), next: 0 }, walk);
    return walk.found;
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.index.shadowRoots.has(root)) return;
    this.index.shadowRoots.add(root);
    this.onShadowRoot(root);
    if (this.stopped) return;
    this.observer.observe(root, OBSERVE);
    this.enqueueWalk(root);
    this.schedule();
  }

  /**
   * Slices run back to back as ordinary ("user-visible") tasks: each yields to input and rendering, but none
   * waits for an idle period, nor behind all of a busy page's own tasks as background-priority ones would.
   * (On an idle page the old idle/background slices ran back to back too: a scan's time is its own work.)
   */
  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      const t = performance.now();
      this.work(SLICE_MS);
      this.sinceFrame += performance.now() - t;
    };
    if (typeof requestAnimationFrame !== 'function') return postTask(run);
    if (!this.watching) {
      this.watching = true;
      requestAnimationFrame(() => {
        this.watching = false;
        this.sinceFrame = 0;
      });
    }
    if (this.sinceFrame < FRAME_SHARE_MS) return postTask(run);
    let went = false;
    const go = () => {
      if (went) return;
      went = true;
      this.sinceFrame = 0;
      postTask(run);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  }

  /** `near`: what this work finds is painted at once (a mutation's blocks: see paint.ts). */
  private work(sliceMs: number, near = false): void {
    if (this.stopped) return;
    const deadline = performance.now() + (near || !this.viewing() ? sliceMs : VIEW_SLICE_MS);
    resetSkips();
    if (this.removed.length) {
      this.moved ||= this.index.prune(this.removed);
      this.removed = [];
    }
    let n = 0;
    for (const block of this.dirty) {
      this.dirty.delete(block);
      this.index.scanBlock(block, near);
      if (++n % 16 === 0 && performance.now() > deadline) break;
    }
    let viewDone = false;
    while (this.walks.length && performance.now() < deadline) {
      const walker = this.walks[0]!;
      // What the first walk finds is near the viewport: painted, whatever else is found (see paint.ts).
      if (!this.walk(walker, deadline, near || walker === this.inView)) continue;
      this.walks.shift();
      // (What is in view is painted now, not after the rest of this slice's work.)
      if (walker === this.inView) {
        viewDone = true;
        break;
      }
    }
    if (this.moved) {
      this.moved = false;
      this.index.painter.shifted();
    }
    const more = this.dirty.size > 0 || this.walks.length > 0;
    const now = performance.now();
    if (!more || viewDone || ((near || !this.viewing()) && now - this.paintedAt > PAINT_EVERY_MS)) {
      if (!more) this.index.painter.settle();
      this.index.flush();
      this.paintedAt = more ? now : -Infinity;
    }
    if (more) this.schedule();
  }

  /** Whether the first walk (what is in view) is still to be finished. */
  private viewing(): boolean {
    return this.inView !== undefined && this.walks[0] === this.inView;
  }

  /**
   * Walks until the slice ends; true when the subtree is done. Only text with a digit makes its block worth a
   * scan, and a block is scanned once however many of its text nodes the walk meets. (The list is as it was
   * when the walk began: nodes the page removed since scan as nothing, nodes it added are the observer's.)
   */
  private walk(walk: Walk, deadline: number, near: boolean): boolean {
    const index = this.index;
    if (!walk.root.isConnected) return true;
    const found = typeof walk.found === 'function' ? (walk.found = walk.found()) : walk.found;
    const length = found.snapshotLength;
    const bottom = walk === this.inView ? this.inViewBottom : Infinity;
    let n = 0;
    /**
     * The block of the last text with a digit: its other texts (a cell's numbers split by `<br>`) are not looked at
     * again — nor taken, in what the page added, for a block scanned before it (moved).
     */
    let last: Node | null = null;
    while (walk.next < length) {
      const node = found.snapshotItem(walk.next++)!;
      if (node.nodeType === 3) {
        // (Text in scripts, styles or code has its block skipped: see blocks.ts.)
        const block: Node | null = DIGIT.test((node as Text).data) ? blockOf(node) : last;
        if (block !== last) {
          last = block;
          if (block && index.stale(block)) {
            if (index.scanBlock(block, near) && bottom < Infinity && below(block, bottom)) return true;
          } else if (block && walk.added && index.holds(block) && walk.root.contains(block)) {
            // Scanned before, met again in what the page added: the page moved it here.
            this.moved = true;
          }
        }
      } else {
        const shadow = shadowOf(node as Element);
        // (Our own toast and card hosts are the ignored ones: nothing of the page in there.)
        if (shadow && !this.ignore(node)) this.addShadowRoot(shadow);
      }
      if (++n % 128 === 0) {
        if (performance.now() > deadline) return false;
        // (Text without numbers also ends it: a page with none is walked once, not twice.)
        if (bottom < Infinity && below(node.nodeType === 1 ? node : node.parentNode, bottom)) return true;
      }
    }
    return true;
  }
}

/**
 * The element at the top of the viewport (`above` pixels higher): the first element, at each level down, whose
 * box ends below that line — a binary search, as siblings in normal flow are in vertical order (where they are
 * not, the walk starts elsewhere and the walk from the start still finds everything).
 */
function viewportTop(above: number): Element | undefined {
  const body = document.body;
  if (!body || innerHeight <= 0) return undefined;
  let top: Element = body;
  for (let depth = 0; depth < 64; depth++) {
    const kids = top.children;
    let lo = 0;
    let hi = kids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kids[mid]!.getBoundingClientRect().bottom <= -above) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= kids.length) break;
    top = kids[lo]!;
  }
  return top;
}

/** Where in a walk's list (document order) the first node inside or after `top` is: a binary search. */
function firstFrom(found: XPathResult, top: Element): number {
  let lo = 0;
  let hi = found.snapshotLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = top.compareDocumentPosition(found.snapshotItem(mid)!);
    if (at & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether an element begins below `bottom` (viewport coordinates; its layout is the page's, already done by now). */
const below = (node: Node | null, bottom: number) => node?.nodeType === 1 && (node as Element).getBoundingClientRect().top > bottom;

type PostTask = (callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<unknown>;
/** Made on first use only: Chromium has `scheduler.postTask`, and this script loads into every frame of every page. */
let channel: MessageChannel | undefined;
const queued: (() => void)[] = [];

/** A new task at normal priority: `scheduler.postTask`, else a message to ourselves (not clamped like timers). */
function postTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) return void scheduler.postTask(callback, { priority: 'user-visible' });
  if (typeof MessageChannel !== 'function') return void setTimeout(callback, 0);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(callback);
  channel.port2.postMessage(null);
}
