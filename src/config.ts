import { z } from 'zod';

const variablesSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().startsWith('postgres').optional(),
  REDIS_URL: z.string().url().startsWith('redis').optional(),
  /**
   * Starts every Redis channel name, so deployments (or test runs) sharing one Redis stay apart.
   * It must end with ":" and topic names contain none, so two different prefixes can never
   * produce the same channel.
   */
  REDIS_CHANNEL_PREFIX: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+:$/, 'letters, digits and . _ - : only, ending with ":" (e.g. "community-budget-hub:staging:")')
    .default('community-budget-hub:'),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is not set. */
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Seed the synthetic demo district. Defaults to on for the embedded database only. */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_SQL: z.enum(['true', 'false']).default('false'),
  /** Query limits (README "Security and reliability"): refused with QUERY_TOO_COMPLEX before any resolver runs. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(8),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(200000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(15),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(1).default(1000),
  /** Largest GraphQL response body over HTTP; a larger one is replaced by a QUERY_TOO_COMPLEX error. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** PostgreSQL statement_timeout of the server's database sessions; 0 turns it off. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
  /**
   * PostgreSQL lock_timeout of the server's sessions; 0 turns it off. A statement that waits longer
   * for a lock is answered SERVICE_BUSY (retry), not QUERY_TOO_COMPLEX as when the statement timeout
   * cuts the wait, so it is useful only below DB_STATEMENT_TIMEOUT_MS.
   */
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(0),
  /** Connections of this instance's database pool. */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  /** How long an operation waits for a free pooled connection before it is answered SERVICE_BUSY (knex's default). */
  DB_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).default(60000),
  MIN_CELL_SIZE: z.coerce.number().int().min(1).default(10),
  /** At most an hour: the worker's hard stop is derived from it and must stay within a timer's range. */
  SCENARIO_TIME_LIMIT_SECONDS: z.coerce.number().positive().max(3600).default(30),
  /** Warm scenario-solver worker threads per server instance; more runs than workers wait in a queue. */
  SCENARIO_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** The solver's hard stop per run; unset, twice the time limit plus 15 s. */
  SCENARIO_HARD_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(7200).optional(),
  /** A running scenario whose instance has not refreshed it for this long is presumed dead and retried once elsewhere. */
  SCENARIO_STALE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Scenario runs one person, and one cycle, may have queued or running at once. */
  SCENARIO_MAX_QUEUED_PER_USER: z.coerce.number().int().min(1).max(1000).default(5),
  SCENARIO_MAX_QUEUED_PER_CYCLE: z.coerce.number().int().min(1).max(1000).default(20),
  /** Live updates: ping interval, events queued per connection before it is closed (1013), subscriptions per connection. */
  WS_KEEP_ALIVE_MS: z.coerce.number().int().min(1000).default(12000),
  WS_MAX_PENDING_EVENTS: z.coerce.number().int().min(1).default(100),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per window from one client address and with one bearer token; 0 turns a limit off. */
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(0).default(1200),
  RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Proxies in front of the hub whose X-Forwarded-For entries are trusted for the client address (0: use the socket's). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * How long a token or session found good is trusted without reading it again; 0 reads it on every
   * request. Revocations, sign-outs and user changes made through the hub evict it at once on every
   * instance; this bounds only changes made around the hub (plain SQL) or a lost event.
   */
  CREDENTIAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  /**
   * Answers of public aggregate queries (representation, surveyResults) kept per instance, checked
   * against the data_version of their tables on every request; 0 turns the cache off.
   */
  AGGREGATE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100000).default(200),
  /** Upper bound on the serialized size of all cached aggregate answers together. */
  AGGREGATE_CACHE_MEGABYTES: z.coerce.number().int().min(1).max(4096).default(64),
  /** Query operations kept compiled by graphql-jit (see compiled-execution.ts); 0: graphql-js executes everything. */
  COMPILED_OPERATIONS: z.coerce.number().int().min(0).max(100000).default(200),
  /** Requests without credentials are the public audience (what VIEWER sees); off: they are UNAUTHENTICATED. */
  PUBLIC_READS: z.enum(['true', 'false']).default('true'),
  /** Where browsers reach the hub, e.g. https://budget.district.org; the sign-in callback and the cookies' Secure flag follow it. */
  PUBLIC_URL: z.string().url().optional(),
  /** Sign-in with the district's OpenID Connect provider; all three (and PUBLIC_URL) or none. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Comma-separated email domains whose people may sign in without an account; they get OIDC_DEFAULT_ROLE. */
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((domain) => domain.trim().toLowerCase()).filter((domain) => domain !== ''))
    .pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain such as district.org'))),
  /** The role of an account made at first sign-in from an allowed domain; never ADMIN or PARTNER. */
  OIDC_DEFAULT_ROLE: z.enum(['VIEWER', 'LIAISON', 'BUDGET_STAFF']).default('VIEWER'),
  /**
   * Signs the short-lived CSV download links (exportLink), HMAC-SHA256; at least 32 characters.
   * Every instance behind one load balancer needs the same one. Unset, each process makes up its own,
   * so a link only works on the instance that made it and not after a restart.
   */
  EXPORT_LINK_SECRET: z.string().min(32).optional(),
  /** How long a download link works. */
  EXPORT_LINK_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  /** How long a sign-in lasts. */
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
});

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const;

const configSchema = variablesSchema.superRefine((config, problems) => {
  if (!config.OIDC_ISSUER && !config.OIDC_CLIENT_ID && !config.OIDC_CLIENT_SECRET) return;
  for (const name of OIDC_VARIABLES) {
    if (!config[name]) problems.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: `required for sign-in (${OIDC_VARIABLES.join(', ')} go together)` });
  }
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses every variable at once so a bad deployment lists all its mistakes in one go. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
