import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client, type ClientOptions, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The id carried by readiness probes. graphql-ws never acknowledges a subscribe message, so a
 * test publishes probe events on the server's pubsub until one arrives: only then is the
 * subscription certainly listening, and a later "nothing arrived" means something.
 */
export const PROBE_ID = 'readiness-probe';
/** Marks probes of events whose ids a subscription filters on, so the id cannot carry the mark. */
export const PROBE_OCCURRED_AT = '2000-01-01T00:00:00.000Z';

export interface CloseInfo {
  code: number;
  reason: string;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds; fails with `description` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, description: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    await sleep(10);
  }
}

/** A socket close (its code and reason are getters, which JSON.stringify skips), errors, or the results. */
function describeEnd(error: unknown, results: unknown[]): string {
  if (error && typeof error === 'object' && 'code' in error) return `closed with ${String((error as CloseInfo).code)} ${String((error as CloseInfo).reason)}`;
  return JSON.stringify(error ?? results);
}

function isProbe(result: FormattedExecutionResult<unknown>): boolean {
  const payload = Object.values((result.data ?? {}) as Record<string, Record<string, unknown> | null>)[0];
  return payload != null && (Object.values(payload).includes(PROBE_ID) || payload.occurredAt === PROBE_OCCURRED_AT);
}

/** One subscription's results as they arrive, with readiness probes set aside. */
export class LiveSubscription<TData> {
  readonly results: FormattedExecutionResult<TData>[] = [];
  probesSeen = 0;
  error: unknown = null;
  completed = false;
  private taken = 0;
  private probe: (() => void) | null = null;

  constructor(readonly unsubscribe: () => void) {}

  receive(result: FormattedExecutionResult<TData>): void {
    if (isProbe(result)) this.probesSeen += 1;
    else this.results.push(result);
  }

  /** The data of every result so far (a result with errors fails the test). */
  get events(): TData[] {
    return this.results.map((result) => {
      if (result.errors?.length || !result.data) throw new Error(`Subscription errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    });
  }

  /** Publishes probes through `probe` until one arrives, so the server-side subscription is live. */
  async ready(probe: () => void, timeoutMs = 5_000): Promise<this> {
    this.probe = probe;
    const deadline = Date.now() + timeoutMs;
    while (this.probesSeen === 0) {
      if (this.error || this.completed) throw new Error(`Subscription ended before it was ready: ${describeEnd(this.error, this.results)}`);
      if (Date.now() > deadline) throw new Error(`Subscription not ready after ${timeoutMs} ms`);
      probe();
      await sleep(50);
    }
    return this;
  }

  /** The next result not yet taken. */
  async nextResult(timeoutMs = 5_000): Promise<FormattedExecutionResult<TData>> {
    await waitUntil(() => this.results.length > this.taken || this.completed || this.error !== null, 'the next subscription result', timeoutMs);
    if (this.results.length <= this.taken) throw new Error(`Subscription ended: ${describeEnd(this.error, [])}`);
    return this.results[this.taken++];
  }

  /** The data of the next result not yet taken. */
  async next(timeoutMs = 5_000): Promise<TData> {
    const result = await this.nextResult(timeoutMs);
    if (result.errors?.length || !result.data) throw new Error(`Subscription errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /**
   * Fails if anything beyond what was taken arrives before one more probe: a subscription receives
   * events in the order they were published, so whatever the test's actions published arrives first.
   */
  async expectNothing(timeoutMs = 5_000): Promise<void> {
    if (!this.probe) throw new Error('expectNothing needs a subscription made ready with a probe');
    const seen = this.probesSeen;
    this.probe();
    await waitUntil(() => this.probesSeen > seen || this.error !== null || this.completed, 'the probe published after the events under test', timeoutMs);
    expect(this.results.slice(this.taken)).toEqual([]);
  }
}

export interface LiveClient {
  client: Client;
  /** Every close of the underlying socket, in order. */
  closes: CloseInfo[];
  /** How many times a connection was acknowledged (1 + reconnections). */
  connections(): number;
  subscribe<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): LiveSubscription<TData>;
  dispose(): Promise<void>;
}

/** A real `graphql-ws` client over a real `ws` socket; `authorization` goes into connection_init as is. */
export function connectLive(url: string, authorization: string | null, options: Partial<ClientOptions> = {}): LiveClient {
  const closes: CloseInfo[] = [];
  let connections = 0;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: authorization === null ? {} : { authorization },
    retryAttempts: 0,
    ...options,
  });
  client.on('connected', () => {
    connections += 1;
  });
  client.on('closed', (event) => {
    const { code, reason } = event as CloseInfo;
    closes.push({ code, reason: String(reason) });
  });
  return {
    client,
    closes,
    connections: () => connections,
    subscribe(document, variables) {
      let subscription: LiveSubscription<never> | null = null;
      const unsubscribe = client.subscribe(
        { query: print(document), variables: (variables ?? {}) as Record<string, unknown> },
        {
          next: (result) => subscription!.receive(result as FormattedExecutionResult<never>),
          error: (error) => {
            subscription!.error = error;
          },
          complete: () => {
            subscription!.completed = true;
          },
        },
      );
      subscription = new LiveSubscription(unsubscribe);
      return subscription;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

export const bearer = (token: string) => `Bearer ${token}`;
