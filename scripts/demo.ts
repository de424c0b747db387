/**
 * `npm start`: the product on one machine with embedded defaults — the PBX simulator as a demo PBX on :8765 and the
 * relay (SQLite in .data/relay) on :8790, wired to each other, with an agent for the demo manager `andy` and one
 * directory contact. Prints what to paste into the extension and how to make the demo PBX ring.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startSimulator } from '../sim/server.ts';

const SIM_PORT = 8765;
const RELAY = 'http://127.0.0.1:8790';
const CRM_TOKEN = 'demo-crm-token';
const ADMIN_TOKEN = 'demo-admin-token-change-me';
const ROOT = resolve(import.meta.dirname, '..');

const sim = await startSimulator({ port: SIM_PORT });
const relay = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    RELAY_DATA: process.env.RELAY_DATA ?? resolve(ROOT, '.data/relay'),
    RELAY_LOG_LEVEL: process.env.RELAY_LOG_LEVEL ?? 'warn',
    CRM_TOKEN,
    ADMIN_TOKEN,
    PBX_URL: sim.url,
    PBX_TOKEN: sim.token,
  },
});
const stop = async () => {
  relay.kill('SIGTERM');
  await sim.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
relay.once('exit', (code) => {
  console.error(`relay exited (${code})`);
  void sim.close().then(() => process.exit(1));
});

const admin = async (method: string, path: string, body: unknown) => {
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await fetch(RELAY + path, { method, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await r.json()) as Record<string, string>;
    } catch (e) {
      if (attempt > 100) throw e;
      await new Promise((r) => setTimeout(r, 100)); // the relay is still starting
    }
  }
};
const agent = await admin('POST', '/admin/agents', { user: 'andy' });
await admin('PUT', '/admin/contacts/79101234567', { name: 'Иванов Иван', company: 'ООО «Ромашка»' });

const ring = JSON.stringify({ scenario: 'answered-incoming', crmUrl: `${RELAY}/pbx/itoolabs`, crmToken: CRM_TOKEN, user: 'andy', phone: '79101234567', delayMs: 2500 });
console.log(`
Готово / Ready. Extensions: dist/chrome, dist/firefox (see README: "Load the extension").

Напрямую к АТС / Directly to the PBX:   address ${sim.url}   token ${sim.token}   who am I: Петров Андрей
Через сервер компании / Through the relay: paste the pairing link
  ${agent.pairingLink}

Позвонить себе (карточка клиента) / Make the demo PBX ring you (screen pop, relay mode):
  curl -s ${sim.url}/__sim/scenario -H 'content-type: application/json' -d '${ring}'
Other scenarios: missed, group-ring (users ["andy","daria"]), outgoing, transfer. Control API: ${sim.url}/__sim/
Ctrl+C stops both.
`);
