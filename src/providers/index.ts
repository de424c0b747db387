/** The registry of PBX adapters: the only place that maps a provider id to its code. */
import type { Provider, ProviderConfig, ProviderId } from './provider.ts';
import { createItoolabsProvider } from './itoolabs/client.ts';
import { createItoolabsV1Provider } from './itoolabs-v1/client.ts';
import { createGravitelProvider } from './gravitel/client.ts';
import { createSipuniProvider } from './sipuni/client.ts';
import { createMangoProvider } from './mango/client.ts';

const factories: Record<ProviderId, (config: ProviderConfig) => Provider> = {
  itoolabs: createItoolabsProvider,
  'itoolabs-v1': createItoolabsV1Provider,
  gravitel: createGravitelProvider,
  sipuni: createSipuniProvider,
  mango: createMangoProvider,
};

export function createProvider(id: ProviderId, config: ProviderConfig): Provider {
  return factories[id](config);
}
