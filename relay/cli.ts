/**
 * Admin commands that work on the data folder directly (the relay may be running: SQLite in WAL mode lets both
 * use the file). `tsx relay/main.ts <command> …`.
 */
import { readFile } from 'node:fs/promises';
import { createAgent } from './agents/create-agent.ts';
import type { RelayConfig } from './config.ts';
import { parseContactsCsv } from './contacts/csv.ts';
import { createRelayPbx } from './pbx-config.ts';
import { createSqliteStore } from './store/sqlite/index.ts';

export const CLI_USAGE = `Usage: tsx relay/main.ts [command] [--data DIR] …
  (no command)                      run the relay (env: RELAY_PORT, RELAY_HOST, RELAY_DATA, CRM_TOKEN, ADMIN_TOKEN, PBX_PROVIDER, PBX_URL, PBX_TOKEN, PBX_<field>, METRICS_TOKEN)
  import-contacts FILE.csv [--replace]  load the contact directory (header: phone,name,company,responsible)
  add-agent PBX_USER [--name NAME] [--alias ID]…  issue an agent key and print its pairing link (replaces an existing key);
                                    PBX_USER may be the login, extension or direct number: the PBX's account list maps it
  remove-agent PBX_USER             revoke an agent's key
  list-agents                       show the agents (user, name, created, aliases)`;

export async function runCli(command: string, args: string[], flags: { replace?: boolean; name?: string; aliases?: string[] | undefined }, config: RelayConfig): Promise<number> {
  const store = createSqliteStore(config.dataDir, { durability: config.durability });
  try {
    switch (command) {
      case 'import-contacts': {
        const file = args[0];
        if (!file) return usage('import-contacts needs a CSV file');
        const parsed = parseContactsCsv(await readFile(file, 'utf8'), config.region);
        const imported = await store.contacts.importMany(parsed.contacts, { replace: flags.replace === true });
        for (const e of parsed.errors.slice(0, 20)) console.error(`line ${e.line}: ${e.reason}`);
        console.log(`Imported ${imported} contacts, skipped ${parsed.errors.length} rows; the directory now has ${await store.contacts.count()}.`);
        return 0;
      }
      case 'add-agent': {
        const user = args[0];
        if (!user) return usage('add-agent needs the PBX user (login)');
        const pbx = config.pbx ? createRelayPbx(config.pbx, 5000) : undefined;
        const created = await createAgent(store, { user, ...(flags.name ? { name: flags.name } : {}), ...(flags.aliases?.length ? { aliases: flags.aliases } : {}) }, config.publicUrl, pbx);
        console.log(`Agent ${created.agent.user}${created.agent.name ? ` (${created.agent.name})` : ''}${created.agent.aliases?.length ? `, also ${created.agent.aliases.join(', ')} in webhooks` : ''}
Key (shown once, the relay keeps only its hash): ${created.key}
Pairing link to paste into the extension's options:
${created.pairingLink}`);
        return 0;
      }
      case 'remove-agent': {
        const user = args[0];
        if (!user) return usage('remove-agent needs the PBX user');
        const deleted = await store.agents.delete(user);
        console.log(deleted ? `Agent ${user} revoked.` : `No agent ${user}.`);
        return deleted ? 0 : 1;
      }
      case 'list-agents':
        for (const a of await store.agents.list()) console.log(`${a.user}\t${a.name ?? ''}\t${new Date(a.createdAt).toISOString()}\t${(a.aliases ?? []).join(',')}`);
        return 0;
      default:
        return usage(`unknown command: ${command}`);
    }
  } finally {
    await store.close();
  }
}

function usage(problem: string): number {
  console.error(`${problem}\n\n${CLI_USAGE}`);
  return 2;
}
