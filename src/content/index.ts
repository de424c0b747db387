/**
 * Content script, in every frame: observe the page's text → match phone numbers → show them as callable
 * (a highlight painted over the text) → on a person's click, ask the background to call.
 */
import type { Messages } from '../core/messages.ts';
import { formatPhone, normalisePhone } from '../core/phone.ts';
import { errorText, fixInSettings, t } from '../ui/shared/i18n.ts';
import { send } from '../ui/shared/send.ts';
import { PhoneIndex } from './matches.ts';
import { Scanner } from './scanner.ts';
import { listenForCalls } from './click.ts';
import { isToastHost, showToast } from './toast.ts';
import { trackHover } from './hover.ts';

const optedOut = () => document.documentElement?.hasAttribute('data-no-phone-links');

function main(): void {
  if (optedOut() || !document.documentElement) return;
  const index = new PhoneIndex('pbx-phone');
  const scanner = new Scanner(index, isToastHost);
  const controller = new AbortController();
  scanner.start(document);
  listenForCalls(index, call, controller.signal);
  trackHover(index, controller.signal);
}

async function call(phone: string): Promise<void> {
  const shown = normalisePhone(phone);
  showToast({ kind: 'info', text: t('calling', shown ? formatPhone(shown) : phone) });
  let result: Messages['call']['response'];
  try {
    result = await send('call', { phone });
  } catch {
    // The extension was updated or removed under this page: its old content script can no longer reach it.
    result = { ok: false, error: { code: 'unreachable', detail: 'extension' } };
  }
  if (result.ok) {
    showToast({ kind: 'info', text: t('callPlaced', formatPhone(result.digits)) });
    return;
  }
  const error = result.error;
  showToast(
    {
      kind: 'error',
      text: errorText(error),
      action: fixInSettings(error) ? { label: t('openSettings'), run: () => void send('open-options', {}) } : undefined,
    },
    12000,
  );
}

main();
