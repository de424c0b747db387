/**
 * "Call from": on a PBX whose capabilities say callerId, a select of our outgoing lines; choosing one sets this
 * manager's caller id on the PBX itself and says precisely what happened (the number now shown, or why not).
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Failure } from '../../core/messages.ts';
import { formatPhone } from '../../core/phone.ts';
import type { PbxNumber } from '../../providers/provider.ts';
import { t } from '../shared/i18n.ts';
import { request } from '../shared/send.ts';
import { ErrorLine } from './ErrorLine.tsx';

export function CallerId() {
  const numbers = useSignal<PbxNumber[] | null>(null);
  /** '' = the PBX's default line; null = not known yet (nothing chosen here). */
  const current = useSignal<string | null>(null);
  const busy = useSignal(false);
  const result = useSignal('');
  const error = useSignal<Failure['error'] | null>(null);

  useEffect(() => {
    void request('callerid:get', {}).then((r) => {
      if (r.ok) {
        numbers.value = r.numbers;
        current.value = r.current;
      } else {
        numbers.value = [];
        error.value = r.error;
      }
    });
  }, []);

  async function choose(number: string) {
    busy.value = true;
    error.value = null;
    result.value = '';
    const r = await request('callerid:set', { number });
    busy.value = false;
    if (r.ok) {
      current.value = r.number;
      result.value = r.number ? t('callFromSet', formatPhone(r.number)) : t('callFromCleared');
    } else {
      error.value = r.error;
    }
  }

  const label = (n: PbxNumber) => (n.name && n.name !== n.number ? `${formatPhone(n.number)} — ${n.name}` : formatPhone(n.number));
  return (
    <div class="caller-id">
      <label for="caller-id">{t('callFrom')}</label>
      <select
        id="caller-id"
        disabled={numbers.value === null || busy.value}
        aria-busy={numbers.value === null || busy.value ? 'true' : undefined}
        aria-describedby="caller-id-result"
        value={current.value ?? ''}
        data-current={current.value ?? ''}
        onChange={(e) => void choose((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{numbers.value === null ? t('loading') : t('callFromDefault')}</option>
        {(numbers.value ?? []).map((n) => (
          <option value={n.number}>{label(n)}</option>
        ))}
      </select>
      <div id="caller-id-result">
        {result.value && <p class="msg ok" role="status">{result.value}</p>}
        {error.value && <ErrorLine error={error.value} />}
      </div>
    </div>
  );
}
