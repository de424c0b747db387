/**
 * Scenarios for the PBX APIs beside ITooLabs: `sim.playScenario({provider: 'gravitel' | 'sipuni' | 'mango', …})`
 * sends that PBX's webhooks for one call to `crmUrl` (the relay's `/pbx/<provider>` address). `itoolabs-v1`
 * has the classic form webhooks, so its scenarios are the ITooLabs ones (sim/scenarios.ts).
 */
import type { Delivery } from './provider-sim.ts';
import { ScenarioError } from './scenarios.ts';

export const SCENARIO_PROVIDERS = ['gravitel', 'sipuni', 'mango'] as const;
export type ScenarioProvider = (typeof SCENARIO_PROVIDERS)[number];
export const PROVIDER_SCENARIOS = ['answered-incoming', 'missed', 'outgoing', 'group-ring'] as const;
export type ProviderScenarioName = (typeof PROVIDER_SCENARIOS)[number];

export interface ProviderScenarioRequest {
  provider: ScenarioProvider;
  scenario: ProviderScenarioName;
  /** The CRM address the PBX admin configured, e.g. `http://relay/pbx/gravitel`. */
  crmUrl: string;
  /** Gravitel: the key sent in `X-API-KEY`. Mango signs with its own key and salt instead. */
  crmToken?: string;
  /** The manager's extension (the answering one in a group ring); default 708. */
  user?: string;
  /** group-ring: every extension that rings. */
  users?: string[];
  /** Client number; default 79101234567. */
  phone?: string;
  callId?: string;
  delayMs?: number;
  /** Sipuni: how the webhooks come (GET query or POST form); default POST. */
  method?: 'GET' | 'POST';
  /** Sipuni: send event 1 twice, as real traffic sometimes does. */
  duplicateStart?: boolean;
  /** Sipuni: leave out the hang-up (event 2), as real traffic sometimes does. */
  dropHangup?: boolean;
  /** Mango: send /events/call in seq order instead of shuffled. */
  inOrder?: boolean;
  /** Mango: sign with this salt instead of the PBX's (a wrong signature). */
  signSalt?: string;
}

export interface ProviderScenarioResult {
  provider: ScenarioProvider;
  scenario: ProviderScenarioName;
  callId: string;
  sent: Delivery[];
}

export const isProviderScenario = (value: unknown): value is { provider: ScenarioProvider } =>
  typeof value === 'object' && value !== null && (SCENARIO_PROVIDERS as readonly unknown[]).includes((value as { provider?: unknown }).provider);

export function parseProviderScenarioRequest(body: unknown): ProviderScenarioRequest {
  if (!isProviderScenario(body)) throw new ScenarioError(`provider must be one of ${SCENARIO_PROVIDERS.join(', ')}`);
  const req = body as unknown as Record<string, unknown>;
  if (!(PROVIDER_SCENARIOS as readonly unknown[]).includes(req['scenario'])) throw new ScenarioError(`scenario must be one of ${PROVIDER_SCENARIOS.join(', ')}`);
  if (typeof req['crmUrl'] !== 'string' || !/^https?:\/\//.test(req['crmUrl'])) throw new ScenarioError('crmUrl must be an http(s) URL');
  for (const key of ['crmToken', 'user', 'phone', 'callId', 'signSalt']) {
    if (req[key] !== undefined && typeof req[key] !== 'string') throw new ScenarioError(`${key} must be a string`);
  }
  if (req['method'] !== undefined && req['method'] !== 'GET' && req['method'] !== 'POST') throw new ScenarioError('method must be GET or POST');
  const users = req['users'];
  if (users !== undefined && !(Array.isArray(users) && users.every((u) => typeof u === 'string'))) throw new ScenarioError('users must be a list of strings');
  return req as unknown as ProviderScenarioRequest;
}
