import 'reflect-metadata';
import { parseConfig } from '../../src/config';
import { connectOrm } from '../../src/db/database';
import { createHubServer } from '../../src/server/app';
import { createHubPubSub } from '../../src/server/pubsub';

/**
 * One hub instance in a process of its own on DATABASE_URL, for tests that kill an instance with
 * SIGKILL. Prints "listening <port>" once it serves.
 */
async function main(): Promise<void> {
  const config = parseConfig();
  const orm = await connectOrm(config.DATABASE_URL!);
  const pubSub = createHubPubSub(config);
  const server = await createHubServer({ config, orm, pubSub, logError: (error) => console.error(error) });
  const port = await server.listen(0, '127.0.0.1');
  console.log(`listening ${port}`);
  process.on('SIGTERM', () => {
    void server
      .stop()
      .then(() => pubSub.close())
      .then(() => orm.close())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
