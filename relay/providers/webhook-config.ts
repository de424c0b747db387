/**
 * The secrets and limits of the PBX webhooks beside ITooLabs (whose key is CRM_TOKEN), from the environment.
 * Each provider's routes answer 503 until its secret is set: an unauthenticated endpoint is never opened by default.
 */
export interface ProviderWebhookConfig {
  /** GRAVITEL_WEBHOOK_KEY: the key typed into Gravitel's cabinet; comes in `X-API-KEY` or `Authorization: Bearer`. */
  gravitelKey?: string;
  /** MANGO_API_KEY + MANGO_API_SALT: Mango signs every webhook with them (sha256(key + json + salt)). */
  mangoKey?: string;
  mangoSalt?: string;
  /**
   * SIPUNI_WEBHOOK_TOKEN: Sipuni signs nothing, so the URL typed into its cabinet carries `?token=…`; unset = Sipuni
   * webhooks are accepted from anyone (put the relay's Sipuni route behind an IP allow-list then).
   */
  sipuniToken?: string;
  /** SIPUNI_RING_TIMEOUT_S (180): a ringing leg with no hang-up for this long becomes missed (Sipuni loses event 2). */
  sipuniRingTimeoutMs?: number;
  /** A leg that was answered and never hung up is closed as ended after this long (4 h). */
  sipuniTalkTimeoutMs?: number;
  /** MANGO_REORDER_MS (2000): how long an event that came before an earlier `seq` waits for it. */
  mangoReorderMs?: number;
}

type Get = (flag: string, name: string) => string | undefined;

export function loadProviderWebhookConfig(get: Get, problems: string[]): ProviderWebhookConfig {
  const config: ProviderWebhookConfig = {};
  const gravitelKey = get('gravitel-webhook-key', 'GRAVITEL_WEBHOOK_KEY');
  if (gravitelKey) config.gravitelKey = gravitelKey;
  const mangoKey = get('mango-api-key', 'MANGO_API_KEY');
  const mangoSalt = get('mango-api-salt', 'MANGO_API_SALT');
  if (!mangoKey !== !mangoSalt) problems.push('MANGO_API_KEY and MANGO_API_SALT go together');
  if (mangoKey && mangoSalt) Object.assign(config, { mangoKey, mangoSalt });
  const sipuniToken = get('sipuni-webhook-token', 'SIPUNI_WEBHOOK_TOKEN');
  if (sipuniToken) config.sipuniToken = sipuniToken;
  const ring = get('sipuni-ring-timeout-s', 'SIPUNI_RING_TIMEOUT_S');
  if (ring !== undefined) {
    if (!(Number(ring) > 0)) problems.push('SIPUNI_RING_TIMEOUT_S must be a positive number of seconds');
    else config.sipuniRingTimeoutMs = Number(ring) * 1000;
  }
  const reorder = get('mango-reorder-ms', 'MANGO_REORDER_MS');
  if (reorder !== undefined) {
    if (!(Number(reorder) >= 0)) problems.push('MANGO_REORDER_MS must be a number of milliseconds');
    else config.mangoReorderMs = Number(reorder);
  }
  return config;
}
