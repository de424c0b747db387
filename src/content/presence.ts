/**
 * In relay mode the top frame of each tab keeps a port open to the background. When the browser stops the idle
 * background the port breaks, and reconnecting wakes it at once, so the next ringing call still pops in time.
 * The background publishes a plain flag (`presence`) saying whether it needs this; no settings are read here.
 */
import type Browser from 'webextension-polyfill';
import { ext } from '../ui/shared/ext.ts';
import { PRESENCE_PORT } from '../core/messages.ts';

export function keepPresence(): void {
  let port: Browser.Runtime.Port | undefined;
  let wanted = false;

  const connect = () => {
    if (!wanted || port) return;
    try {
      port = ext.runtime.connect({ name: PRESENCE_PORT });
    } catch {
      return; // the extension was reloaded: this old content script is orphaned
    }
    port.onDisconnect.addListener(() => {
      port = undefined;
      setTimeout(connect, 50);
    });
  };

  const apply = (value: unknown) => {
    wanted = value === true;
    if (wanted) connect();
    else {
      port?.disconnect();
      port = undefined;
    }
  };

  void ext.storage.local.get('presence').then(({ presence }) => apply(presence));
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'presence' in changes) apply(changes.presence?.newValue);
  });
}
