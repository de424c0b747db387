/**
 * Call scenarios: the webhooks a real PBX sends to the CRM URL during a call (spec §1.2), as form-encoded POSTs,
 * in order, then the call's row in the PBX history so that the `history` command returns it afterwards.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SimAccount, SimHistoryRow } from './fixtures.ts';
import { compactUtc } from './history.ts';
import type { ItoolabsPbx } from './itoolabs.ts';

export const SCENARIOS = ['answered-incoming', 'missed', 'group-ring', 'outgoing', 'transfer'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface ScenarioRequest {
  scenario: ScenarioName;
  /** Where the PBX admin pointed the webhooks (the relay). */
  crmUrl: string;
  /** Sent as `crm_token` in every webhook. */
  crmToken: string;
  /** Client number; default 79101234567. Sent as given ('+' kept). */
  phone?: string;
  /** The manager (login, ext or direct number); the answering one for group-ring, the first one for transfer. */
  user?: string;
  /** group-ring: everybody who rings; transfer: [from, to]. */
  users?: string[];
  /** Our number the client dialled; default the fixture line. */
  diversion?: string;
  groupRealName?: string;
  /** Pause between webhooks, for demos. */
  delayMs?: number;
  callId?: string;
}

export interface Webhook {
  cmd: 'contact' | 'event' | 'history';
  fields: Record<string, string>;
}

export interface SentWebhook extends Webhook {
  /** HTTP status of the CRM's reply; 0 when it could not be delivered. */
  status: number;
  body: string;
  error?: string;
  at: string;
}

export interface ScenarioResult {
  scenario: ScenarioName;
  callId: string;
  secondCallId?: string;
  sent: SentWebhook[];
  /** The row now in the PBX history. */
  history: SimHistoryRow;
}

export class ScenarioError extends Error {}

/** A call's legs and outcome, before it becomes webhooks. */
interface Plan {
  webhooks: Webhook[];
  history: SimHistoryRow;
  secondCallId?: string;
}

/** Checks a JSON body from the control API; throws ScenarioError with a readable reason. */
export function parseScenarioRequest(body: unknown): ScenarioRequest {
  if (typeof body !== 'object' || body === null) throw new ScenarioError('body must be a JSON object');
  const req = body as Record<string, unknown>;
  if (!(SCENARIOS as readonly unknown[]).includes(req['scenario'])) {
    throw new ScenarioError(`scenario must be one of ${SCENARIOS.join(', ')}`);
  }
  if (typeof req['crmUrl'] !== 'string' || !/^https?:\/\//.test(req['crmUrl'])) {
    throw new ScenarioError('crmUrl must be an http(s) URL');
  }
  if (typeof req['crmToken'] !== 'string') throw new ScenarioError('crmToken is required');
  for (const key of ['phone', 'user', 'diversion', 'groupRealName', 'callId']) {
    if (req[key] !== undefined && typeof req[key] !== 'string') throw new ScenarioError(`${key} must be a string`);
  }
  const users = req['users'];
  if (users !== undefined && !(Array.isArray(users) && users.every((u) => typeof u === 'string'))) {
    throw new ScenarioError('users must be a list of strings');
  }
  if (req['delayMs'] !== undefined && typeof req['delayMs'] !== 'number') {
    throw new ScenarioError('delayMs must be a number');
  }
  return req as unknown as ScenarioRequest;
}

/** Plays the scenario against `crmUrl`; every webhook is sent even if an earlier one failed, as a PBX would. */
export async function playScenario(
  pbx: ItoolabsPbx,
  request: ScenarioRequest,
  options: { signal?: AbortSignal; now?: Date } = {},
): Promise<ScenarioResult> {
  const callId = request.callId ?? randomUUID();
  const plan = planScenario(pbx, request, callId, options.now ?? pbx.now());
  const sent: SentWebhook[] = [];
  for (const [i, webhook] of plan.webhooks.entries()) {
    if (i > 0 && request.delayMs) await sleep(request.delayMs, undefined, { signal: options.signal });
    sent.push(await deliver(request.crmUrl, webhook, options.signal));
  }
  pbx.addHistory(plan.history);
  return {
    scenario: request.scenario,
    callId,
    ...(plan.secondCallId ? { secondCallId: plan.secondCallId } : {}),
    sent,
    history: plan.history,
  };
}

async function deliver(url: string, webhook: Webhook, signal?: AbortSignal): Promise<SentWebhook> {
  const at = new Date().toISOString();
  const timeout = AbortSignal.timeout(5000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: new URLSearchParams(webhook.fields),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    return { ...webhook, status: response.status, body: (await response.text()).slice(0, 500), at };
  } catch (e) {
    // Node's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND…) in `cause`.
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
    return { ...webhook, status: 0, body: '', error: `${e instanceof Error ? e.message : String(e)}${cause}`, at };
  }
}

/** Builds the webhooks and the history row; no I/O, so what a scenario sends is easy to read in one place. */
export function planScenario(pbx: ItoolabsPbx, request: ScenarioRequest, callId: string, now: Date): Plan {
  const { fixtures } = pbx;
  const phone = request.phone ?? '79101234567';
  const diversion = request.diversion ?? fixtures.line;
  const token = request.crmToken;
  const account = (user: string): SimAccount => {
    const found = pbx.findUser(user);
    if (!found) throw new ScenarioError(`unknown user: ${user}`);
    return found;
  };
  // group-ring fills this in from the group when the request does not name it
  let groupName = request.groupRealName;

  const contact = (): Webhook => ({
    cmd: 'contact',
    fields: compact({ cmd: 'contact', phone, callid: callId, diversion, crm_token: token }),
  });
  const event = (type: string, who: SimAccount, extra: Record<string, string | undefined> = {}): Webhook => ({
    cmd: 'event',
    fields: compact({
      cmd: 'event',
      type,
      phone,
      user: who.name,
      callid: extra['callid'] ?? callId,
      direction: extra['direction'] ?? 'in',
      diversion: extra['direction'] === 'out' ? undefined : diversion,
      groupRealName: groupName,
      ext: who.ext !== undefined ? String(who.ext) : undefined,
      telnum: who.telnum,
      second_callid: extra['second_callid'],
      crm_token: token,
    }),
  });
  const history = (who: SimAccount, type: 'in' | 'out', status: string, wait: number, duration: number): Webhook => ({
    cmd: 'history',
    fields: compact({
      cmd: 'history',
      type,
      status,
      phone,
      user: who.name,
      start: compactUtc(now),
      duration: String(duration),
      callid: callId,
      crm_token: token,
      ext: who.ext !== undefined ? String(who.ext) : undefined,
      groupRealName: groupName,
      telnum: who.telnum,
      diversion: type === 'in' ? diversion : undefined,
      link: duration > 0 ? recordLink(fixtures.domain, callId) : undefined,
      wait: String(wait),
    }),
  });
  const row = (who: SimAccount, type: SimHistoryRow['type'], wait: number, duration: number): SimHistoryRow => ({
    uid: callId,
    type,
    client: `+${phone.replace(/\D/g, '')}`,
    account: `${who.name}@${fixtures.domain}`,
    // our line: the number the client dialled, or the manager's caller id when calling out
    via: `+${(type === 'out' ? (who.telnum ?? diversion) : diversion).replace(/\D/g, '')}`,
    start: now,
    wait,
    duration,
    ...(duration > 0 ? { record: recordLink(fixtures.domain, callId) } : {}),
  });

  switch (request.scenario) {
    case 'answered-incoming': {
      const who = account(request.user ?? 'andy');
      return {
        webhooks: [
          contact(),
          event('INCOMING', who),
          event('ACCEPTED', who),
          event('COMPLETED', who),
          history(who, 'in', 'Success', 6, 42),
        ],
        history: row(who, 'in', 6, 42),
      };
    }
    case 'missed': {
      const who = account(request.user ?? 'andy');
      return {
        webhooks: [contact(), event('INCOMING', who), event('CANCELLED', who), history(who, 'in', 'Missed', 18, 0)],
        history: row(who, 'missed', 18, 0),
      };
    }
    case 'group-ring': {
      const group = pbx.fixtures.groups.find((g) => g.realName === groupName) ?? pbx.findGroup('sales');
      const ringing = (request.users ?? group?.members ?? ['andy', 'daria']).map(account);
      const answerer = request.user ? account(request.user) : ringing[0];
      if (!answerer) throw new ScenarioError('group-ring needs at least one user');
      if (!ringing.includes(answerer)) ringing.unshift(answerer);
      const others = ringing.filter((a) => a !== answerer);
      groupName ??= group?.realName;
      return {
        webhooks: [
          contact(),
          ...ringing.map((who) => event('INCOMING', who)),
          event('ACCEPTED', answerer),
          ...others.map((who) => event('CANCELLED', who)),
          event('COMPLETED', answerer),
          history(answerer, 'in', 'Success', 9, 65),
        ],
        history: row(answerer, 'in', 9, 65),
      };
    }
    case 'outgoing': {
      const who = account(request.user ?? 'andy');
      const out = { direction: 'out' };
      return {
        webhooks: [
          event('OUTGOING', who, out),
          event('ACCEPTED', who, out),
          event('COMPLETED', who, out),
          history(who, 'out', 'Success', 8, 73),
        ],
        history: row(who, 'out', 8, 73),
      };
    }
    case 'transfer': {
      const [fromUser, toUser] = request.users ?? [request.user ?? 'andy', 'daria'];
      const from = account(fromUser ?? 'andy');
      const to = account(toUser ?? 'daria');
      // The second leg carries its own id, linked by second_callid on TRANSFERRED (as public integrations show).
      const secondCallId = randomUUID();
      const leg2 = { callid: secondCallId };
      return {
        webhooks: [
          contact(),
          event('INCOMING', from),
          event('ACCEPTED', from),
          event('TRANSFERRED', from, { second_callid: secondCallId }),
          event('INCOMING', to, leg2),
          event('ACCEPTED', to, leg2),
          event('COMPLETED', to, leg2),
          history(to, 'in', 'Success', 5, 120),
        ],
        history: row(to, 'in', 5, 120),
        secondCallId,
      };
    }
  }
}

function recordLink(domain: string, callId: string): string {
  return `https://records.${domain}/${callId}.mp3`;
}

/** Drops absent optional fields: the PBX omits them rather than sending them empty. */
function compact(fields: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}
