/**
 * The content-script stylesheet (highlight.css) styles highlights in the document only: `::highlight()` rules
 * are matched in the tree of the text they paint, so each open shadow root gets the same rules as a constructed
 * sheet added to its `adoptedStyleSheets` (no element or attribute is added). If the browser refuses, numbers
 * there stay callable, just not tinted.
 */
import css from './highlight.css?raw';

let sheet: CSSStyleSheet | null | undefined;

export function adoptHighlightStyles(root: ShadowRoot): void {
  try {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    sheet = null;
  }
}
