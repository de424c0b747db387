/** Comparing and hashing secrets the way an attacker timing our replies learns nothing from. */
import { createHash, timingSafeEqual } from 'node:crypto';

export const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Constant-time equality for secrets of any length: timingSafeEqual needs equal lengths, and comparing the
 * fixed-size hashes gives that without leaking the real length.
 */
export function secretEquals(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

/** `Authorization: Bearer <token>` → the token, or undefined. */
export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer[ \t]+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}
