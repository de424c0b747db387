/**
 * The one way the relay turns a number into a directory key and an event's `phone`, so that '+7 (910) 123-45-67'
 * in a CSV, '79101234567' in a webhook and '89101234567' typed by an admin meet. Numbers normalisePhone cannot
 * place (an internal extension, a foreign short code) keep their digits, so they still match themselves.
 */
import { normalisePhone, useAbroad, type PhoneRegion } from '../../src/core/phone.ts';
import * as abroadTables from '../../src/core/phone-abroad.ts';

useAbroad(abroadTables);

/** `region`: how a number without its country's code reads (RELAY_REGION; what an admin types or imports). */
export function phoneKey(raw: string, region: PhoneRegion = 'RU'): string | null {
  const normalised = normalisePhone(raw, region);
  if (normalised) return normalised;
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 2 && digits.length <= 20 ? digits : null;
}
