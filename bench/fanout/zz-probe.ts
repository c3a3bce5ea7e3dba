import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config';
import { connectOrm } from '../../src/db/database';
import { createHubServer } from '../../src/server/app';
import { createHubPubSub, Topic } from '../../src/server/pubsub';
import { issueToken } from '../../src/modules/auth/auth.service';
import { Role } from '../../src/modules/auth/role';
async function main() {
  const orm = await connectOrm(process.env.DB!);
  const em = orm.em.fork();
  const token = issueToken(em, { label: 'p', role: Role.LIAISON });
  await em.flush();
  const pubSub = createHubPubSub();
  const server = await createHubServer({ config: parseConfig({ NODE_ENV: 'production' }), orm, pubSub });
  const port = await server.listen(0, '127.0.0.1');
  const n = Number(process.env.N ?? 200);
  const got = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
    c.subscribe({ query: 'subscription { requestUpdated { requestId version status occurredAt } }' }, { next: (r: any) => got.set(r.data.requestUpdated.version, (got.get(r.data.requestUpdated.version) ?? 0) + 1), error: console.error, complete: () => {} });
  }
  await new Promise((r) => setTimeout(r, 3000));
  for (let v = 1; v <= 20; v++) {
    const t0 = performance.now();
    pubSub.pubSub.publish(Topic.REQUEST_UPDATED, { requestId: 'x', partnerId: null, focalGroupIds: [], changedFields: ['status'], status: 'SUBMITTED', version: v, occurredAt: new Date().toISOString() });
    while ((got.get(v) ?? 0) < n) await new Promise((r) => setImmediate(r));
    console.log(v, (performance.now() - t0).toFixed(1));
  }
  process.exit(0);
}
main();
