/** ITooLabs successor API `crmapi/v1` (spec §1.3): settings and capabilities, without the adapter code. */
import type { ProviderCapabilities, ProviderField } from '../provider.ts';
import { itoolabsCapabilities } from '../itoolabs/fields.ts';

export const itoolabsV1Fields: readonly ProviderField[] = [
  { key: 'url', label: 'field_itoolabsV1_url' },
  { key: 'token', label: 'field_itoolabsV1_token', secret: true },
];

/** The same PBX as `itoolabs`: every feature, and the same form-encoded webhooks. */
export const itoolabsV1Capabilities: ProviderCapabilities = itoolabsCapabilities;
