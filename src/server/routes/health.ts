import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';

/** A probe must answer even when the database hangs. */
const CHECK_TIMEOUT_MS = 2_000;

type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `/healthz`: the process serves HTTP (liveness). `/readyz`: it can do its work, that is the
 * database answers and every migration this code knows is applied (readiness: a load balancer
 * sends no traffic to an instance whose schema is behind its code).
 */
export function healthRoutes(orm: MikroORM): Array<[string, RouteHandler]> {
  const readiness = async () => {
    try {
      await withTimeout(orm.em.getConnection().execute('select 1'), 'the database');
    } catch {
      return { ready: false, checks: { database: 'unreachable', migrations: 'unknown' } };
    }
    try {
      const pending = await withTimeout(orm.getMigrator().getPendingMigrations(), 'the migration check');
      return pending.length === 0
        ? { ready: true, checks: { database: 'ok', migrations: 'current' } }
        : { ready: false, checks: { database: 'ok', migrations: `${pending.length} pending: ${pending.map((migration) => migration.name).join(', ')}` } };
    } catch {
      return { ready: false, checks: { database: 'ok', migrations: 'unknown' } };
    }
  };
  return [
    ['/healthz', async (_request, response) => void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok')],
    [
      '/readyz',
      async (_request, response) => {
        const { ready, checks } = await readiness();
        response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify({ status: ready ? 'ready' : 'not ready', checks }));
      },
    ],
  ];
}
