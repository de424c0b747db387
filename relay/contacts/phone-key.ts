/**
 * The one way the relay turns a number into a directory key and an event's `phone`, so that '+7 (910) 123-45-67'
 * in a CSV, '79101234567' in a webhook and '89101234567' typed by an admin meet. Numbers normalisePhone cannot
 * place (an internal extension, a foreign short code) keep their digits, so they still match themselves.
 */
import { normalisePhone } from '../../src/core/phone.ts';

export function phoneKey(raw: string): string | null {
  const normalised = normalisePhone(raw);
  if (normalised) return normalised;
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 2 && digits.length <= 20 ? digits : null;
}
