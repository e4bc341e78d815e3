import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const project = join(import.meta.dirname, '..', '..');

/** `astro dev` over a content tree, with everything it printed so far. */
export interface DevServer {
  /** The address it serves, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** Everything printed on stdout and stderr, without colours. */
  output(): string;
  /** Resolves when the output (from `from` on) contains `text`; fails after `timeoutMs`. */
  waitForOutput(text: string, from: number, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment of the process that runs the tests, without what Vitest adds: Astro serves no
 * pages under VITEST and turns live reload off under NODE_ENV=test.
 */
function developerEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST',
    ),
  );
}

/** Starts `astro dev` on a free port with CONTENT_DIR set; resolves once it serves. */
export async function startDevServer(contentDir: string, startTimeoutMs: number): Promise<DevServer> {
  const port = await freePort();
  // Its own process group, so that stop() ends Astro and the helpers it started, and only them.
  const child = spawn(
    join(project, 'node_modules', '.bin', 'node'),
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: project,
      detached: true,
      env: { ...developerEnvironment(), CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += stripVTControlCharacters(chunk.toString())));
  child.stderr.on('data', (chunk: Buffer) => (printed += stripVTControlCharacters(chunk.toString())));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const waitForOutput = async (text: string, from: number, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!printed.slice(from).includes(text)) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped (${child.exitCode}):\n${printed}`);
      if (Date.now() > deadline) throw new Error(`astro dev did not print "${text}" in ${timeoutMs} ms:\n${printed}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, 'SIGTERM');
    const killed = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  };

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForOutput(url, 0, startTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => printed, waitForOutput, stop };
}
