import { LRUCache } from 'lru-cache';
import type { CredentialsRevokedEvent, HubPubSub } from './pubsub';
import { Topic } from './pubsub';
import type { Viewer } from './viewer';

/** A credential found good, as authentication needs it again. */
export interface CachedCredential {
  viewer: Viewer;
  /** A session's CSRF token; null for bearer tokens. */
  csrfToken: string | null;
  /** When the credential itself expires (ms since the epoch); null when it never does. */
  expiresAt: number | null;
}

/**
 * Credentials found good in the last few seconds, by the hash of their secret, so a busy token
 * costs one statement every `ttlMs` instead of one per request. A revocation, a signed-out session
 * and a deactivated or changed user reach every instance as a CREDENTIALS_REVOKED event (through
 * Redis when there is more than one) and evict what they name at once; the time-to-live bounds what
 * a change made outside the hub (plain SQL) or a lost event can leave behind. Only good credentials
 * are kept: unknown secrets never take memory.
 */
export class CredentialCache {
  private readonly entries: LRUCache<string, CachedCredential>;
  /** Bumped by every eviction: a lookup that began before one must not store what it read. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    maxEntries = 10_000,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(secretHash: string): CachedCredential | undefined {
    return this.entries.get(secretHash);
  }

  /** The generation to hand back to `set`: read it before looking the credential up. */
  beginLookup(): number {
    return this.generation;
  }

  set(secretHash: string, credential: CachedCredential, lookupGeneration: number): void {
    if (!this.enabled || lookupGeneration !== this.generation) return;
    // The cache's time-to-live or the credential's own expiry, whichever comes first.
    const ttl = Math.floor(Math.min(this.ttlMs, (credential.expiresAt ?? Number.POSITIVE_INFINITY) - Date.now()));
    if (ttl <= 0) return;
    this.entries.set(secretHash, credential, { ttl });
  }

  evict(event: CredentialsRevokedEvent): void {
    this.generation += 1;
    const credentialIds = new Set([...event.apiTokenIds, ...event.sessionIds]);
    const revoked = [...this.entries.entries()].filter(
      ([, { viewer }]) => (event.userId !== null && viewer.userId === event.userId) || (viewer.credential.id !== null && credentialIds.has(viewer.credential.id)),
    );
    for (const [secretHash] of revoked) this.entries.delete(secretHash);
  }

  /** Evicts on every CREDENTIALS_REVOKED event until the returned function is called. */
  listen(pubSub: HubPubSub): () => void {
    const events = pubSub.subscribe(Topic.CREDENTIALS_REVOKED)[Symbol.asyncIterator]();
    void (async () => {
      for (let next = await events.next(); !next.done; next = await events.next()) this.evict(next.value);
    })();
    return () => void events.return?.();
  }
}
