// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyEvent, clock, unseenMissed, type Card } from '../../src/core/call-card.ts';
import type { CallEvent, CallEventKind } from '../../src/core/call-event.ts';

let seq = 0;
const ev = (kind: CallEventKind, extra: Partial<CallEvent> = {}): CallEvent => ({
  id: String(++seq), seq, callId: 'c1', provider: 'itoolabs', kind, direction: 'in', phone: '79101234567', user: 'andy', at: 1_000_000 + seq * 1000, ...extra,
});
const run = (...events: CallEvent[]) => events.reduce<Card[]>((cards, e) => applyEvent(cards, e).cards, []);

describe('call card', () => {
  it('ringing pops a card with who calls, our line and the department', () => {
    const r = applyEvent([], ev('ringing', { contactName: 'ООО Ромашка', line: '74951234567', group: 'Отдел продаж' }));
    expect(r.pop).toBe(true);
    expect(r.card).toMatchObject({ state: 'ringing', phone: '79101234567', contactName: 'ООО Ромашка', line: '74951234567', group: 'Отдел продаж' });
  });

  it('answered then ended gives the duration; a repeated event changes nothing', () => {
    const ring = ev('ringing');
    const answer = { ...ev('answered'), at: 2_000_000 };
    const end = { ...ev('ended'), at: 2_065_000 };
    const cards = run(ring, answer, end, answer, ring);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ state: 'ended', answeredAt: 2_000_000, durationS: 65 });
    expect(applyEvent(run(ring), ring).pop).toBe(false);
  });

  it('a ring nobody answered is missed and counts until seen', () => {
    const cards = run(ev('ringing'), ev('missed'), ev('ringing', { callId: 'c2' }), ev('missed', { callId: 'c2' }));
    expect(cards.map((c) => c.state)).toEqual(['missed', 'missed']);
    expect(unseenMissed(cards)).toBe(2);
  });

  it('answered by a colleague is not missed', () => {
    const cards = run(ev('ringing'), ev('missed', { answeredBy: 'daria' }));
    expect(cards[0]).toMatchObject({ state: 'taken', answeredBy: 'daria' });
    expect(unseenMissed(cards)).toBe(0);
  });

  it('outgoing and transferred are shown as such; history adds the recording', () => {
    const out = run(ev('outgoing', { direction: 'out', callId: 'o1' }), ev('answered', { callId: 'o1' }), ev('ended', { callId: 'o1', durationS: 11 }));
    expect(out[0]).toMatchObject({ state: 'ended', direction: 'out', durationS: 11 });
    const tr = run(ev('ringing'), ev('answered'), ev('transferred', { transferredTo: 'mike' }), ev('history', { recordUrl: 'https://r/x.mp3', durationS: 40 }));
    expect(tr[0]).toMatchObject({ state: 'transferred', transferredTo: 'mike', recordUrl: 'https://r/x.mp3', durationS: 40 });
    expect(run(ev('history', { callId: 'never-rang' }))).toEqual([]);
  });

  it('formats clocks', () => {
    expect(clock(5)).toBe('0:05');
    expect(clock(65)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
  });
});
