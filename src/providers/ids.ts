/**
 * Provider ids, their settings and capabilities without their code, for UIs that only list them (keeps adapters
 * out of the options bundle).
 */
import type { ProviderCapabilities, ProviderField, ProviderId } from './provider.ts';
import { itoolabsCapabilities, itoolabsFields } from './itoolabs/fields.ts';
import { itoolabsV1Capabilities, itoolabsV1Fields } from './itoolabs-v1/fields.ts';
import { gravitelCapabilities, gravitelFields } from './gravitel/fields.ts';
import { sipuniCapabilities, sipuniFields } from './sipuni/fields.ts';
import { mangoCapabilities, mangoFields } from './mango/fields.ts';

export const providerIds: readonly ProviderId[] = ['itoolabs', 'itoolabs-v1', 'gravitel', 'sipuni', 'mango'];

export const providerFields: Record<ProviderId, readonly ProviderField[]> = {
  itoolabs: itoolabsFields,
  'itoolabs-v1': itoolabsV1Fields,
  gravitel: gravitelFields,
  sipuni: sipuniFields,
  mango: mangoFields,
};

export const providerCapabilities: Record<ProviderId, ProviderCapabilities> = {
  itoolabs: itoolabsCapabilities,
  'itoolabs-v1': itoolabsV1Capabilities,
  gravitel: gravitelCapabilities,
  sipuni: sipuniCapabilities,
  mango: mangoCapabilities,
};
