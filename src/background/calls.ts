/** Click-to-call: normalise the number, ask the PBX to ring the manager's phone and then the client. */
import { normalisePhone } from '../core/phone.ts';
import type { Messages } from '../core/messages.ts';
import { getSettings } from '../storage/settings.ts';
import { runCommand } from './pbx.ts';

export async function placeCall(rawPhone: string): Promise<Messages['call']['response']> {
  const digits = normalisePhone(rawPhone, (await getSettings()).region);
  if (!digits) return { ok: false, error: { code: 'bad-number', detail: rawPhone.slice(0, 40) } };
  return runCommand(async (provider, s) => {
    await provider.makeCall(s.user, digits);
    return { digits };
  });
}
