/** The registry of PBX adapters: the only place that maps a provider id to its code. */
import type { Provider, ProviderConfig, ProviderId } from './provider.ts';
import { createItoolabsProvider } from './itoolabs/client.ts';

const factories: Record<ProviderId, (config: ProviderConfig) => Provider> = {
  itoolabs: createItoolabsProvider,
};

export function createProvider(id: ProviderId, config: ProviderConfig): Provider {
  return factories[id](config);
}
