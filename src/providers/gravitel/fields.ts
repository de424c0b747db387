/** Gravitel REST API v1 (spec §2): settings and capabilities, without the adapter code (for the options page). */
import type { ProviderCapabilities, ProviderField } from '../provider.ts';

/** The seed's example says `extension`, its table says `from`; `user` is seen too. */
export const GRAVITEL_CALLER_FIELDS = ['extension', 'from', 'user'] as const;
export type GravitelCallerField = (typeof GRAVITEL_CALLER_FIELDS)[number];

export const GRAVITEL_DEFAULT_URL = 'https://crm.aicall.ru';

export const gravitelFields: readonly ProviderField[] = [
  { key: 'url', label: 'field_gravitel_url', optional: true, default: GRAVITEL_DEFAULT_URL },
  { key: 'domain', label: 'field_gravitel_domain' },
  { key: 'token', label: 'field_gravitel_token', secret: true },
  { key: 'callerField', label: 'field_gravitel_callerField', optional: true, default: 'extension', options: GRAVITEL_CALLER_FIELDS },
];

export const gravitelCapabilities: ProviderCapabilities = {
  call: true,
  dnd: 'no',
  dndNote: 'dndAbsent_gravitel',
  groups: true,
  history: true,
  callerId: true,
  screenPop: true,
  nameLookup: true,
};
