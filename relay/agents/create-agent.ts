/**
 * Creating an agent, shared by the admin API and the CLI: a new key (shown once), its hash stored, and the
 * pairing link for the extension. The display name comes from the PBX's account list when the relay can ask.
 */
import type { PbxAccount, Provider } from '../../src/providers/provider.ts';
import type { Agent, RelayStore } from '../store/types.ts';
import { agentKeyHash, newAgentKey, pairingLink } from './keys.ts';

export interface NewAgent {
  agent: Agent;
  key: string;
  pairingLink: string;
  relayUrl: string;
}

export async function createAgent(
  store: RelayStore,
  input: { user: string; name?: string },
  publicUrl: string,
  pbx?: Provider,
): Promise<NewAgent> {
  // Webhooks name the manager by PBX login: an extension or direct number typed by the admin becomes the login.
  const account = await findAccount(input.user.trim(), pbx);
  const user = account?.login ?? input.user.trim();
  const name = input.name?.trim() || account?.name;
  const agent: Agent = { user, ...(name ? { name } : {}), createdAt: Date.now() };
  const key = newAgentKey();
  await store.agents.upsert(agent, agentKeyHash(key));
  return { agent, key, pairingLink: pairingLink(publicUrl, key), relayUrl: publicUrl };
}

/** Best effort: an unreachable PBX must not stop the admin from adding an agent. */
async function findAccount(user: string, pbx?: Provider): Promise<PbxAccount | undefined> {
  if (!pbx) return undefined;
  try {
    const accounts = await pbx.accounts();
    const key = user.toLowerCase();
    return accounts.find((a) => a.login.toLowerCase() === key || a.ext === user || a.telnum === user.replace(/^\+/, ''));
  } catch {
    return undefined;
  }
}
