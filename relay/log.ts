/**
 * What the relay may write to its log. Logs are JSON lines (pino, through fastify) that end up in journald, a
 * container runtime or a log shipper, read by people who must not learn clients' numbers or any secret:
 *
 * - phone numbers are masked to their prefix and last two digits (`maskPhone`, `maskPhonesInText`): enough to tell
 *   calls apart and to see the country and operator, not enough to call the person;
 * - secrets are never written: `crm_token`, `token`, `key`, `authorization` and cookies, wherever pino meets them
 *   in a logged object (redaction below), and fastify's request lines are off (see app.ts);
 * - errors are logged with phone-like digit runs masked in their message and stack, and so are log messages.
 *
 * Call sites pass `maskPhone(x)` explicitly; the redaction paths are the safety net for a `phone` field someone
 * logs without it (masking twice changes nothing).
 */
import type { FastifyServerOptions } from 'fastify';

/** Where log lines go: stdout by default, a test's buffer otherwise. */
export interface LogStream {
  write(line: string): void;
}

const SECRET = '[redacted]';
const PHONE_FIELDS = new Set(['phone', 'diversion', 'telnum', 'clid']);
const SECRET_FIELDS = ['crm_token', 'token', 'key', 'agentKey', 'adminToken', 'crmToken', 'pbxToken', 'salt', 'authorization', 'cookie'];

/**
 * `79101234567` → `7910*****67`; shorter numbers keep only their last two digits (`101` → `*01`). Anything that is
 * not a string becomes `[redacted]`; a value already masked is returned as it is.
 */
export function maskPhone(value: unknown): string {
  if (typeof value !== 'string') return value === undefined ? '' : SECRET;
  if (value.includes('*')) return value;
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 2) return '*'.repeat(digits.length);
  const head = digits.length >= 10 ? 4 : 0;
  return digits.slice(0, head) + '*'.repeat(digits.length - head - 2) + digits.slice(-2);
}

/**
 * Runs of 7+ digits (a local number or longer, with the separators people type: `+7 (910) 123-45-67`) in free
 * text, masked. Dots are not separators, so addresses (`127.0.0.1:8790`), versions and decimals stay readable.
 */
const PHONE_LIKE = /\+?\d[\d\s()-]{5,}\d/g;

export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_LIKE, (match) => ((match.match(/\d/g)?.length ?? 0) >= 7 ? maskPhone(match) : match));
}

/** User input (a webhook's `type`, a login) bounded before it is logged: one line, at most 64 characters. */
export function logText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const flat = maskPhonesInText(value.replace(/[\r\n\t]+/g, ' '));
  return flat.length > 64 ? `${flat.slice(0, 64)}…` : flat;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  code?: unknown;
  statusCode?: unknown;
}

/** Like pino's `err` serializer, without phone numbers in the message or the stack. */
function serializeError(e: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!e || typeof e !== 'object') return { type: 'Error', message: maskPhonesInText(String(e)), stack: '' };
  const err = e as ErrorLike;
  return {
    type: typeof err.name === 'string' ? err.name : 'Error',
    message: maskPhonesInText(String(err.message ?? '')),
    stack: typeof err.stack === 'string' ? maskPhonesInText(err.stack) : '',
    ...(err.code !== undefined ? { code: err.code } : {}),
    ...(err.statusCode !== undefined ? { statusCode: err.statusCode } : {}),
  };
}

const PATHS = [...SECRET_FIELDS, ...PHONE_FIELDS].flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

/** Fastify's `logger` option: JSON lines at `level`, to stdout unless a `stream` is given (tests). */
export function loggerOptions(level: string, stream?: LogStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: PATHS,
      censor: (value: unknown, path: string[]) => (PHONE_FIELDS.has(path.at(-1) ?? '') ? maskPhone(value) : SECRET),
    },
    hooks: {
      // Messages are text too: `log.error(err)` makes err.message the line's msg, and a msg may quote user input.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error && rest.length === 0) return method.apply(this, [first, maskPhonesInText(first.message)]);
        return method.apply(this, (args as unknown[]).map((a) => (typeof a === 'string' ? maskPhonesInText(a) : a)) as typeof args);
      },
    },
    serializers: {
      err: serializeError,
      // Method and path only: no query string, no headers (the agent key travels in Authorization).
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: (req.url ?? '').split('?')[0] }),
    },
  };
}
