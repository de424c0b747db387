/**
 * Prometheus metrics (prom-client), served at `GET /metrics` (see ./routes/metrics.ts for who may read them).
 * One registry per app, not prom-client's global one, so that several relays in one process (tests) do not mix.
 *
 * Labels are bounded: `provider` and `cmd` come from our routes (for ITooLabs `cmd` is one of the four its schema
 * accepts, else `invalid`), `status` an HTTP code,
 * `command` one of ours, `outcome` `ok` or a PbxErrorCode. Nothing from a request is used as a label as it is.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isPbxError } from '../src/providers/errors.ts';
import type { DeliveryHub } from './delivery/hub.ts';

const WEBHOOK_CMDS = new Set(['event', 'history', 'contact', 'rating']);

export type PbxCommand = 'call' | 'get_dnd' | 'set_dnd' | 'groups' | 'history' | 'numbers' | 'callerid';

export interface RelayMetrics {
  registry: Registry;
  /** One webhook answered. `cmd` for other providers must be a fixed name from the route (`event`, `call`…). */
  webhook(cmd: unknown, status: number, provider?: string): void;
  delivered(count: number): void;
  /** Seconds from the event's store (the hub's wake-up) to the reply handing it to a waiting long poll. */
  deliveryLatency(seconds: number): void;
  /** Times a contact look-up of the directory. */
  contactLookup<T>(lookup: () => Promise<T>): Promise<T>;
  /** Runs a PBX command, counting its outcome and timing it; rethrows its error. */
  pbxCommand<T>(command: PbxCommand, run: () => Promise<T>): Promise<T>;
}

export function createRelayMetrics(hub: DeliveryHub): RelayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const webhooks = new Counter({
    name: 'relay_webhooks_total',
    help: 'PBX webhooks received, by provider, cmd and the HTTP status answered',
    labelNames: ['provider', 'cmd', 'status'] as const,
    registers: [registry],
  });
  const delivered = new Counter({
    name: 'relay_events_delivered_total',
    help: 'Call events handed to agents in long-poll replies',
    registers: [registry],
  });
  new Gauge({
    name: 'relay_long_polls_waiting',
    help: 'Long polls currently held open, waiting for an event',
    registers: [registry],
    collect() {
      this.set(hub.size);
    },
  });
  const latency = new Histogram({
    name: 'relay_delivery_latency_seconds',
    help: 'From an event stored to its reply to a waiting long poll',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const lookups = new Histogram({
    name: 'relay_contact_lookup_seconds',
    help: 'Contact look-ups (cmd=contact) in the directory',
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1],
    registers: [registry],
  });
  const commands = new Counter({
    name: 'relay_pbx_commands_total',
    help: 'PBX commands sent for agents, by command and outcome (ok or the error code)',
    labelNames: ['command', 'outcome'] as const,
    registers: [registry],
  });
  const commandTime = new Histogram({
    name: 'relay_pbx_command_duration_seconds',
    help: 'PBX command round trips, by command',
    labelNames: ['command'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  return {
    registry,
    webhook(cmd, status, provider = 'itoolabs') {
      const known = typeof cmd === 'string' && (provider === 'itoolabs' ? WEBHOOK_CMDS.has(cmd) : /^[a-z_/-]{1,32}$/.test(cmd));
      webhooks.inc({ provider, cmd: known ? cmd : 'invalid', status: String(status) });
    },
    delivered(count) {
      if (count > 0) delivered.inc(count);
    },
    deliveryLatency(seconds) {
      latency.observe(seconds);
    },
    async contactLookup(lookup) {
      const end = lookups.startTimer();
      try {
        return await lookup();
      } finally {
        end();
      }
    },
    async pbxCommand(command, run) {
      const end = commandTime.startTimer({ command });
      try {
        const result = await run();
        commands.inc({ command, outcome: 'ok' });
        return result;
      } catch (e) {
        commands.inc({ command, outcome: isPbxError(e) ? e.code : 'error' });
        throw e;
      } finally {
        end();
      }
    },
  };
}
