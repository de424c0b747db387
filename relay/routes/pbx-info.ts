/**
 * What `/agent/me` says about the relay's PBX: its provider id and capabilities, straight from the adapter, so the
 * extension in relay mode shows the same features, and the same reasons for missing ones, as in direct mode.
 */
import type { Provider, ProviderCapabilities, ProviderId } from '../../src/providers/provider.ts';

/** A relay without PBX settings receives webhooks (cards) but sends no commands. */
export const NO_PBX_CAPABILITIES: ProviderCapabilities = {
  call: false,
  dnd: 'no',
  dndNote: 'relayNoPbx',
  groups: false,
  history: false,
  historyNote: 'relayNoPbx',
  callerId: false,
  screenPop: true,
  nameLookup: true,
};

export function pbxInfo(pbx: Provider | undefined): { provider: ProviderId | null; capabilities: ProviderCapabilities } {
  return pbx ? { provider: pbx.id, capabilities: pbx.capabilities } : { provider: null, capabilities: NO_PBX_CAPABILITIES };
}
