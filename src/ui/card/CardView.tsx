/**
 * The client card, inside the extension's own frame in the page: who calls, from which company, on which of our
 * lines, the call's state with a running timer; open in CRM, copy, call back, dismiss. Everything from webhooks is
 * rendered as text (Preact escapes it), never as HTML.
 */
import browser from 'webextension-polyfill';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { clock, type Card } from '../../core/call-card.ts';
import type { CardUpdate } from '../../core/messages.ts';
import { formatPhone } from '../../core/phone.ts';
import { t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';

const TAKEN_HIDE_MS = 4000;

export function CardView() {
  const card = useSignal<Card | null>(null);
  const now = useSignal(Date.now());
  const copied = useSignal(false);

  useEffect(() => {
    void send('card:current', {}).then((r) => (card.value = r.card));
    const onUpdate = (m: unknown) => {
      const update = m as CardUpdate;
      if (update?.type === 'card:update' && (!card.value || card.value.callId === update.card.callId || update.card.state === 'ringing')) card.value = update.card;
    };
    browser.runtime.onMessage.addListener(onUpdate);
    const timer = setInterval(() => (now.value = Date.now()), 1000);
    return () => {
      browser.runtime.onMessage.removeListener(onUpdate);
      clearInterval(timer);
    };
  }, []);

  // Answered by a colleague: say so, then get out of the way.
  useEffect(() => {
    if (card.value?.state !== 'taken') return;
    const id = setTimeout(() => void send('card:dismiss', { callId: card.value!.callId }), TAKEN_HIDE_MS);
    return () => clearTimeout(id);
  }, [card.value?.state]);

  const c = card.value;
  if (!c) return <main class="card" aria-busy="true" />;
  const phone = formatPhone(c.phone);
  return (
    <main class="card" data-state={c.state} aria-live="polite">
      <div class="state">
        <span id="card-state">{stateText(c)}</span>
        <span id="card-timer">{timerText(c, now.value)}</span>
      </div>
      <p class="name" id="card-name">{c.contactName || t('unknownNumber')}</p>
      <p class="phone" id="card-phone">{phone}</p>
      <p class="meta" id="card-meta">{[c.company, c.group, c.line && t('onLine', unbroken(formatPhone(c.line)))].filter(Boolean).join(' · ')}</p>
      <div class="actions">
        <button id="card-crm" onClick={() => void send('card:open-crm', { callId: c.callId })}>{t('openInCrm')}</button>
        <button class="secondary" id="card-copy" onClick={() => void navigator.clipboard.writeText(`+${c.phone}`).then(() => (copied.value = true))}>
          {copied.value ? t('copied') : t('copyNumber')}
        </button>
        {c.state !== 'ringing' && c.state !== 'answered' && (
          <button class="secondary" id="card-callback" onClick={() => void send('call', { phone: `+${c.phone}` })}>{t('callBack')}</button>
        )}
        <button class="secondary" id="card-dismiss" aria-label={t('close')} onClick={() => void send('card:dismiss', { callId: c.callId })}>×</button>
      </div>
    </main>
  );
}

/** A number in running text must not wrap in the middle ("+7 / 495 …"): no-break spaces. */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');

function stateText(c: Card): string {
  switch (c.state) {
    case 'ringing':
      return t('cardRinging');
    case 'outgoing':
      return t('cardOutgoing');
    case 'answered':
      return t('cardAnswered');
    case 'ended':
      return t('cardEnded');
    case 'missed':
      return t('cardMissed');
    case 'taken':
      return t('cardTaken', c.answeredBy ?? '');
    case 'transferred':
      return t('cardTransferred', c.transferredTo ?? '');
  }
}

function timerText(c: Card, now: number): string {
  if (c.state === 'answered' && c.answeredAt) return clock((now - c.answeredAt) / 1000);
  if (c.state === 'ended' && c.durationS !== undefined) return clock(c.durationS);
  return '';
}
