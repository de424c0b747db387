/**
 * The client card in the page: an iframe of the extension's own origin, so the page's scripts cannot read who is
 * calling. It hangs off <html> in our own shadow host, only while a card is shown, like the toast.
 */
import { ext } from '../ui/shared/ext.ts';
import { t } from '../ui/shared/i18n.ts';

export const CARD_TAG = 'pbx-call-card';
let host: HTMLElement | undefined;

export function showCardFrame(): void {
  if (!host) {
    host = document.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    frame.src = ext.runtime.getURL('src/ui/card/index.html');
    frame.title = t('cardRinging');
    frame.setAttribute('allow', 'clipboard-write');
    const style = document.createElement('style');
    style.textContent = `:host { all: initial; }
      iframe { position: fixed; z-index: 2147483647; top: 12px; right: 12px; width: 360px; height: 236px; border: 0;
        border-radius: 12px; box-shadow: 0 6px 24px rgba(0,0,0,.3); background: transparent; color-scheme: normal; }`;
    root.append(style, frame);
  }
  if (!host.isConnected) document.documentElement.append(host);
}

export function hideCardFrame(): void {
  host?.remove();
  host = undefined;
}

export const isCardHost = (node: Node) => node === host;
