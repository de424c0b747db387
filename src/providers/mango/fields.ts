/** Mango Office VPBX API v1.10 (spec §4): settings and capabilities, without the adapter code. */
import type { ProviderCapabilities, ProviderField } from '../provider.ts';

export const MANGO_DEFAULT_URL = 'https://app.mango-office.ru/vpbx';

export const mangoFields: readonly ProviderField[] = [
  { key: 'token', label: 'field_mango_key', secret: true },
  { key: 'salt', label: 'field_mango_salt', secret: true },
  { key: 'url', label: 'field_mango_url', optional: true, default: MANGO_DEFAULT_URL },
];

export const mangoCapabilities: ProviderCapabilities = {
  call: true,
  dnd: 'no',
  dndNote: 'dndAbsent_mango',
  groups: false,
  history: false,
  historyNote: 'historyAbsent_mango',
  callerId: false,
  screenPop: true,
  nameLookup: false,
};
