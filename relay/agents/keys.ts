/**
 * Agent keys: 256 random bits, shown once; the relay stores only their sha256. A high-entropy key looked up by
 * its hash needs no constant-time compare: knowing how close a guessed hash came tells nothing about a key.
 */
import { randomBytes } from 'node:crypto';
import { sha256 } from '../http/secrets.ts';

export const newAgentKey = (): string => randomBytes(32).toString('base64url');

export const agentKeyHash = (key: string): string => sha256(key).toString('hex');

/**
 * What the admin hands the agent: `pbxrelay://host[:port]/?key=…`, which the extension's options accept
 * (src/core/settings.ts parsePairingLink reads it as https, or http on loopback). A plain-http relay off loopback
 * gets the explicit `http://…/?key=` form instead, since pbxrelay:// would mean https there.
 */
export function pairingLink(publicUrl: string, key: string): string {
  const url = new URL(publicUrl);
  const loopback = /^(127\.|localhost$|\[::1\]$)/i.test(url.hostname);
  const query = `?key=${encodeURIComponent(key)}`;
  if (url.protocol === 'https:' || loopback) return `pbxrelay://${url.host}/${query}`;
  return `${url.origin}/${query}`;
}
