import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AppConfig } from '../config';

export type RateLimitConfig = Pick<
  AppConfig,
  'RATE_LIMIT_PER_IP' | 'RATE_LIMIT_PER_TOKEN' | 'RATE_LIMIT_WINDOW_SECONDS' | 'TRUST_PROXY_HOPS' | 'REDIS_URL' | 'REDIS_CHANNEL_PREFIX'
>;

export interface RateLimitRefusal {
  limit: 'ip' | 'token';
  retryAfterSeconds: number;
}

export interface RequestRateLimiter {
  /** Spends one point of the caller's IP and, with a bearer token, of that token; null when within both limits. */
  check(request: IncomingMessage): Promise<RateLimitRefusal | null>;
  close(): Promise<void>;
}

/**
 * The client's address: the socket's, or with TRUST_PROXY_HOPS = n the address the n-th trusted
 * proxy (counted from us) saw in X-Forwarded-For. Entries further left are the client's own
 * claims and are never trusted.
 */
export function clientAddress(request: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? socketAddress;
}

/** Tokens are keyed by a hash, so neither memory nor Redis ever holds a usable secret. */
function tokenKey(request: IncomingMessage): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
  return match ? createHash('sha256').update(match[1].trim()).digest('hex') : null;
}

/**
 * Per-IP and per-token request limits over a fixed window (rate-limiter-flexible). With
 * REDIS_URL the counters live in Redis and every instance shares them; if Redis fails, each
 * instance falls back to counting in its own memory rather than refusing or waving through.
 * A limit of 0 turns that limit off.
 */
export function createRateLimiter(config: RateLimitConfig): RequestRateLimiter {
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false }) : null;
  const limiter = (name: 'ip' | 'token', points: number): RateLimiterAbstract | null => {
    if (points === 0) return null;
    const options = { points, duration: config.RATE_LIMIT_WINDOW_SECONDS, keyPrefix: `${config.REDIS_CHANNEL_PREFIX}rate-limit:${name}` };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  };
  const limiters = { ip: limiter('ip', config.RATE_LIMIT_PER_IP), token: limiter('token', config.RATE_LIMIT_PER_TOKEN) };

  const spend = async (name: 'ip' | 'token', key: string): Promise<RateLimitRefusal | null> => {
    const current = limiters[name];
    if (!current) return null;
    try {
      await current.consume(key);
      return null;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { limit: name, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  };

  return {
    async check(request) {
      const byIp = await spend('ip', clientAddress(request, config.TRUST_PROXY_HOPS));
      if (byIp) return byIp;
      const token = tokenKey(request);
      return token ? spend('token', token) : null;
    },
    async close() {
      await redis?.quit().catch(() => undefined);
    },
  };
}
