/** Click-to-call: normalise the number, ask the PBX to ring the manager's phone and then the client. */
import { normalisePhone } from '../core/phone.ts';
import type { Messages } from '../core/messages.ts';
import { getSettings } from '../storage/settings.ts';
import { runCommand } from './pbx.ts';

type Answer = Messages['call']['response'];

/**
 * A second request for the same number while its call is being placed, or within this long after, is the same call:
 * a double-click on a link, or a person who clicked again because the phone had not rung yet. The PBX would ring the
 * manager's phone twice. A call that failed can be retried at once.
 */
export const SAME_CALL_MS = 5_000;
const placing = new Map<string, { answer: Promise<Answer>; until: number }>();

export async function placeCall(rawPhone: string): Promise<Answer> {
  const s = await getSettings();
  const digits = normalisePhone(rawPhone, s.region);
  if (!digits) return { ok: false, error: { code: 'bad-number', detail: rawPhone.slice(0, 40) } };
  const now = Date.now();
  for (const [key, { until }] of placing) if (until <= now) placing.delete(key);
  // The same number through another PBX or as another user (settings just changed) is another call.
  const key = [digits, s.mode, s.provider, s.pbxUrl, s.user, s.relayUrl, s.agentKey].join(' ');
  const same = placing.get(key);
  if (same) return same.answer;
  const answer = runCommand(async (provider, ready) => {
    await provider.makeCall(ready.user, digits);
    return { digits };
  });
  const entry = { answer, until: Infinity };
  placing.set(key, entry);
  const r = await answer;
  if (r.ok) entry.until = Date.now() + SAME_CALL_MS;
  else placing.delete(key);
  return r;
}
