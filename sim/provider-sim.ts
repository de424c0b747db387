/**
 * What the simulated REST-style PBX APIs (Gravitel, Sipuni, Mango, crmapi/v1) share: an HTTP request in, a reply
 * out, faults to inject, and the one command log of the server (ItoolabsPbx.recordCommand), so that
 * `sim.commands({provider})` and `GET /__sim/commands` show every PBX's commands side by side.
 */
import type { CommandRecord, ItoolabsPbx, Transport } from './itoolabs.ts';

export interface SimRequest {
  method: string;
  /** The path after the API's prefix, e.g. `/v1/demo/makecall`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  body: string;
}

export interface SimReply {
  status: number;
  contentType: string;
  body: string;
}

/** What the command log keeps of a request; the API fills it in as it parses. */
export interface Parsed {
  cmd: string;
  transport: Transport;
  fields: Record<string, string>;
  json?: unknown;
}

export interface SimFault {
  status: number;
  body?: string;
  contentType?: string;
  /** Only for this command (as it appears in the log). */
  cmd?: string;
  times?: number;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';

export const json = (status: number, value: unknown): SimReply => ({ status, contentType: JSON_TYPE, body: JSON.stringify(value) });
export const text = (status: number, body: string): SimReply => ({ status, contentType: TEXT_TYPE, body });

export abstract class ProviderSim {
  abstract readonly provider: string;
  /** Mount point on the simulator, e.g. `/gravitel`. */
  abstract readonly prefix: string;
  private faults: SimFault[] = [];

  /** The ITooLabs PBX: its fixtures, clock and the shared command log. */
  constructor(readonly log: ItoolabsPbx) {}

  /** Parses the request (for the log) and answers it as the PBX would. */
  protected abstract answer(request: SimRequest, parsed: Parsed): SimReply;
  protected abstract parse(request: SimRequest): Parsed;
  /** Back to the fixtures. */
  abstract reset(): void;

  inject(fault: SimFault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  handle(request: SimRequest): SimReply {
    const parsed = this.parse(request);
    const i = this.faults.findIndex((f) => !f.cmd || f.cmd === parsed.cmd);
    const fault = this.faults[i];
    let reply: SimReply;
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(i, 1);
      reply = { status: fault.status, contentType: fault.contentType ?? TEXT_TYPE, body: fault.body ?? '' };
    } else {
      reply = this.answer(request, parsed);
    }
    const entry: Omit<CommandRecord, 'index' | 'at' | 'time'> = {
      provider: this.provider,
      method: request.method,
      transport: parsed.transport,
      cmd: parsed.cmd,
      fields: parsed.fields,
      status: reply.status,
      reply: reply.body,
      ...(parsed.json !== undefined ? { json: parsed.json } : {}),
      ...(fault ? { fault: true } : {}),
    };
    this.log.recordCommand(entry);
    return reply;
  }

  protected clearFaults(): void {
    this.faults = [];
  }
}

export const header = (request: SimRequest, name: string): string | undefined => {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

/** A JSON body as it came, or undefined when it is not JSON. */
export function readJsonBody(body: string): unknown {
  if (!body.trim()) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Top-level JSON fields as strings, for the log's `fields`. */
export function flatFields(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

/** Form or query fields (query first, body wins). */
export function formFields(request: SimRequest): Record<string, string> {
  const fields: Record<string, string> = Object.fromEntries(request.query);
  if (request.body && !request.contentType.includes('json')) for (const [k, v] of new URLSearchParams(request.body)) fields[k] = v;
  return fields;
}

/** Deliveries of webhooks, shared by the providers' scenarios. */
export interface Delivery {
  path: string;
  method: string;
  status: number;
  body: string;
  /** What was sent: JSON body, form fields or query. */
  sent: unknown;
  error?: string;
}

export async function deliver(url: string, init: RequestInit, sent: unknown, signal?: AbortSignal): Promise<Delivery> {
  const timeout = AbortSignal.timeout(5000);
  const path = new URL(url).pathname;
  const method = init.method ?? 'GET';
  try {
    const response = await fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    return { path, method, status: response.status, body: (await response.text()).slice(0, 500), sent };
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
    return { path, method, status: 0, body: '', sent, error: `${e instanceof Error ? e.message : String(e)}${cause}` };
  }
}
