/** Sipuni (spec §3): settings and capabilities, without the adapter code (for the options page). */
import type { ProviderCapabilities, ProviderField } from '../provider.ts';

export const SIPUNI_DEFAULT_URL = 'https://sipuni.com/api';

export const sipuniFields: readonly ProviderField[] = [
  { key: 'account', label: 'field_sipuni_account' },
  // The "secret key" of the Sipuni cabinet: it signs every request and is never sent itself.
  { key: 'token', label: 'field_sipuni_secret', secret: true },
  { key: 'url', label: 'field_sipuni_url', optional: true, default: SIPUNI_DEFAULT_URL },
];

export const sipuniCapabilities: ProviderCapabilities = {
  call: true,
  // workplace/setUserStatus (break / away) is the nearest thing; it cannot be read back.
  dnd: 'approximate',
  dndNote: 'dndApprox_sipuni',
  groups: false,
  history: false,
  historyNote: 'historyAbsent_sipuni',
  callerId: false,
  screenPop: true,
  nameLookup: false,
};
