/** ITooLabs crm_api.wcgp (spec §1.1): settings and capabilities, without the adapter code. */
import type { ProviderCapabilities, ProviderField } from '../provider.ts';

export const itoolabsFields: readonly ProviderField[] = [
  { key: 'url', label: 'field_itoolabs_url' },
  { key: 'token', label: 'field_itoolabs_token', secret: true },
];

export const itoolabsCapabilities: ProviderCapabilities = {
  call: true,
  dnd: 'yes',
  groups: true,
  history: true,
  callerId: false,
  screenPop: true,
  nameLookup: true,
};
