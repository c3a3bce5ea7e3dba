import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { authenticate, stillValidCredentials, type CredentialRef, type PresentedCredentials } from '../modules/auth/authentication';
import { payloadAudience } from '../modules/live-updates/live-updates.service';
import { UnauthenticatedError } from '../core/errors';
import type { ContextDependencies, HubContext } from '../core/context';
import { Topic, type CredentialsRevokedEvent } from '../core/pubsub';
import { CredentialKind } from '../core/viewer';
import { createContext, credentialsOf } from './context';
import type { createFormatError } from './format-error';
import { documentLimitRules, parseOptionsFor, QueryTooComplexError, TOKEN_LIMIT_MESSAGE, type OperationLimitCheck, type QueryLimits } from './limits';

/** Close codes a client can act on; 4xxx are ours, in the range the WebSocket spec leaves to applications. */
export const LiveCloseCode = {
  /**
   * Missing, malformed, unknown, expired or revoked token in `connection_init` (or session cookie),
   * or the credentials of an open connection were revoked since, expired, or their user was
   * deactivated or given another role: fix the credentials, do not retry blindly.
   */
  UNAUTHORIZED: 4401,
  /** A session cookie sent from a page of another site (cross-site WebSocket hijacking). */
  FORBIDDEN: 4403,
  /**
   * The client read too slowly and fell too far behind: reconnect, then refetch what it shows.
   * "Try Again Later" rather than a 4xxx code: graphql-ws uses 4429 for repeated connection_init,
   * and its client gives up on that one but retries 1013 by itself.
   */
  TOO_FAR_BEHIND: 1013,
  /** The server is shutting down: reconnect (to another instance). */
  GOING_AWAY: 1001,
} as const;

export interface LiveUpdateLimits {
  /** Ping interval; a socket that has not answered a ping within the next interval is terminated. */
  keepAliveMs: number;
  /** How often the credentials of open connections are checked again for revocation and expiry. */
  credentialCheckMs: number;
  /** Events delivered to a connection but not yet written to its socket, over all its subscriptions. */
  maxPendingEvents: number;
  maxSubscriptionsPerConnection: number;
  /** How long a socket we closed may take to finish the close handshake before it is cut. */
  closeGraceMs: number;
}

export const DEFAULT_LIVE_UPDATE_LIMITS: LiveUpdateLimits = {
  keepAliveMs: 12_000,
  credentialCheckMs: 12_000,
  maxPendingEvents: 100,
  maxSubscriptionsPerConnection: 20,
  closeGraceMs: 5_000,
};

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  deps: ContextDependencies;
  queryLimits: QueryLimits;
  checkOperationLimits: OperationLimitCheck;
  formatError: ReturnType<typeof createFormatError>;
  limits: LiveUpdateLimits;
  /**
   * Execute each event once per operation and payload audience rather than once per subscriber.
   * Off only to measure the difference (the fan-out bench's baseline).
   */
  shareEventExecution: boolean;
  /** Where a failed token re-check is reported; a failure never closes a connection. */
  logError?: (error: unknown) => void;
}

export interface SubscriptionServer {
  webSocketServer: WebSocketServer;
  /** Open connections and their active subscriptions, for the metrics. */
  connections(): number;
  subscriptions(): number;
  /** Closes every socket with 1001, cuts those that do not finish closing in time, stops accepting. */
  dispose(): Promise<void>;
}

/**
 * Clients may send the token the way they send it over HTTP ("Bearer <token>") or bare; both
 * are accepted so that browser clients can pass what they already hold.
 */
export function toAuthorizationHeader(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim();
  return /^Bearer\s/i.test(trimmed) ? trimmed : `Bearer ${trimmed}`;
}

/** A bearer token from connection_init wins; otherwise the session cookie of the upgrade request. */
function connectionCredentials(authorization: unknown, request: http.IncomingMessage): PresentedCredentials {
  const bearer = toAuthorizationHeader(authorization);
  return bearer ? { authorization: bearer } : { sessionSecret: credentialsOf(request.headers).sessionSecret };
}

/** Closes the socket, and cuts it if the peer does not complete the close handshake in time. */
function closeSocket(socket: WebSocket, code: number, reason: string, graceMs: number): void {
  if (socket.readyState === WebSocket.CLOSED) return;
  socket.close(code, reason);
  const cut = setTimeout(() => socket.terminate(), graceMs);
  cut.unref();
  socket.once('close', () => clearTimeout(cut));
}

/** Counts a connection's events that wait for its socket; past the limit the connection is closed. */
class ConnectionBacklog {
  private pending = 0;
  overflowed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: LiveUpdateLimits,
  ) {}

  admit(): boolean {
    if (this.overflowed) return false;
    if (this.pending >= this.limits.maxPendingEvents) {
      this.overflowed = true;
      closeSocket(
        this.socket,
        LiveCloseCode.TOO_FAR_BEHIND,
        `Too far behind: over ${this.limits.maxPendingEvents} events waiting; reconnect and refetch`,
        this.limits.closeGraceMs,
      );
      return false;
    }
    this.pending += 1;
    return true;
  }

  release(count = 1): void {
    this.pending -= count;
  }
}

/**
 * Drains an event stream as fast as events arrive and holds what the socket has not taken yet
 * in a queue bounded by the connection's backlog. Upstream (the pubsub's own queue) therefore
 * never grows; a consumer that falls behind loses its connection instead of growing memory.
 */
class BoundedEventStream<T> implements AsyncGenerator<T, undefined> {
  private readonly queue: T[] = [];
  private waiting: { resolve(result: IteratorResult<T, undefined>): void; reject(error: unknown): void } | null = null;
  private finished = false;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly backlog: ConnectionBacklog,
    private readonly onFinish: () => void,
  ) {
    void this.pump();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.return().then(() => undefined);
  }

  next(): Promise<IteratorResult<T, undefined>> {
    const value = this.queue.shift();
    if (value !== undefined) {
      this.backlog.release();
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    this.finish();
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    this.finish();
    await this.source.return?.();
    throw error;
  }

  private async pump(): Promise<void> {
    try {
      while (!this.finished) {
        const step = await this.source.next();
        if (step.done || this.finished) break;
        if (this.waiting) {
          const waiting = this.waiting;
          this.waiting = null;
          waiting.resolve({ value: step.value, done: false });
        } else if (this.backlog.admit()) {
          this.queue.push(step.value);
        } else {
          await this.source.return?.();
          break;
        }
      }
    } catch (error) {
      this.failure = { error };
    }
    this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.onFinish();
    this.backlog.release(this.queue.length);
    this.queue.length = 0;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting && this.failure) waiting.reject(this.failure.error);
    else waiting?.resolve({ value: undefined, done: true });
  }
}

/** How an open connection authenticated, to close it when those credentials stop being valid. */
interface ConnectionCredentials extends CredentialRef {
  userId: string | null;
}

/**
 * Closes the connections whose credentials stopped being valid after they authenticated. A
 * revocation, sign-out or deactivation announces itself on the pubsub (on every instance, with
 * Redis) and closes its connections at once; a check every interval, one statement per kind of
 * credential for all open connections, catches expiry and anything the announcement missed.
 */
class CredentialRevocation {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private readonly announcements: AsyncIterator<CredentialsRevokedEvent>;

  constructor(
    private readonly webSocketServer: WebSocketServer,
    private readonly socketCredentials: WeakMap<WebSocket, ConnectionCredentials>,
    private readonly deps: ContextDependencies,
    private readonly limits: LiveUpdateLimits,
    private readonly logError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => {
      // A check still waiting for the database is not stacked with another one.
      if (!this.running) this.running = this.check().finally(() => (this.running = null));
    }, limits.credentialCheckMs);
    this.timer.unref();
    this.announcements = deps.pubSub.subscribe(Topic.CREDENTIALS_REVOKED)[Symbol.asyncIterator]();
    void this.listen();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.announcements.return?.();
    await this.running;
  }

  private async listen(): Promise<void> {
    for (;;) {
      const step = await this.announcements.next().catch((error: unknown) => {
        this.logError(error);
        return { done: true as const, value: undefined };
      });
      if (step.done) return;
      const { userId, apiTokenIds, sessionIds } = step.value;
      this.closeWhere((credentials) => credentials.userId === userId || apiTokenIds.includes(credentials.id) || sessionIds.includes(credentials.id));
    }
  }

  private async check(): Promise<void> {
    const checked = new Map<WebSocket, ConnectionCredentials>();
    for (const socket of this.webSocketServer.clients) {
      const credentials = this.socketCredentials.get(socket);
      if (credentials && socket.readyState === WebSocket.OPEN) checked.set(socket, credentials);
    }
    if (checked.size === 0) return;
    let valid: Set<string>;
    try {
      valid = await stillValidCredentials(this.deps.rootEm.fork(), [...checked.values()]);
    } catch (error) {
      this.logError(error);
      return;
    }
    // Only the sockets whose credentials were looked up: one that authenticated while the check
    // waited for the database is not in its answer, and is not thereby revoked.
    this.closeWhere((credentials, socket) => checked.has(socket) && !valid.has(credentials.id));
  }

  private closeWhere(revoked: (credentials: ConnectionCredentials, socket: WebSocket) => boolean): void {
    for (const socket of this.webSocketServer.clients) {
      const credentials = this.socketCredentials.get(socket);
      if (credentials && socket.readyState === WebSocket.OPEN && revoked(credentials, socket)) {
        closeSocket(socket, LiveCloseCode.UNAUTHORIZED, 'Unauthorized: credentials revoked, expired or changed', this.limits.closeGraceMs);
      }
    }
  }
}

/**
 * A session cookie is sent by the browser whichever page opens the socket, so it counts only from
 * the hub's own pages: the Origin must be PUBLIC_URL's, or the Host the socket was opened on.
 */
function fromOwnOrigin(request: http.IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    const originHost = new URL(origin).host;
    return publicUrl ? originHost === new URL(publicUrl).host : originHost === request.headers.host;
  } catch {
    return false;
  }
}

function isAsyncIterable<T>(value: unknown): value is AsyncIterable<T> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Maps each event of a subscription's source stream to its result. Not an async generator: a
 * generator waiting for the next event cannot be returned before that event arrives, so an
 * unsubscribed client's pubsub listener would stay until the next event on its topic.
 */
function mapEvents<T, R>(events: AsyncIterable<T>, map: (event: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const source = events[Symbol.asyncIterator]();
  const closeSource = async () => {
    try {
      await source.return?.();
    } catch {
      // The error that made us close the source is the one to report.
    }
  };
  return {
    async next() {
      const step = await source.next();
      if (step.done) return { value: undefined, done: true };
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await closeSource();
        throw error;
      }
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await closeSource();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The operation as the client sent it; parsing keeps the source text, printing is the fallback. */
function operationText(document: DocumentNode): string {
  return document.loc?.source.body ?? print(document);
}

/**
 * graphql's `subscribe`, except that subscribers who would receive the same result share one
 * execution per event: the same operation text, operation name and variables, and the same
 * payload audience (what the resolvers' authorization and redaction read of the viewer). Each
 * subscriber still filters the source stream with its own identity, so an event it may not hear
 * never reaches the shared step. The pubsub hands one payload object to every subscriber of
 * this process, so results are kept per payload object in a WeakMap and go away with the event.
 */
function createSharedSubscribe(): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const resultsByEvent = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();
  return async (args) => {
    const events = await createSourceEventStream(args);
    if (!isAsyncIterable(events)) return events;
    const executeEvent = (event: unknown) => execute({ ...args, rootValue: event });
    const viewer = (args.contextValue as HubContext).viewer;
    if (!viewer) return mapEvents(events, executeEvent);
    const sharingKey = JSON.stringify([operationText(args.document), args.operationName ?? null, args.variableValues ?? null, payloadAudience(viewer)]);
    return mapEvents(events, (event) => {
      if (typeof event !== 'object' || event === null) return executeEvent(event);
      let results = resultsByEvent.get(event);
      if (!results) {
        results = new Map();
        resultsByEvent.set(event, results);
      }
      let result = results.get(sharingKey);
      if (!result) {
        result = executeEvent(event);
        results.set(sharingKey, result);
      }
      return result;
    });
  };
}

/**
 * graphql-ws on the HTTP server's own port and path: the same bearer tokens, the same error codes
 * and query limits as HTTP, keep-alive pings, and bounded memory per connection.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { deps, limits, formatError } = options;
  const webSocketServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const backlogs = new WeakMap<WebSocket, ConnectionBacklog>();
  const socketCredentials = new WeakMap<WebSocket, ConnectionCredentials>();
  const validationRules = [...specifiedRules, ...documentLimitRules(options.queryLimits)];
  const parseOptions = parseOptionsFor(options.queryLimits);
  const connectionIds = new WeakMap<WebSocket, string>();
  let activeSubscriptions = 0;
  // Under the connection's and operation's id, like an HTTP request's, so its log lines can be found.
  const formatErrors = (socket: WebSocket, operationId: string, errors: readonly GraphQLError[]) =>
    errors.map((error) => formatError(error.toJSON(), error, `${connectionIds.get(socket) ?? 'ws'}:${operationId}`));

  const graphqlWs = useServer(
    {
      schema: options.schema,
      // The same parse options, validation rules and per-request price check as HTTP (app.ts).
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already registered this subscription when the hook runs.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${limits.maxSubscriptionsPerConnection} subscriptions per connection; open another connection`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseOptions);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          if (TOKEN_LIMIT_MESSAGE.test(error.message)) return [new QueryTooComplexError(error.message.replace(/^Syntax Error: /, ''), { limit: 'tokens', max: options.queryLimits.maxTokens })];
          return [new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const validationErrors = validate(options.schema, document, validationRules);
        if (validationErrors.length > 0) {
          return validationErrors.map((error) => (error.extensions.code ? error : new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })));
        }
        try {
          options.checkOperationLimits({ document, operationName: payload.operationName, variables: payload.variables });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      ...(options.shareEventExecution ? { subscribe: createSharedSubscribe() } : {}),
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const credentials = connectionCredentials(ctx.connectionParams?.authorization, ctx.extra.request);
        try {
          if (!credentials.authorization && !credentials.sessionSecret) {
            throw new UnauthenticatedError('connection_init payload.authorization must carry a bearer token, or the browser a session cookie');
          }
          if (!credentials.authorization && !fromOwnOrigin(ctx.extra.request, deps.config.PUBLIC_URL)) {
            closeSocket(socket, LiveCloseCode.FORBIDDEN, 'Forbidden: a session cookie is accepted only from the hub\'s own pages', limits.closeGraceMs);
            return false;
          }
          const authentication = await authenticate(deps.rootEm.fork(), credentials, { publicReads: false, cache: deps.credentialCache });
          if (!authentication) throw new UnauthenticatedError();
          const { credential, userId } = authentication.viewer;
          if ((credential.kind === CredentialKind.API_TOKEN || credential.kind === CredentialKind.SESSION) && credential.id) {
            socketCredentials.set(socket, { kind: credential.kind, id: credential.id, userId });
          }
          connectionIds.set(socket, randomUUID());
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          closeSocket(socket, LiveCloseCode.UNAUTHORIZED, `Unauthorized: ${error.message}`, limits.closeGraceMs);
          return false;
        }
        backlogs.set(socket, new ConnectionBacklog(socket, limits));
        return true;
      },
      context: async (ctx) => {
        const context = await createContext(deps, connectionCredentials(ctx.connectionParams?.authorization, ctx.extra.request));
        // A cookie session reached this point only from the hub's own origin (checked on connect), which is its CSRF proof here.
        return { ...context, csrfVerified: true };
      },
      onOperation: (ctx, _id, _payload, _args, result) => {
        const backlog = backlogs.get(ctx.extra.socket);
        if (!backlog || !isAsyncIterable<ExecutionResult>(result)) return undefined;
        activeSubscriptions += 1;
        return new BoundedEventStream(result[Symbol.asyncIterator](), backlog, () => (activeSubscriptions -= 1));
      },
      onNext: (ctx, id, _payload, _args, result) => (result.errors ? { ...result, errors: formatErrors(ctx.extra.socket, id, result.errors) } : undefined),
      onError: (ctx, id, _payload, errors) => formatErrors(ctx.extra.socket, id, errors),
    },
    webSocketServer,
    limits.keepAliveMs,
  );
  const revocationCheck = new CredentialRevocation(webSocketServer, socketCredentials, deps, limits, options.logError ?? ((error) => console.error(error)));

  return {
    webSocketServer,
    connections: () => webSocketServer.clients.size,
    subscriptions: () => activeSubscriptions,
    async dispose() {
      await revocationCheck.stop();
      const open = [...webSocketServer.clients];
      await Promise.all(
        open.map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === WebSocket.CLOSED) return resolve();
              socket.once('close', () => resolve());
              closeSocket(socket, LiveCloseCode.GOING_AWAY, 'Server shutting down', limits.closeGraceMs);
            }),
        ),
      );
      await graphqlWs.dispose();
    },
  };
}
