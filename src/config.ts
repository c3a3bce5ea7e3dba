import { z } from 'zod';

const configSchema = z.object({
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
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50000),
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
