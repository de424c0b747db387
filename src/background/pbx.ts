/** Runs a command against the configured PBX and turns every failure into a typed Failure for the UI. */
import browser from 'webextension-polyfill';
import { createProvider } from '../providers/index.ts';
import { PbxError, isPbxError } from '../providers/errors.ts';
import type { Provider, ProviderId } from '../providers/provider.ts';
import { createRelayClient } from '../providers/relay/client.ts';
import { missingSettings, originPattern, serverUrl, type Settings } from '../core/settings.ts';
import type { Failure } from '../core/messages.ts';
import { getSettings } from '../storage/settings.ts';

/** The PBX adapter in direct mode; in relay mode the relay client, which speaks for this agent only. */
export function providerFor(s: Settings): Provider {
  if (s.mode === 'relay') return createRelayClient({ url: s.relayUrl, agentKey: s.agentKey });
  return createProvider(s.provider as ProviderId, { url: s.pbxUrl, token: s.token, extra: { ...s.extra } });
}

/** Settings that are complete enough for commands, or a not-configured error. */
export async function readySettings(): Promise<Settings> {
  const s = await getSettings();
  if (missingSettings(s).length) throw new PbxError('not-configured', missingSettings(s).join(','));
  return s;
}

/**
 * A network failure is often the browser refusing an origin we were never allowed to reach: say so instead.
 * Checked only after a failure, so the click path pays nothing for it.
 */
export async function toFailure(e: unknown, pbxUrl?: string): Promise<Failure> {
  if (isPbxError(e)) {
    if (e.code === 'unreachable' && pbxUrl) {
      const origin = originPattern(pbxUrl);
      const allowed = origin ? await browser.permissions.contains({ origins: [origin] }).catch(() => true) : true;
      if (!allowed) return { ok: false, error: { code: 'no-permission', detail: origin ?? '' } };
    }
    return { ok: false, error: { code: e.code, detail: e.detail } };
  }
  console.error('Unexpected failure', e);
  return { ok: false, error: { code: 'server', detail: String(e) } };
}

/** Runs one command with the ready settings' provider; every failure comes back as a Failure, never a throw. */
export async function runCommand<T extends object>(command: (provider: Provider, s: Settings) => Promise<T>): Promise<({ ok: true } & T) | Failure> {
  let url: string | undefined;
  try {
    const s = await readySettings();
    url = serverUrl(s);
    return { ok: true, ...(await command(providerFor(s), s)) };
  } catch (e) {
    return toFailure(e, url);
  }
}
