/**
 * Every way a PBX command can fail, as one typed error. The UI maps `code` to words a person can act on
 * (see src/ui/shared/i18n.ts); `detail` keeps what the server said for the log and the tooltip.
 */
export type PbxErrorCode =
  | 'bad-token' //      401: the token/key is wrong or revoked → open settings
  | 'bad-params' //     400: the PBX refused a field (a number it cannot dial, an unknown user)
  | 'not-found' //      404: user/employee not known to the PBX
  | 'bad-address' //    3xx / 404 on the endpoint / not a PBX answering: the PBX address is wrong
  | 'unreachable' //    DNS, refused connection, TLS, offline
  | 'timeout' //        no answer in time
  | 'server' //         5xx
  | 'rate-limited' //   429
  | 'bad-reply' //      200 but a body we cannot read
  | 'no-permission' //  the browser has not been allowed to reach the PBX origin
  | 'not-configured' // settings are missing
  | 'unsupported'; //  this PBX has no such command; `detail` is an i18n key (dndAbsent_gravitel)

export class PbxError extends Error {
  override readonly name = 'PbxError';
  constructor(
    readonly code: PbxErrorCode,
    readonly detail = '',
    readonly status?: number,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export const isPbxError = (e: unknown): e is PbxError => e instanceof PbxError;
