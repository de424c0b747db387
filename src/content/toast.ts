/**
 * What the person sees after a click: "calling…", then "your phone will ring" or the error in words.
 * Drawn in a shadow root of our own host element (its styles can't leak either way), which exists only while there is something to show
 * and hangs off <html>, outside the page's body, so the page's own tree never changes.
 */
import { t } from '../ui/shared/i18n.ts';

export const TOAST_TAG = 'pbx-call-toast';
const STYLE = `
  :host { all: initial; }
  .box { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 360px; box-sizing: border-box;
    padding: 12px 14px; border-radius: 10px; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff;
    box-shadow: 0 4px 18px rgba(0,0,0,.25); border-left: 5px solid #2e7d32; display: flex; gap: 10px; align-items: flex-start; }
  .box.error { border-left-color: #c62828; }
  .text { flex: 1; }
  button { font: inherit; cursor: pointer; border: 0; background: none; color: #1565c0; padding: 0; }
  button.close { color: #666; font-size: 18px; line-height: 1; }
  @media (prefers-color-scheme: dark) { .box { background: #2b2b2b; color: #eee; } button { color: #90caf9; } }
`;

export interface ToastContent {
  text: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** The close button's label, read ahead (see index.ts): an orphaned script can no longer read the extension's strings. */
let closeLabel = '';
export const readToastStrings = () => void (closeLabel ||= t('close'));

let host: HTMLElement | undefined;
let box: HTMLDivElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

export const isToastHost = (node: Node) => node === host;

export function showToast(content: ToastContent, hideAfterMs = 6000): void {
  if (!host) {
    host = document.createElement(TOAST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    box = document.createElement('div');
    box.setAttribute('role', 'status');
    root.append(style, box);
  }
  // Re-attach if the page threw it out (some SPAs reset <html> children).
  if (!host.isConnected) document.documentElement.append(host);
  render(content);
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hideToast, hideAfterMs);
}

export function hideToast(): void {
  host?.remove();
}

function render({ text, kind, action }: ToastContent): void {
  if (!box) return;
  box.className = `box ${kind}`;
  box.dataset.kind = kind;
  const span = document.createElement('span');
  span.className = 'text';
  span.textContent = text; // text, never HTML
  const parts: Node[] = [span];
  if (action) {
    const button = document.createElement('button');
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    parts.push(button);
  }
  const close = document.createElement('button');
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', closeLabel || t('close'));
  close.addEventListener('click', hideToast);
  parts.push(close);
  box.replaceChildren(...parts);
}
