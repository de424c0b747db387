/** Click-to-call: normalise the number, ask the PBX to ring the manager's phone and then the client. */
import { normalisePhone } from '../core/phone.ts';
import type { Messages } from '../core/messages.ts';
import { providerFor, readySettings, toFailure } from './pbx.ts';

export async function placeCall(rawPhone: string): Promise<Messages['call']['response']> {
  const digits = normalisePhone(rawPhone);
  if (!digits) return { ok: false, error: { code: 'bad-number', detail: rawPhone.slice(0, 40) } };
  let pbxUrl: string | undefined;
  try {
    const s = await readySettings();
    pbxUrl = s.pbxUrl;
    await providerFor(s).makeCall(s.user, digits);
    return { ok: true, digits };
  } catch (e) {
    return toFailure(e, pbxUrl);
  }
}
