/**
 * A failed PBX command → the HTTP reply the agent's extension gets, `{error, message}`. The PBX key is the
 * relay's, not the agent's: a PBX 401 must not look like "your agent key is wrong" (that is our own 401),
 * so it becomes a 502 that names the relay's configuration.
 */
import { isPbxError, type PbxErrorCode } from '../../src/providers/errors.ts';

export interface ErrorReply {
  status: number;
  /** `reason`: for `unsupported`, the i18n key saying why this PBX lacks it (dndAbsent_gravitel), as direct mode shows. */
  body: { error: string; message: string; reason?: string };
}

const MAP: Record<PbxErrorCode, { status: number; error: string; message: string }> = {
  'bad-token': { status: 502, error: 'pbx-bad-token', message: 'The PBX refused the relay\'s PBX_TOKEN: the relay administrator must update it' },
  'bad-address': { status: 502, error: 'pbx-bad-address', message: 'The relay\'s PBX_URL does not reach a PBX: the relay administrator must fix it' },
  'bad-params': { status: 400, error: 'bad-params', message: 'The PBX refused the request' },
  'not-found': { status: 404, error: 'not-found', message: 'The PBX does not know this user' },
  unreachable: { status: 502, error: 'unreachable', message: 'The relay cannot reach the PBX' },
  timeout: { status: 504, error: 'timeout', message: 'The PBX did not answer in time' },
  server: { status: 502, error: 'server', message: 'The PBX failed' },
  'rate-limited': { status: 429, error: 'rate-limited', message: 'The PBX asks to slow down' },
  'bad-reply': { status: 502, error: 'bad-reply', message: 'The PBX answered something the relay cannot read' },
  'no-permission': { status: 502, error: 'server', message: 'The relay cannot use the PBX' },
  unsupported: { status: 501, error: 'unsupported', message: 'This PBX has no such command' },
  'not-configured': { status: 503, error: 'not-configured', message: 'The relay has no PBX settings (PBX_PROVIDER, PBX_URL, PBX_TOKEN…): commands are off' },
};

export function pbxErrorReply(e: unknown): ErrorReply | undefined {
  if (!isPbxError(e)) return undefined;
  const m = MAP[e.code];
  const reason = e.code === 'unsupported' && /^[A-Za-z0-9_]+$/.test(e.detail) ? { reason: e.detail } : {};
  return { status: m.status, body: { error: m.error, message: e.detail ? `${m.message} (${e.detail})` : m.message, ...reason } };
}
