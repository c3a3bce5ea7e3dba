import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
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
  const n = Number(process.env.N ?? 1000);
  let got = 0;
  for (let i = 0; i < n; i++) {
    const s = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    s.on('open', () => { s.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })); s.once('message', () => s.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { requestUpdated { requestId partnerId focalGroupIds changedFields status version occurredAt } }' } }))); });
    s.on('message', () => { got++; });
    if (i % 50 === 0) await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 3000));
  got = 0;
  const times: number[] = [];
  for (let v = 1; v <= 20; v++) {
    got = 0;
    const t0 = performance.now();
    pubSub.pubSub.publish(Topic.REQUEST_UPDATED, { requestId: 'x', partnerId: null, focalGroupIds: [], changedFields: ['status'], status: 'SUBMITTED', version: v, occurredAt: new Date().toISOString() });
    const dl = Date.now() + 5000; while (got < n && Date.now() < dl) await new Promise((r) => setImmediate(r));
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log('missing', n - got, 'ms', times.map((t) => t.toFixed(0)).join(' '));
  process.exit(0);
}
main();
