/**
 * `tsx relay/main.ts [command]`: parses flags and the environment, then either runs an admin command (./cli.ts)
 * or listens. Only this file touches process, signals and the port; ./app.ts is the relay itself.
 */
import { parseArgs } from 'node:util';
import { buildApp } from './app.ts';
import { CLI_USAGE, runCli } from './cli.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DeliveryHub } from './delivery/hub.ts';
import { allPbxFlags, createRelayPbx } from './pbx-config.ts';
import { startRetention } from './retention.ts';
import { createSqliteStore } from './store/sqlite/index.ts';

const SHUTDOWN_LIMIT_MS = 10_000;

const pbxFlags = allPbxFlags();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(pbxFlags.map((flag) => [flag, { type: 'string' as const }])),
    data: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'public-url': { type: 'string' },
    durability: { type: 'string' },
    replace: { type: 'boolean' },
    name: { type: 'string' },
    alias: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(CLI_USAGE);
  process.exit(0);
}

const [command, ...args] = positionals;
const flags: Record<string, string | undefined> = { data: values.data, port: values.port, host: values.host, 'public-url': values['public-url'], durability: values.durability };
for (const flag of pbxFlags) {
  const value = (values as Record<string, unknown>)[flag];
  if (typeof value === 'string') flags[flag] = value;
}

try {
  const config = loadConfig(process.env, flags, command ? 'data' : 'server');
  if (command) process.exit(await runCli(command, args, { replace: values.replace, name: values.name, aliases: values.alias }, config));

  const store = createSqliteStore(config.dataDir, { durability: config.durability });
  const hub = new DeliveryHub();
  const pbx = config.pbx ? createRelayPbx(config.pbx) : undefined;
  const app = await buildApp({ config, store, hub, ...(pbx ? { pbx } : {}) }, { logLevel: config.logLevel });
  const stopRetention = startRetention(store, config.retentionDays, (msg) => app.log.info(msg));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
    stopRetention();
    await app.close(); // answers held long polls, closes sockets
    await store.close(); // checkpoints the WAL
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`relay ready: CRM URL ${config.publicUrl}/pbx/itoolabs, data ${config.dataDir}, PBX commands ${pbx ? `on (${pbx.id})` : 'off (no PBX_ settings)'}, metrics ${config.metricsToken ? 'with METRICS_TOKEN' : 'loopback only'}`);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Relay configuration:\n${e.message}`);
    process.exit(2);
  }
  throw e;
}
