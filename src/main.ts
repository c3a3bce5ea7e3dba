import 'reflect-metadata';
import { ConfigError, parseConfig } from './config';
import { connectOrm, migrate } from './db/database';
import { configuredDatabaseLimits } from './db/orm-config';
import { createDatabaseIfMissing, withDatabase } from './db/database-admin';
import { EMBEDDED_DATABASE, EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embedded-postgres';
import { DEMO_TOKENS, isSeeded, seedDemoDistrict } from './db/seed/demo-district';
import { createHubServer } from './server/app';
import { createLogger } from './server/logger';
import { createHubPubSub } from './server/pubsub';

async function main(): Promise<void> {
  const config = parseConfig();
  const logger = createLogger(config.LOG_LEVEL);
  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    logger.info(`Starting embedded PostgreSQL in ${config.EMBEDDED_PG_DIR} on port ${config.EMBEDDED_PG_PORT} ...`);
    embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      persistent: true,
      log: (line) => logger.warn(line),
    });
    stopEmbeddedOnFailure = embedded.stop;
    await createDatabaseIfMissing(embedded.url, EMBEDDED_DATABASE);
    databaseUrl = withDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  const orm = await connectOrm(databaseUrl, { logSql: config.LOG_SQL === 'true', ...configuredDatabaseLimits(config) });
  await migrate(orm);
  const seedDemo = config.SEED_DEMO === 'true' || (config.SEED_DEMO === 'auto' && embedded !== null);
  if (seedDemo && !(await isSeeded(orm.em.fork()))) {
    logger.info('Seeding the synthetic demo district ...');
    await seedDemoDistrict(orm.em.fork());
  }
  const pubSub = createHubPubSub(config);
  const server = await createHubServer({ config, orm, pubSub, logger });
  const port = await server.listen(config.PORT, config.HOST);
  logger.info(`Community Budget Hub: GraphQL at http://localhost:${port}/graphql (subscriptions: ws://localhost:${port}/graphql)`);
  if (seedDemo) {
    // The demo district's tokens are public (README); no other token is ever logged.
    const demoTokens = Object.entries(DEMO_TOKENS).map(([role, token]) => `${role} ${token}`);
    logger.info(`Demo district tokens (send as "Authorization: Bearer <token>"): ${demoTokens.join(', ')}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining HTTP, closing subscriptions, the scenario solver workers and the database ...`);
    await server.stop();
    await pubSub.close();
    await orm.close();
    if (embedded) await embedded.stop();
    logger.info('Stopped cleanly.');
    process.exit(0);
  };
  stopEmbeddedOnFailure = null;
  // The embedded PostgreSQL runs in its own process group, so a terminal's Ctrl-C reaches only us:
  // we stop it ourselves, last, after in-flight requests have finished.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Stops the embedded PostgreSQL when the start fails after booting it, so no orphan is left. */
let stopEmbeddedOnFailure: (() => Promise<void>) | null = null;

/** One line an operator can act on, whatever was thrown (a rejected promise may carry no value at all). */
function describeStartError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) return error.message;
  if (error instanceof Error) return error.message || error.name;
  if (error === undefined || error === null) return 'an unknown error (nothing was thrown with it)';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

main().catch(async (error: unknown) => {
  console.error(`Community Budget Hub could not start: ${describeStartError(error)}`);
  if (error instanceof Error && !(error instanceof ConfigError || error instanceof EmbeddedPostgresError) && error.stack) console.error(error.stack);
  await stopEmbeddedOnFailure?.().catch(() => undefined);
  process.exit(1);
});
