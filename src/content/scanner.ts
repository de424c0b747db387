/**
 * Finds numbers without making the page wait: the first pass and every later change are queued and worked off
 * in small slices when the page is idle; a mutation rescans only the nodes it touched.
 */
import type { PhoneIndex } from './matches.ts';

const SLICE_MS = 8;

export class Scanner {
  private queue: Node[] = [];
  private scheduled = false;
  private pruneNeeded = false;
  private observer = new MutationObserver((records) => this.onMutations(records));

  constructor(
    private index: PhoneIndex,
    private ignore: (node: Node) => boolean,
  ) {}

  start(root: Node): void {
    this.enqueue(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.queue = [];
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') this.enqueue(r.target);
      else {
        r.addedNodes.forEach((n) => this.enqueue(n));
        if (r.removedNodes.length) this.pruneNeeded = true;
      }
    }
    this.schedule();
  }

  private enqueue(node: Node): void {
    if (!this.ignore(node)) this.queue.push(node);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => this.work();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
    else setTimeout(run, 0);
  }

  private work(): void {
    this.scheduled = false;
    const deadline = performance.now() + SLICE_MS;
    if (this.pruneNeeded) {
      this.pruneNeeded = false;
      this.index.prune();
    }
    while (this.queue.length && performance.now() < deadline) {
      const node = this.queue.shift()!;
      if (!node.isConnected) continue;
      if (node.nodeType === Node.TEXT_NODE) this.index.scanText(node as Text);
      else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_NODE) this.walk(node, deadline);
    }
    if (this.queue.length) this.schedule();
  }

  /** Walks a subtree's text until the slice ends; the rest goes back on the queue as a resumable walker. */
  private walk(root: Node, deadline: number): void {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      this.index.scanText(node as Text);
      if (++n % 64 === 0 && performance.now() > deadline) {
        this.queueRest(walker);
        return;
      }
    }
  }

  /** Queues the text nodes left in a walk; cheap (no matching) so it does not overrun the slice. */
  private queueRest(walker: TreeWalker): void {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) this.queue.push(node);
  }
}
