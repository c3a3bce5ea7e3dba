import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../../src/config';
import { connectOrm } from '../../src/db/database';
import { createHubServer } from '../../src/server/app';
import { Topic } from '../../src/core/pubsub';
import { createHubPubSub } from '../../src/server/pubsub';

/**
 * One API instance for the fan-out bench, run as its own process (as in production) and driven
 * over IPC by run.ts. It reports when each REQUEST_UPDATED event is published, which runWrite does
 * right after the commit, so the driver can time commit -> delivery.
 *
 * BENCH_SHARE_EXECUTION=false runs it with one execution per subscriber, the baseline that the
 * driver measures alongside the shared execution.
 */
export type InstanceMessage =
  | { type: 'ready'; port: number }
  | { type: 'published'; version: number; at: number }
  | { type: 'memory'; heapUsed: number; rss: number }
  | { type: 'cpu'; micros: number };

export type DriverMessage = { type: 'measure-memory' } | { type: 'measure-cpu' } | { type: 'stop' };

const now = () => performance.timeOrigin + performance.now();
const report = (message: InstanceMessage) => process.send!(message);

async function main(): Promise<void> {
  const config = parseConfig();
  const orm = await connectOrm(config.DATABASE_URL!);
  const pubSub = createHubPubSub(config);
  const publish = pubSub.pubSub.publish.bind(pubSub.pubSub);
  pubSub.pubSub.publish = ((topic: string, payload: { version: number }) => {
    if (topic === Topic.REQUEST_UPDATED) report({ type: 'published', version: payload.version, at: now() });
    (publish as (topic: string, payload: unknown) => void)(topic, payload);
  }) as typeof publish;
  const shareLiveUpdateExecution = process.env.BENCH_SHARE_EXECUTION !== 'false';
  const server = await createHubServer({ config, orm, pubSub, shareLiveUpdateExecution, logError: (error) => console.error(error) });
  report({ type: 'ready', port: await server.listen(0, '127.0.0.1') });

  process.on('message', async (message: DriverMessage) => {
    if (message.type === 'measure-memory') {
      for (let pass = 0; pass < 3; pass += 1) global.gc?.();
      const usage = process.memoryUsage();
      report({ type: 'memory', heapUsed: usage.heapUsed, rss: usage.rss });
    } else if (message.type === 'measure-cpu') {
      const usage = process.cpuUsage();
      report({ type: 'cpu', micros: usage.user + usage.system });
    } else if (message.type === 'stop') {
      await server.stop();
      await pubSub.close();
      await orm.close();
      process.exit(0);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
