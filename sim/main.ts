/**
 * `tsx sim/main.ts [--port 8765] [--host 127.0.0.1] [--token sim-token]`: runs the PBX simulator
 * and says what to paste into the extension's options.
 */
import { parseArgs } from 'node:util';
import { CONTROL_ROUTES } from './control.ts';
import { startSimulator } from './server.ts';
import { GRAVITEL_SIM } from './gravitel.ts';
import { MANGO_SIM } from './mango.ts';
import { SIPUNI_SIM } from './sipuni.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    host: { type: 'string', default: '127.0.0.1' },
    token: { type: 'string', default: 'sim-token' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('tsx sim/main.ts [--port 8765] [--host 127.0.0.1] [--token sim-token]');
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Bad --port: ${values.port}`);
  process.exit(2);
}

const sim = await startSimulator({ port, host: values.host, token: values.token });

console.log(`
Симулятор облачной АТС (ITooLabs CRM API) запущен.
В настройках расширения укажите:
  Адрес АТС: ${sim.url}
  Ключ (token): ${sim.token}

ITooLabs PBX simulator is running.
Paste into the extension's options:
  PBX address: ${sim.url}
  Token:       ${sim.token}

Endpoint / точка входа: ${sim.endpoint}
Other PBX APIs on the same port / другие АТС на том же порту:
  crmapi/v1  ${sim.url}/crmapi/v1      X-API-KEY: ${sim.token}
  Gravitel   ${sim.url}/gravitel       domain ${GRAVITEL_SIM.domain}, X-API-KEY: ${GRAVITEL_SIM.key}
  Sipuni     ${sim.url}/sipuni/api     account ${SIPUNI_SIM.account}, secret ${SIPUNI_SIM.secret}
  Mango      ${sim.url}/mango/vpbx     vpbx_api_key ${MANGO_SIM.key}, salt ${MANGO_SIM.salt}
Control API / управление (JSON, CORS):
${CONTROL_ROUTES.map((r) => `  ${r}`).join('\n')}
Example / пример:
  curl -X POST ${sim.url}/__sim/scenario -H 'content-type: application/json' \\
    -d '{"scenario":"answered-incoming","crmUrl":"http://127.0.0.1:8766/webhook","crmToken":"crm-token"}'

Ctrl+C — остановить / stop.
`);

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
