/**
 * Where the numbers on this page are: DOM Ranges over the page's own text nodes (the page's DOM is never
 * touched), kept per block (see blocks.ts) so a click can be hit-tested and a changed block rescanned alone.
 * Read-only and disabled inputs are matched when pointed at: their value is no text node to paint.
 */
import { abroadMisses, findPhones, findPhonesUnder, isPhoneHeader, mayHoldPhone, needsLabel, type PhoneMatch, type PhoneRegion } from '../core/phone.ts';
import { BREAK, blockOf, columnHeader, locate, resetSkips, runOf, skipped } from './blocks.ts';
import { Painter } from './paint.ts';

/**
 * One number found. Its range is static, not live: the browser must update every live Range on each DOM change,
 * so thousands of them would slow the page's own rendering down (a block's ranges are rebuilt whenever a
 * mutation touches it anyway). It is made when first needed — painted or hit-tested: on a page with many
 * numbers most are never painted (see paint.ts).
 */
export class PhoneRange {
  private made: StaticRange | undefined;
  // (Four plain fields, not two [node, offset] pairs: a big table keeps ~10,000 of these, two objects fewer each.)
  private startContainer: Text;
  private startOffset: number;
  private endContainer: Text;
  private endOffset: number;
  constructor(
    readonly digits: string,
    from: [Text, number],
    to: [Text, number],
  ) {
    [this.startContainer, this.startOffset] = from;
    [this.endContainer, this.endOffset] = to;
  }

  get range(): StaticRange {
    if (this.made) return this.made;
    const { startContainer, startOffset, endContainer, endOffset } = this;
    return (this.made = new StaticRange({ startContainer, startOffset, endContainer, endOffset }));
  }

  /** The range if it was ever made (a range never made was never painted). */
  get existing(): StaticRange | undefined {
    return this.made;
  }
}

/** What is under the pointer: a number in the text (with its range) or the value of a read-only input. */
export interface PhoneHit {
  digits: string;
  range?: StaticRange;
  input?: HTMLInputElement;
}

/** A cell holding bare digits only: whether they are a phone may be told by the column's header. */
const BARE = /^\s*(\d{9,13})\s*$/;
const INPUT_TYPES = new Set(['', 'text', 'tel', 'search']);

export class PhoneIndex {
  private byBlock = new Map<Node, PhoneRange[]>();
  /** Blocks scanned since they last changed, with or without numbers. */
  private seen = new WeakSet<Node>();
  private ignored = new Set<string>();
  private detected = new DetectCache();
  private region: PhoneRegion = 'RU';
  readonly painter: Painter;
  /** Called once, when the first number of the page is found. */
  onFirstNumber: (() => void) | undefined;
  /** False where the person's site mode says not to find numbers: nothing is hit either. */
  enabled = true;
  /** Open shadow roots found so far: hit-testing must be told about them. */
  readonly shadowRoots = new Set<ShadowRoot>();
  /** Blocks read without the foreign tables they asked for (see abroadMisses): read again once those are loaded. */
  readonly unreadAbroad = new Set<Node>();
  /** Called when a text first asks for those tables (none: they could not be loaded, and no block waits for them). */
  onAbroad: (() => void) | undefined;

  constructor(name: string) {
    this.painter = new Painter(name, (block) => this.byBlock.get(block), () => this.byBlock.keys());
  }

  /** Whether the block holding this text node still needs a scan. */
  stale(block: Node): boolean {
    return !this.seen.has(block);
  }

  /** Whether numbers were found in this block (and it has not changed since). */
  holds(block: Node): boolean {
    return this.byBlock.has(block);
  }

  /** The block changed: its next scan must not be skipped. */
  invalidate(block: Node): void {
    this.seen.delete(block);
  }

  /** Rescans one block; returns how many numbers it holds now. `near`: it is in or near the viewport (see paint.ts). */
  scanBlock(block: Node, near = false): number {
    this.seen.add(block);
    const ranges = block.isConnected && !skipped(block) ? this.find(block) : [];
    if (ranges.length && this.onFirstNumber) {
      const first = this.onFirstNumber;
      this.onFirstNumber = undefined;
      first();
    }
    const old = this.byBlock.get(block);
    if (ranges.length) this.byBlock.set(block, ranges);
    else if (old) this.byBlock.delete(block);
    if (old || ranges.length) this.painter.update(block, old, ranges, near);
    return ranges.length;
  }

  private find(block: Node): PhoneRange[] {
    const run = runOf(block);
    const { text } = run;
    const ranges: PhoneRange[] = [];
    if (!mayHoldPhone(text)) return ranges;
    const bare = BARE.exec(text)?.[1];
    const header = bare && needsLabel(bare, this.region) && block.nodeType === 1 ? columnHeader(block as Element) : null;
    // (Under any other header, an ИНН's, the text reads as it is: from the cache.)
    const misses = abroadMisses();
    const found = header && isPhoneHeader(header) ? findPhonesUnder(header, text, this.region) : this.detect(text);
    if (abroadMisses() !== misses) this.missedAbroad(block);
    for (const { start, end, digits } of found) {
      const cut = text.indexOf(BREAK, start);
      if (this.ignored.has(digits) || (cut >= 0 && cut < end)) continue;
      const from = locate(run, start, false);
      const to = locate(run, end, true);
      if (!from || !to) continue;
      ranges.push(new PhoneRange(digits, from, to));
    }
    return ranges;
  }

  private detect(text: string): readonly PhoneMatch[] {
    const known = this.detected.get(text);
    if (known) return known;
    const misses = abroadMisses();
    const found = findPhones(text, this.region);
    // (Not kept when read without the foreign tables: each block holding that text must ask for them.)
    return abroadMisses() === misses ? this.detected.keep(text, found) : found;
  }

  private missedAbroad(block: Node): void {
    if (!this.onAbroad) return;
    // (The first block since the tables were asked for asks; the others wait with it.)
    if (!this.unreadAbroad.size) this.onAbroad();
    this.unreadAbroad.add(block);
  }

  /** Drops a block's numbers; whether it had any. */
  forget(block: Node): boolean {
    const old = this.byBlock.get(block);
    if (!old) return false;
    this.byBlock.delete(block);
    this.painter.update(block, old, []);
    return true;
  }

  /** Applies the queued highlight changes at once (see paint.ts). */
  flush(): void {
    this.painter.flush();
  }

  /**
   * Drops numbers whose block left the document with the elements the page `removed`. Where those hold fewer
   * elements than there are blocks with numbers, only they are looked at: a page re-rendering a clock or a
   * badge 10 times a second cost a pass over all of a 5,000-row table's blocks each time (~1 ms, 1.2% of the
   * main thread on its own). A shadow tree whose host went takes its blocks with it: then all are looked at.
   * Returns whether any numbers went.
   */
  prune(removed: readonly Element[]): boolean {
    let size = 0;
    let gone = false;
    // (Counted only until the full pass is the cheaper: a list of 100 rows rendered anew 10 times a second spent
    // 7% of our time counting what its old rows held.)
    for (const el of removed) if ((size += 1 + el.getElementsByTagName('*').length) >= this.byBlock.size) break;
    if (size >= this.byBlock.size || [...this.shadowRoots].some((root) => !root.isConnected)) {
      for (const block of this.byBlock.keys()) if (!block.isConnected) gone = this.forget(block) || gone;
      // (Found again, should its host come back: see Scanner.addShadowRoot.)
      for (const root of this.shadowRoots) if (!root.isConnected) this.shadowRoots.delete(root);
      return gone;
    }
    for (const el of removed) {
      // (An element moved elsewhere is still in the document: its numbers stay.)
      if (el.isConnected) continue;
      gone = this.forget(el) || gone;
      for (const inner of el.getElementsByTagName('*')) gone = this.forget(inner) || gone;
    }
    return gone;
  }

  clear(): void {
    this.unreadAbroad.clear();
    this.byBlock.clear();
    this.painter.clear();
    this.seen = new WeakSet();
  }

  /** How numbers without a country's code are read; true when that changed (the caller rescans: all is dropped). */
  setRegion(region: PhoneRegion): boolean {
    if (region === this.region) return false;
    this.region = region;
    this.detected.clear();
    this.clear();
    return true;
  }

  /**
   * Numbers the person marked "not a phone number" on this site. Marks added drop their matches at once;
   * a mark taken back returns true: the caller rescans, as those matches were never kept.
   */
  setIgnored(digits: Iterable<string>): boolean {
    const next = new Set(digits);
    const unmarked = [...this.ignored].some((d) => !next.has(d));
    this.ignored = next;
    for (const [block, ranges] of this.byBlock) {
      const keep = ranges.filter((r) => !next.has(r.digits));
      if (keep.length === ranges.length) continue;
      if (!keep.length) this.byBlock.delete(block);
      else this.byBlock.set(block, keep);
      this.painter.update(block, ranges, keep);
    }
    if (unmarked) this.clear();
    this.flush();
    return unmarked;
  }

  /** The number drawn under a point of the viewport, if any; `target` is the event's innermost target. */
  at(x: number, y: number, target?: EventTarget | null): PhoneHit | undefined {
    if (!this.enabled) return undefined;
    resetSkips();
    if (target instanceof HTMLInputElement) return this.inputAt(target);
    if (target instanceof Node) this.noticeShadowRoot(target);
    const hit = caretAt(x, y, this.shadowRoots);
    if (!hit) return undefined;
    const block = blockOf(hit);
    if (!block) return undefined;
    // A block the page rendered a moment ago may not be scanned yet: one block is cheap to scan now.
    if (!this.seen.has(block)) {
      this.scanBlock(block, true); // it is under the pointer: in view
      this.flush();
    }
    return this.byBlock.get(block)?.find(({ range }) =>
      Array.from(liveRange(range)?.getClientRects() ?? []).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1),
    );
  }

  /**
   * Whether no number can be under the pointer over `target`, without a hit test: text is hit through the element
   * that holds it, so where that element's block was scanned and holds none, none is there. On a 5,000-row table
   * the hit test (caretPositionFromPoint) was most of the mouse's cost, and most cells hold no number.
   */
  noneAt(target: EventTarget | null): boolean {
    if (!this.enabled) return true;
    if (!(target instanceof Element) || target instanceof HTMLInputElement || target.shadowRoot) return false;
    const block = blockOf(target);
    return !!block && this.seen.has(block) && !this.byBlock.has(block);
  }

  /** CRM cards show numbers in read-only or disabled inputs; the first number in the value is the one. */
  private inputAt(input: HTMLInputElement): PhoneHit | undefined {
    if (!(input.readOnly || input.disabled) || !INPUT_TYPES.has(input.getAttribute('type')?.toLowerCase() ?? '')) return undefined;
    if (input.parentElement && skipped(input.parentElement)) return undefined;
    const misses = abroadMisses();
    const match = findPhones(input.value, this.region).find((m) => !this.ignored.has(m.digits));
    if (abroadMisses() !== misses) this.onAbroad?.(); // (the pointer's next move reads it with them)
    return match && { digits: match.digits, input };
  }

  /** A shadow root met by an event before the scanner found it (attached after the scan): hand it over. */
  onShadowRoot: (root: ShadowRoot) => void = () => {};
  private noticeShadowRoot(node: Node): void {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot && !this.shadowRoots.has(root)) this.onShadowRoot(root);
  }

  get size(): number {
    let n = 0;
    for (const list of this.byBlock.values()) n += list.length;
    return n;
  }
}

/**
 * Texts detected lately and what was found in them: a list that re-renders the same rows (a CRM polling its
 * data) finds them again without running the detector. Only short texts (table cells, list items) are kept,
 * up to a total length (~1 MB of text), and all are dropped when that is reached: a list with more than that
 * misses every time. 4,096 texts, the bound before, were too few for a 5,000-row table (~15,000 texts with 7
 * digits or more): re-rendered whole, its rescan took 155–224 ms; with this bound, 142–177 ms.
 */
const CACHE_TEXT = 200;
const CACHE_CHARS = 1 << 19;
/** What texts with no number found share. */
const NONE: readonly PhoneMatch[] = Object.freeze([]);

class DetectCache {
  private map = new Map<string, readonly PhoneMatch[]>();
  private chars = 0;

  get(text: string): readonly PhoneMatch[] | undefined {
    return text.length > CACHE_TEXT ? undefined : this.map.get(text);
  }

  /** Keeps what was found in a text (if it is short), and returns it. */
  keep(text: string, found: readonly PhoneMatch[]): readonly PhoneMatch[] {
    if (text.length > CACHE_TEXT) return found;
    if (this.chars + text.length > CACHE_CHARS) this.clear();
    const kept = found.length ? found : NONE;
    this.map.set(text, kept);
    this.chars += text.length;
    return kept;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

/** A live copy of a static range, to measure it; null when the text changed under it since the scan. */
function liveRange(r: StaticRange): Range | null {
  try {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null;
  }
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number, shadowRoots: Set<ShadowRoot>): Text | null {
  const doc = document as CaretDocument;
  const node =
    typeof doc.caretPositionFromPoint === 'function'
      ? doc.caretPositionFromPoint(x, y, shadowRoots.size ? { shadowRoots: [...shadowRoots] } : undefined)?.offsetNode
      : doc.caretRangeFromPoint?.(x, y)?.startContainer;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}
