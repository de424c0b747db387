/**
 * Finds numbers without making the page wait: the first pass and every later change are queued and worked off
 * in small slices when the page is idle; a mutation rescans only the blocks it touched. Open shadow roots are
 * walked and observed like the document.
 */
import type { PhoneIndex } from './matches.ts';
import { blockOf, resetSkips } from './blocks.ts';

const SLICE_MS = 8;
/**
 * A mutation's work, up to this budget, is done at once in the observer's callback (a microtask right after the
 * page's own script): its highlights then paint in the same frame as the page's change. Deferred to an idle slice,
 * each change would cost the page a second frame — in a list that re-renders every 100 ms, most of our cost.
 */
const SYNC_MS = 4;
/** During a long scan, new highlights are painted at most this often (each repaint costs all ranges). */
const PAINT_EVERY_MS = 250;
const DIGIT = /\d/;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class Scanner {
  /** Blocks a mutation touched: rescanned first, each once. */
  private dirty = new Set<Node>();
  /** Subtrees to walk, each a walker resumed where the last slice stopped. */
  private walks: TreeWalker[] = [];
  private scheduled = false;
  private pruneNeeded = false;
  private stopped = false;
  private paintedAt = 0;
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
    this.enqueueWalk(root);
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
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 1 && !this.ignore(n)) this.enqueueWalk(n);
      });
      if (r.removedNodes.length) this.pruneNeeded = true;
    }
    this.work(SYNC_MS);
  }

  private touch(node: Node): void {
    const block = blockOf(node);
    if (!block) return;
    this.index.invalidate(block);
    this.dirty.add(block);
  }

  private enqueueWalk(root: Node): void {
    this.walks.push(document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT));
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.index.shadowRoots.has(root)) return;
    this.index.shadowRoots.add(root);
    this.onShadowRoot(root);
    if (this.stopped) return;
    this.observer.observe(root, OBSERVE);
    this.enqueueWalk(root);
    this.schedule(true);
  }

  /**
   * The first slice waits for the page to be idle; a scan that goes on continues in background-priority tasks:
   * those still yield to input and rendering, but do not wait for the next idle period (one every ~50 ms).
   */
  private schedule(continuing = false): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.work(SLICE_MS);
    };
    const postTask = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => unknown } }).scheduler?.postTask;
    if (continuing && postTask) void postTask.call((globalThis as { scheduler?: unknown }).scheduler, run, { priority: 'background' });
    else if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
    else setTimeout(run, 0);
  }

  private work(sliceMs: number): void {
    if (this.stopped) return;
    const deadline = performance.now() + sliceMs;
    resetSkips();
    if (this.pruneNeeded) {
      this.pruneNeeded = false;
      this.index.prune();
    }
    let n = 0;
    for (const block of this.dirty) {
      this.dirty.delete(block);
      this.index.scanBlock(block);
      if (++n % 16 === 0 && performance.now() > deadline) break;
    }
    while (this.walks.length && performance.now() < deadline) {
      if (this.walk(this.walks[0]!, deadline)) this.walks.shift();
    }
    const more = this.dirty.size > 0 || this.walks.length > 0;
    const now = performance.now();
    if (!more || now - this.paintedAt > PAINT_EVERY_MS) {
      this.index.flush();
      this.paintedAt = now;
    }
    if (more) this.schedule(true);
  }

  /**
   * Walks until the slice ends; true when the subtree is done. Only text with a digit makes its block worth a
   * scan, and a block is scanned once however many of its text nodes the walk meets.
   */
  private walk(walker: TreeWalker, deadline: number): boolean {
    const index = this.index;
    // The page removed the node the last slice stopped at: start over (blocks already scanned are skipped).
    if (!walker.currentNode.isConnected && walker.currentNode !== walker.root) walker.currentNode = walker.root;
    if (!walker.root.isConnected) return true;
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        if (DIGIT.test((node as Text).data)) {
          const block = blockOf(node);
          if (block && index.stale(block)) index.scanBlock(block);
        }
      } else if ((node as Element).shadowRoot && !this.ignore(node)) {
        // (Our own toast and card hosts are the ignored ones: nothing of the page in there.)
        this.addShadowRoot((node as Element).shadowRoot!);
      }
      if (++n % 128 === 0 && performance.now() > deadline) return false;
    }
    return true;
  }
}
