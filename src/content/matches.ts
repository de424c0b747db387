/**
 * Where the numbers on this page are: DOM Ranges over the page's own text nodes (the page's DOM is never
 * touched), kept per text node so a click can be hit-tested and a changed node rescanned alone.
 */
import { findPhones } from '../core/phone.ts';

export interface PhoneRange {
  range: Range;
  digits: string;
}

/** Elements whose text is code, input or the page's own editing surface: never numbers to call. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

export function skippedElement(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (SKIP.has(e.nodeName.toUpperCase()) || (e as HTMLElement).isContentEditable) return true;
    if (e.hasAttribute('data-no-phone-links')) return true;
  }
  return false;
}

export class PhoneIndex {
  private byNode = new Map<Text, PhoneRange[]>();
  readonly highlight: Highlight | undefined;

  constructor(name: string) {
    // The CSS Custom Highlight API paints over text without touching the DOM (Chromium 105+, Firefox 140+).
    if (typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights) {
      this.highlight = new Highlight();
      CSS.highlights.set(name, this.highlight);
    }
  }

  /** Rescans one text node; returns how many numbers it holds now. */
  scanText(node: Text): number {
    this.forget(node);
    const data = node.data;
    if (data.length < 7 || !/\d/.test(data) || skippedElement(node.parentElement)) return 0;
    const found = findPhones(data);
    if (!found.length) return 0;
    const ranges = found.map(({ start, end, digits }) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      this.highlight?.add(range);
      return { range, digits };
    });
    this.byNode.set(node, ranges);
    return ranges.length;
  }

  forget(node: Text): void {
    const old = this.byNode.get(node);
    if (!old) return;
    for (const r of old) this.highlight?.delete(r.range);
    this.byNode.delete(node);
  }

  /** Drops numbers whose text left the document (the page re-rendered). */
  prune(): void {
    for (const node of this.byNode.keys()) if (!node.isConnected) this.forget(node);
  }

  /** The number drawn under a point of the viewport, if any. */
  at(x: number, y: number): PhoneRange | undefined {
    const hit = caretAt(x, y);
    if (!hit) return undefined;
    // A node the page rendered a moment ago may not be scanned yet: one text node is cheap to scan now.
    if (!this.byNode.has(hit)) this.scanText(hit);
    const candidates = this.byNode.get(hit);
    if (!candidates) return undefined;
    return candidates.find(({ range }) =>
      Array.from(range.getClientRects()).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1),
    );
  }

  get size(): number {
    let n = 0;
    for (const list of this.byNode.values()) n += list.length;
    return n;
  }
}

function caretAt(x: number, y: number): Text | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const node =
    typeof doc.caretPositionFromPoint === 'function'
      ? doc.caretPositionFromPoint(x, y)?.offsetNode
      : doc.caretRangeFromPoint?.(x, y)?.startContainer;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}
