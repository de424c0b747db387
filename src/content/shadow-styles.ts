/**
 * The content-script stylesheet (highlight.css) styles highlights in the document only: `::highlight()` rules
 * are matched in the tree of the text they paint, so each open shadow root gets the same rules as a constructed
 * sheet added to its `adoptedStyleSheets` (no element or attribute is added). If the browser refuses, numbers
 * there stay callable, just not tinted.
 */
// (?inline: the rules as the build minifies them, without the file's comments.)
import css from './highlight.css?inline';

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
