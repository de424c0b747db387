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
  input: { user: string; name?: string; aliases?: readonly string[] },
  publicUrl: string,
  pbx?: Provider,
): Promise<NewAgent> {
  // Commands name the employee as the relay's PBX does (its account's `login`: an ITooLabs login, a Gravitel or Mango
  // extension, a Sipuni short number); webhooks may name him by another identity (ITooLabs' by login, Gravitel's,
  // Sipuni's and Mango's by extension): the account's extension and direct number, and what the admin typed, are
  // kept as aliases, so whichever PBX's webhooks come, they reach this agent.
  const typed = input.user.trim();
  const account = await findAccount(typed, pbx);
  const user = account?.login ?? typed;
  const name = input.name?.trim() || account?.name;
  const candidates = [typed, account?.ext, account?.telnum, ...(input.aliases ?? [])].map((a) => a?.trim() ?? '');
  const aliases = [...new Set(candidates.filter((a) => a && a.toLowerCase() !== user.toLowerCase()))];
  const agent: Agent = { user, ...(name ? { name } : {}), ...(aliases.length ? { aliases } : {}), createdAt: Date.now() };
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
