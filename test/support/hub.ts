import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { parseConfig, type AppConfig } from '../../src/config';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { configuredDatabaseLimits, createOrmConfig, serverDatabaseLimits } from '../../src/db/orm-config';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { Role } from '../../src/core/viewer';
import { createHubServer, type HubServer } from '../../src/server/app';
import { createHubPubSub, type PubSubHandle } from '../../src/server/pubsub';
import type { HubLogger } from '../../src/server/logger';
import { TEST_ENV } from './test-env';

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** Counts the SQL statements the server sends, to prove reads do not grow with list length. */
export class SqlStatementCounter {
  count = 0;
  statements: string[] = [];

  record(message: string): void {
    this.count += 1;
    this.statements.push(message);
  }

  reset(): void {
    this.count = 0;
    this.statements = [];
  }

  /** The statements as PostgreSQL got them: without the logger's colours, prefix and timing. */
  texts(): string[] {
    // eslint-disable-next-line no-control-regex
    return this.statements.map((statement) => statement.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\[query\] /, '').replace(/ \[took .*$/s, ''));
  }
}

export interface TestHub {
  url: string;
  wsUrl: string;
  orm: MikroORM;
  config: AppConfig;
  pubSub: PubSubHandle;
  sql: SqlStatementCounter;
  /** A fresh entity manager for arranging data and checking results directly in the database. */
  em(): EntityManager;
  /** A bearer token of a new user with this role (PARTNER users need a partner id); one per role and partner per hub. */
  token(role: Role, partnerId?: string): Promise<string>;
  graphql<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    token?: string | null,
  ): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

export interface TestHubOptions {
  /** Configuration variables on top of the test defaults, e.g. REDIS_URL and REDIS_CHANNEL_PREFIX. */
  env?: Record<string, string>;
  /** Captures the hub's log lines (unexpected errors included); by default they are dropped. */
  logger?: HubLogger;
}

/** A real hub on a real PostgreSQL database cloned from the migrated template, over real HTTP. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const maintenanceUrl = process.env[TEST_ENV.maintenanceUrl];
  const template = process.env[TEST_ENV.template];
  if (!maintenanceUrl || !template) throw new Error('jest global setup did not provide a test database');
  const database = `cbh_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await createDatabaseIfMissing(maintenanceUrl, database, template);
  const sql = new SqlStatementCounter();
  // Quiet, and without request limits (suites send thousands of requests from one address); the
  // operations tests turn both on. A pool of 5 unless a test asks for another size.
  const config = parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_TOKEN: '0', DB_POOL_MAX: '5', ...options.env });
  const orm = await MikroORM.init(
    createOrmConfig(withDatabase(maintenanceUrl, database), {
      debug: ['query'],
      logger: (message) => {
        if (/^\[query\]/.test(message)) sql.record(message);
      },
      colors: false,
      ...serverDatabaseLimits(configuredDatabaseLimits(config)),
    }),
  );
  const pubSub = createHubPubSub(config);
  const server: HubServer = await createHubServer({ config, orm, pubSub, logError: options.logger ? undefined : () => undefined, logger: options.logger });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;

  const tokens = new Map<string, string>();
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    orm,
    config,
    pubSub,
    sql,
    em: () => orm.em.fork(),
    async token(role, partnerId) {
      const key = `${role}:${partnerId ?? ''}`;
      const existing = tokens.get(key);
      if (existing) return existing;
      const em = orm.em.fork();
      const { secret } = createUserWithToken(em, {
        email: `test-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`,
        displayName: `test ${role.toLowerCase()}`,
        role,
        partnerId: partnerId ?? null,
        tokenName: 'test',
      });
      await em.flush();
      tokens.set(key, secret);
      return secret;
    },
    async graphql(document, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async stop() {
      await server.stop();
      await pubSub.close();
      await orm.close();
      await dropDatabase(maintenanceUrl, database);
    },
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? 'no data')}`);
  }
  return response.data;
}

/** The `extensions.code` of the first error of a response that must have failed. */
export function errorCodeOf(response: GraphQLResponse<unknown>): string | undefined {
  if (!response.errors?.length) throw new Error(`Expected an error, got data: ${JSON.stringify(response.data)}`);
  return response.errors[0].extensions?.code;
}

export { Role };
