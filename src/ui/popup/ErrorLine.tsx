/** A failed command as a sentence a person can act on, with a way to the settings when the fix is there. */
import type { Failure } from '../../core/messages.ts';
import { errorText, fixInSettings, t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';

export function ErrorLine({ error }: { error: Failure['error'] }) {
  return (
    <p class="msg error" role="alert" data-code={error.code}>
      {errorText(error)}{' '}
      {fixInSettings(error) && (
        <button class="secondary" onClick={() => void send('open-options', {})}>
          {t('openSettings')}
        </button>
      )}
    </p>
  );
}
