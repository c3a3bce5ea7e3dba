import { randomUUID } from 'node:crypto';

/**
 * What crosses instances needs a real Redis, which a developer machine may not run. CI sets
 * REDIS_URL (redis://127.0.0.1:6379); without it these suites report themselves skipped instead
 * of pretending that the in-memory pubsub proves anything about Redis.
 */
export const REDIS_URL = process.env.REDIS_URL;

export function describeWithRedis(title: string, suite: () => void): void {
  if (!REDIS_URL) console.log(`${title}: SKIPPED because REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)`);
  (REDIS_URL ? describe : describe.skip)(title, suite);
}

/** A deployment's own channels: concurrent test runs on one Redis must not hear each other either. */
export const channelPrefix = () => `cbh-test-${randomUUID()}:`;
