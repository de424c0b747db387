/** The popup's call section: the call in progress (from the cards) and this manager's recent calls (PBX history). */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { isLive, type Card } from '../../core/call-card.ts';
import type { RecentCall } from '../../core/messages.ts';
import { formatPhone } from '../../core/phone.ts';
import { clock } from '../../core/call-card.ts';
import { formatWhen, t } from '../shared/i18n.ts';
import { request, send } from '../shared/send.ts';

/** `history: false` (the PBX keeps no call history we can read): no list, one line saying why. */
/** `historyNote`: why the PBX has no history (i18n key); none = nothing to say here (the popup said it already). */
export function Calls({ history, historyNote }: { history: boolean; historyNote?: string }) {
  const live = useSignal<Card | null>(null);
  const recent = useSignal<RecentCall[] | null>(null);

  useEffect(() => {
    // Opening the popup counts as seeing the missed calls: the badge clears.
    void send('cards:recent', {}).then((r) => (live.value = r.cards.find(isLive) ?? null));
    if (history) void request('history:recent', {}).then((r) => (recent.value = r.ok ? r.calls : []));
  }, []);

  return (
    <section class="calls">
      {live.value && (
        <p class="live" id="live-call">
          <strong>{live.value.contactName || formatPhone(live.value.phone)}</strong> · {t(live.value.state === 'answered' ? 'cardAnswered' : 'cardRinging')}
        </p>
      )}
      {(history || historyNote) && <h2>{t('recentCalls')}</h2>}
      {!history ? (
        historyNote && <p class="hint" id="history-absent">{t(historyNote)}</p>
      ) : recent.value === null ? (
        <p class="hint">{t('loading')}</p>
      ) : recent.value.length === 0 ? (
        <p class="hint">{t('noRecentCalls')}</p>
      ) : (
        <ul id="recent-calls">
          {recent.value.map((c) => (
            <li data-type={c.type}>
              <span class={`type ${c.type}`} aria-hidden="true">{c.type === 'out' ? '↗' : c.type === 'missed' ? '✕' : '↙'}</span>
              <span class="who">{formatPhone(c.phone)}</span>
              <span class="when">{formatWhen(c.startMs)}</span>
              <span class="dur">{c.durationS ? clock(c.durationS) : ''}</span>
              {c.recordUrl && (
                <a href={c.recordUrl} target="_blank" rel="noreferrer" aria-label={t('recording')}>▶</a>
              )}
              <button class="secondary" aria-label={t('callBack')} onClick={() => void send('call', { phone: `+${c.phone}` })}>☎</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
