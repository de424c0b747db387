/** The real relay for browser tests (the relay suite's own test relay: fastify on loopback, SQLite in a temp dir). */
import { CRM_TOKEN, startRelay as startTestRelay, type RelayOptions } from '../../relay/helpers.ts';
import type { Simulator } from '../../../sim/server.ts';

export interface TestRelay {
  /** The CRM URL to give the PBX. */
  webhookUrl: string;
  crmToken: string;
  /** The relay's own address. */
  url: string;
  addContact(phone: string, name: string, more?: { company?: string; responsible?: string }): Promise<void>;
  /** Creates an agent and returns the pairing link a manager pastes into the options. */
  addAgent(user: string): Promise<string>;
  close(): Promise<void>;
}

/** Without `sim` the relay has no PBX for commands (webhooks only), as for a PBX whose agents are extensions. */
export async function startRelay(sim: Simulator | undefined, options: Omit<RelayOptions, 'sim'> = {}): Promise<TestRelay> {
  const relay = await startTestRelay({ ...(sim ? { sim } : {}), ...options });
  return {
    url: relay.url,
    webhookUrl: relay.crmUrl,
    crmToken: CRM_TOKEN,
    async addContact(phone, name, more = {}) {
      const r = await relay.admin('PUT', `/admin/contacts/${phone}`, { name, ...more });
      if (r.status >= 300) throw new Error(`addContact: ${r.status} ${r.text}`);
    },
    async addAgent(user) {
      const key = await relay.addAgent(user);
      return `pbxrelay://${new URL(relay.url).host}/?key=${encodeURIComponent(key)}`;
    },
    close: () => relay.close(),
  };
}
