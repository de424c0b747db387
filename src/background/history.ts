/** Recent calls for the popup: the PBX history is the authoritative record of how each call ended. */
import type { Messages, RecentCall } from '../core/messages.ts';
import { normalisePhone } from '../core/phone.ts';
import type { HistoryRecord } from '../providers/provider.ts';
import { runCommand } from './pbx.ts';

const LIMIT = 15;

export function recentCalls(): Promise<Messages['history:recent']['response']> {
  return runCommand(async (provider, s) => {
    const today = await provider.history({ period: 'today', type: 'all' });
    const rows = today.length >= LIMIT ? today : [...today, ...(await provider.history({ period: 'yesterday', type: 'all' }))];
    // Direct mode reads the whole PBX's history; a manager sees only his own calls (`login@domain`).
    const mine = rows.filter((r) => s.mode === 'relay' || r.account === s.user || r.account.startsWith(`${s.user}@`));
    return { calls: mine.sort((a, b) => b.start.getTime() - a.start.getTime()).slice(0, LIMIT).map(toRecent) };
  });
}

const toRecent = (r: HistoryRecord): RecentCall => ({
  id: r.id,
  type: r.type,
  phone: normalisePhone(r.client) ?? r.client.replace(/\D/g, ''),
  startMs: r.start.getTime(),
  durationS: r.durationS,
  recordUrl: r.recordUrl,
});
