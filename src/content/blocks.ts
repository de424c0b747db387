/**
 * A number may be split over inline elements (`<b>+7</b> 910 123-45-67`): the text a person reads as one run is
 * the text of one block-level element minus its nested blocks. This joins that text and maps offsets in it back
 * to (text node, offset) pairs, so one DOM Range can span the nodes. Block-ness is judged by tag, not computed
 * style: reading styles on every scan would force the page's style recalculation again and again. Styles are read
 * in one rare case only: where a digit in one element meets a digit in the next with nothing between
 * (`<span style="display:block">…45-67</span><span style="display:block">8 (916)…</span>`), the two are one
 * number only if both elements really flow inline (`8<mark>9161</mark>234567`, a search hit, is one number).
 * Known limit: an element of a block tag restyled `display: inline` still breaks the run.
 */

/** Elements that flow inline by default; everything else (and `<br>`) breaks the run. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'label', 'mark', 'nobr', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

/** Where a number is never looked for: code, the page's own inputs and editors, what is not rendered as text. */
export const SKIP_TAGS = new Set(['head', 'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'template', 'svg', 'canvas', 'iframe', 'object']);

/** The elements `attachShadow` accepts besides custom ones (their names have a hyphen): only these can host a shadow root. */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** The element's open shadow root, asked only of elements that can have one (most of a table's cannot). */
export const shadowOf = (el: Element): ShadowRoot | null => (SHADOW_HOSTS.has(el.localName) || el.localName.includes('-') ? el.shadowRoot : null);

/** Not part of any text node: a match across it is two runs, not one number. */
export const BREAK = '\u2029';

export const isInline = (node: Node): boolean => node.nodeType === 1 && INLINE.has((node as Element).localName);

/** The block whose run a node belongs to: an element, or a shadow root / document when no block is in between. */
export function blockOf(node: Node): Node | null {
  let p: Node | null = node.nodeType === 3 ? node.parentNode : node;
  while (p && isInline(p)) p = p.parentNode;
  return p;
}

/**
 * Whether an element sits in code, an editor or an opted-out part of the page (crossing shadow boundaries).
 * Answers are remembered per ancestor for one slice of work (resetSkips): a table's 5,000 rows share them.
 */
export function skipped(node: Node): boolean {
  if ((designMode ??= document.designMode) === 'on') return true;
  const el = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? shadowHost(node));
  return !!el && skippedElement(el);
}

let skips = new WeakMap<Element, boolean>();
let designMode: string | undefined;
/** Each table's header row, remembered for one slice like the skips: a column of 5,000 ИНН cells asks it once. */
let headRows = new WeakMap<Element, Element | null>();
/** Attributes may have changed since: forget the remembered answers. */
export const resetSkips = () => {
  skips = new WeakMap();
  headRows = new WeakMap();
  designMode = undefined;
};

function skippedElement(el: Element): boolean {
  const known = skips.get(el);
  if (known !== undefined) return known;
  // (Most elements of a table or list have no attributes at all: one call instead of two.)
  const attributes = el.hasAttributes();
  const editable = attributes ? el.getAttribute('contenteditable') : null;
  const parent = el.parentElement ?? shadowHost(el);
  const result =
    SKIP_TAGS.has(el.localName) ||
    (attributes && el.hasAttribute('data-no-phone-links')) ||
    (editable !== null && editable !== 'false') ||
    (!!parent && skippedElement(parent));
  skips.set(el, result);
  return result;
}

function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The header of the table column a block sits in: the cell's in its table's header row, or for an ARIA grid's
 * cell the column header with its aria-colindex. Null elsewhere. (Columns shifted by a header's colspan are not
 * followed.)
 */
export function columnHeader(block: Element): string | null {
  const cell = block.closest('td, [role=gridcell], [role=cell]');
  if (!cell) return null;
  if (cell.localName === 'td') {
    const row = cell.parentElement;
    const table = cell.closest('table');
    if (!row || !table) return null;
    let head = headRows.get(table);
    if (head === undefined) headRows.set(table, (head = table.querySelector(':scope > thead > tr, :scope > tbody > tr, :scope > tr')));
    if (!head || head === row) return null;
    return head.children[Array.prototype.indexOf.call(row.children, cell)]?.textContent ?? null;
  }
  const index = cell.getAttribute('aria-colindex');
  const grid = cell.closest('[role=grid], [role=treegrid], [role=table]');
  if (!grid || !index || !/^\d+$/.test(index)) return null;
  return grid.querySelector(`[role=columnheader][aria-colindex="${index}"]`)?.textContent ?? null;
}

export interface Run {
  text: string;
  nodes: Text[];
  /** Where each node's text begins in `text`. */
  starts: number[];
}

/** The block's own text, nested blocks and skipped inline parts replaced by BREAK. */
export function runOf(block: Node): Run {
  const only = block.firstChild;
  // Most blocks of a list or table (a cell, an item) hold one text node: no walk for them.
  if (only && only.nodeType === 3 && !only.nextSibling) return { text: (only as Text).data, nodes: [only as Text], starts: [0] };
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  let n: Node | null = block.firstChild;
  let last: Text | undefined;
  while (n) {
    let descend = false;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (last && endsWithDigit(text) && startsWithDigit(data) && last.parentNode !== n.parentNode && !flowsOn(last, n as Text, block)) text += BREAK;
      nodes.push(n as Text);
      starts.push(text.length);
      text += data;
      if (data) last = n as Text;
    } else if (n.nodeType === 1) {
      const el = n as Element;
      descend = INLINE.has(el.localName) && !el.hasAttribute('contenteditable') && !el.hasAttribute('data-no-phone-links');
      if (!descend) text += BREAK;
    }
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    let up: Node = n;
    while (up !== block && !up.nextSibling && up.parentNode) up = up.parentNode;
    if (up === block) break;
    n = up.nextSibling;
  }
  return { text, nodes, starts };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const endsWithDigit = (s: string) => isDigitCode(s.charCodeAt(s.length - 1));
const startsWithDigit = (s: string) => isDigitCode(s.charCodeAt(0));

/** Whether every element between two adjacent text nodes of a run (below the block) is laid out inline. */
function flowsOn(a: Text, b: Text, block: Node): boolean {
  const inline = (el: Node | null): boolean => {
    for (; el && el !== block; el = el.parentNode) {
      if (el.nodeType !== 1 || el.contains(a) === el.contains(b)) continue; // not on the boundary
      const display = getComputedStyle(el as Element).display;
      if (display !== 'inline' && display !== 'contents' && display !== '') return false; // '': a DOM without styles (tests)
    }
    return true;
  };
  return inline(a.parentNode) && inline(b.parentNode);
}

/** The (node, offset) where a run offset falls; `end` picks the node a match ends in rather than the next one. */
export function locate(run: Run, offset: number, end: boolean): [Text, number] | null {
  const { nodes, starts } = run;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (end ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  const at = offset - starts[lo]!;
  return at >= 0 && at <= node.data.length ? [node, at] : null;
}
