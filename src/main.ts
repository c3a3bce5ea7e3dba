import 'reflect-metadata';
import { ConfigError, parseConfig } from './config';
import { connectOrm, migrate } from './db/database';
import { createDatabaseIfMissing, withDatabase } from './db/database-admin';
import { EMBEDDED_DATABASE, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embedded-postgres';
import { DEMO_TOKENS, isSeeded, seedDemoDistrict } from './db/seed/demo-district';
import { createHubServer } from './server/app';
import { createHubPubSub } from './server/pubsub';

async function main(): Promise<void> {
  const config = parseConfig();
  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    console.log(`Starting embedded PostgreSQL in ${config.EMBEDDED_PG_DIR} on port ${config.EMBEDDED_PG_PORT} ...`);
    embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, persistent: true });
    await createDatabaseIfMissing(embedded.url, EMBEDDED_DATABASE);
    databaseUrl = withDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  const orm = await connectOrm(databaseUrl, { logSql: config.LOG_SQL === 'true' });
  await migrate(orm);
  const seedDemo = config.SEED_DEMO === 'true' || (config.SEED_DEMO === 'auto' && embedded !== null);
  if (seedDemo && !(await isSeeded(orm.em.fork()))) {
    console.log('Seeding the synthetic demo district ...');
    await seedDemoDistrict(orm.em.fork());
  }
  const pubSub = createHubPubSub(config);
  const server = await createHubServer({ config, orm, pubSub });
  const port = await server.listen(config.PORT, config.HOST);
  console.log(`Community Budget Hub: GraphQL at http://localhost:${port}/graphql (subscriptions: ws://localhost:${port}/graphql)`);
  if (seedDemo) {
    console.log('Demo district tokens (send as "Authorization: Bearer <token>"):');
    for (const [role, token] of Object.entries(DEMO_TOKENS)) console.log(`  ${role.padEnd(13)} ${token}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining HTTP, closing subscriptions, the scenario solver workers and the database ...`);
    await server.stop();
    await pubSub.close();
    await orm.close();
    if (embedded) await embedded.stop();
    console.log('Stopped cleanly.');
    process.exit(0);
  };
  // embedded-postgres installs its own exit hook that stops the cluster and exits at once, racing
  // our drain; we stop the cluster ourselves, last, so in-flight requests finish first.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
