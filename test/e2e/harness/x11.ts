/**
 * A private X server (Xvfb) and real key presses in it (xdotool, through XTEST — the same path as a keyboard).
 * Browser shortcuts (`commands` in the manifest) are the browser's own accelerators: keys sent through CDP or
 * BiDi go straight to the page's renderer and never reach them, so a shortcut test needs a headful browser in a
 * real window and key events from the X server. scripts/setup.sh installs xvfb and xdotool.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface XDisplay {
  /** `:N`, for DISPLAY. */
  display: string;
  /** Gives the keyboard focus to the top-level window whose title contains `title` (waits for it to be mapped). */
  focus(title: string): Promise<void>;
  /** Presses and releases a key combination, xdotool's spelling: `alt+shift+d`. */
  press(keys: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Xvfb on the first free display number (the server picks it and says which, once it accepts clients). */
export async function startX(): Promise<XDisplay> {
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((r) => server.once('exit', () => r()));
  // Never leave a server behind, even when the test process dies without running afterAll.
  const stop = () => server.kill();
  process.once('exit', stop);
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdio[3]!.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.trim());
    });
    server.once('error', (e) => reject(new Error(`cannot start Xvfb (bash scripts/setup.sh installs it): ${e.message}`)));
    void exited.then(() => reject(new Error(`Xvfb exited: ${stderr.trim()}`)));
  });
  const display = `:${number}`;
  const xdotool = async (...args: string[]) =>
    (await run('xdotool', args, { env: { ...process.env, DISPLAY: display }, timeout: 15_000 })).stdout.trim();

  return {
    display,
    async focus(title) {
      // --sync waits until such a window is mapped; the title is a regular expression to xdotool. A window the
      // browser destroys while xdotool walks the tree fails the search with BadWindow: then it looks again.
      const search = () => xdotool('search', '--sync', '--onlyvisible', '--name', title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      let ids: string;
      for (let attempt = 1; ; attempt++) {
        try {
          ids = await search();
          break;
        } catch (e) {
          if (attempt >= 5 || !String(e).includes('BadWindow')) throw e;
        }
      }
      const id = ids.split('\n')[0]!;
      // There is no window manager: set the input focus directly, and wait until the server has it.
      await xdotool('windowfocus', '--sync', id);
    },
    async press(keys) {
      // Without --window, so it goes through XTEST like a real keyboard (sent events are flagged and ignored).
      await xdotool('key', '--clearmodifiers', keys);
    },
    async close() {
      process.removeListener('exit', stop);
      server.kill();
      await exited;
    },
  };
}
