/** Toolbar popup: DND on the PBX (read on open, set on toggle), a field to call a typed number, or what is missing. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Failure, Status } from '../../core/messages.ts';
import { t } from '../shared/i18n.ts';
import { noAnswer, request, send } from '../shared/send.ts';
import { CallerId } from './CallerId.tsx';
import { Calls } from './Calls.tsx';
import { ErrorLine } from './ErrorLine.tsx';


export function Popup() {
  const status = useSignal<Status | null>(null);
  const dnd = useSignal<boolean | null>(null);
  const busy = useSignal(false);
  const error = useSignal<Failure['error'] | null>(null);

  useEffect(() => {
    void send('status', {}).then((s) => {
      status.value = s;
      dnd.value = s.dnd;
      // A PBX without a readable DND is not asked: its toggle is absent (no) or set-only (approximate).
      if (s.configured && s.capabilities.dnd === 'yes') void refreshDnd();
    }, (e: unknown) => (error.value = noAnswer(e)));
  }, []);

  async function refreshDnd() {
    const r = await request('dnd:get', {});
    if (r.ok) dnd.value = r.on;
    else error.value = r.error;
  }

  async function toggleDnd(on: boolean) {
    busy.value = true;
    error.value = null;
    const r = await request('dnd:set', { on });
    busy.value = false;
    if (r.ok) dnd.value = r.on;
    else error.value = r.error;
  }

  if (!status.value) return error.value ? <main><ErrorLine error={error.value} /></main> : <main aria-busy="true">{t('loading')}</main>;
  if (!status.value.configured) {
    return (
      <main id="not-configured">
        <h1>{t('popupTitle')}</h1>
        <p>{t('notConfigured')}</p>
        <button onClick={() => void send('open-options', {}).then(() => close())}>{t('openSettings')}</button>
      </main>
    );
  }

  const on = dnd.value === true;
  const caps = status.value.capabilities;
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p class="who">{t('signedInAs', status.value.userName || status.value.user)}</p>
      {!caps.call ? (
        // A relay with no PBX for commands: one sentence says what is off and why (cards still come).
        <p class="hint" id="call-absent">{t('relayNoPbx')}</p>
      ) : caps.dnd === 'no' ? (
        <p class="hint" id="dnd-absent" data-reason={caps.dndNote}>{t(caps.dndNote ?? 'dndAbsent')}</p>
      ) : (
      <div class={`dnd ${on ? 'on' : ''}`} data-approximate={caps.dnd === 'approximate' ? 'true' : undefined}>
        <div>
          <label for="dnd" style="margin:0">{t('dnd')}</label>
          <p class="hint" id="dnd-hint">
            {caps.dnd === 'approximate' ? t(caps.dndNote ?? 'dndApprox') : dnd.value === null ? t('loading') : on ? t('dndOnHint') : t('dndOffHint')}
          </p>
        </div>
        <input
          id="dnd"
          type="checkbox"
          role="switch"
          class="switch"
          aria-describedby="dnd-hint"
          checked={on}
          disabled={busy.value || (dnd.value === null && caps.dnd === 'yes')}
          data-state={dnd.value === null ? 'unknown' : on ? 'on' : 'off'}
          onChange={(e) => void toggleDnd((e.currentTarget as HTMLInputElement).checked)}
        />
      </div>
      )}
      {caps.callerId && <CallerId />}
      {caps.call && <Dialer onError={(e) => (error.value = e)} />}
      {error.value && <ErrorLine error={error.value} />}
      <Calls history={caps.history} historyNote={caps.call ? (caps.historyNote ?? 'historyAbsent') : undefined} />
    </main>
  );
}

function Dialer({ onError }: { onError: (e: Failure['error'] | null) => void }) {
  const number = useSignal('');
  const placed = useSignal('');
  async function submit(e: Event) {
    e.preventDefault();
    onError(null);
    placed.value = '';
    const r = await request('call', { phone: number.value });
    if (r.ok) placed.value = t('callPlaced', number.value);
    else onError(r.error);
  }
  return (
    <form class="dial" onSubmit={submit}>
      <label for="dial-number">{t('callNumber')}</label>
      <div class="row">
        <input id="dial-number" type="tel" autocomplete="off" value={number.value} onInput={(e) => (number.value = (e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={!number.value.trim()}>{t('callButton')}</button>
      </div>
      {placed.value && <p class="msg ok" role="status">{placed.value}</p>}
    </form>
  );
}
