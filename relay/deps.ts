/** What the routes are given: the store, the delivery hub and, when configured, the PBX for commands. */
import type { Provider } from '../src/providers/provider.ts';
import type { RelayConfig } from './config.ts';
import type { DeliveryHub } from './delivery/hub.ts';
import type { RelayMetrics } from './metrics.ts';
import type { RelayStore } from './store/types.ts';

export interface RelayDeps {
  config: Pick<RelayConfig, 'crmToken' | 'adminToken' | 'publicUrl'> & Partial<Pick<RelayConfig, 'metricsToken' | 'providers' | 'region'>>;
  store: RelayStore;
  hub: DeliveryHub;
  /** The relay's own PBX client (PBX_PROVIDER, PBX_URL, PBX_TOKEN…: the same adapter as the extension's); absent = commands answer 503. */
  pbx?: Provider;
  now?: () => number;
  /** Made by buildApp when not given. */
  metrics?: RelayMetrics;
}

/** What the routes get from buildApp: the deps with the app's metrics. */
export type AppDeps = RelayDeps & { metrics: RelayMetrics };
