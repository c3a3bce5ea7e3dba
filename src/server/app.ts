import { createCompiledExecutor, executorGateway } from './compiled-execution';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import type { ContextDependencies, HubContext } from '../core/context';
import { createContext, credentialsOf } from './context';
import { createFormatError, type ErrorLogger } from './format-error';
import { guardRootArguments, InputChecker } from './input-checks';
import { documentLimitRules, operationLimitCheck, parseOptionsFor, queryLimitsFrom } from './limits';
import { busyContextCreation, errorsAttributedToRequest, handleGraphQLHttp, PayloadTooLargeError, refuseSubscriptionsOverHttp, REQUEST_ID_HEADER, serviceBusyOverHttp } from './http';
import { ScenarioJobs } from './scenario-jobs';
import type { PubSubHandle } from './pubsub';
import { CredentialCache } from '../core/credential-cache';
import { checkPrefetchedReads } from '../modules/shared/prefetch';
import { buildHubSchema } from './schema';
import { exportRoutes } from './routes/export';
import { openReferralRoutes } from './routes/open-referral';
import { healthRoutes } from './routes/health';
import { createLogger, requestIdOf, type HubLogger } from './logger';
import { HubMetrics } from './metrics';
import { aggregateCachePlugin } from './aggregate-cache';
import { createRateLimiter } from './rate-limit';
import { authRoutes } from './auth-routes';
import { createWebApp } from './web-app';
import { DEFAULT_LIVE_UPDATE_LIMITS, startSubscriptionServer, type LiveUpdateLimits } from './subscription-server';

export interface HubServer {
  httpServer: http.Server;
  /** Resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Drains HTTP, closes sockets, then stops the scenario solver workers; the ORM and pubsub belong to the caller. */
  stop(): Promise<void>;
}

export interface HubServerOptions {
  config: AppConfig;
  orm: MikroORM;
  pubSub: PubSubHandle;
  /** JSON log lines; by default pino on stdout at LOG_LEVEL. */
  logger?: HubLogger;
  /** Where unexpected errors go; by default the logger, at level error. */
  logError?: ErrorLogger;
  /** Overrides of the live-update bounds from the config (tests use short intervals). */
  liveUpdates?: Partial<LiveUpdateLimits>;
  /** One execution per event for all subscribers of the same operation and audience (default); off only for the fan-out bench's baseline. */
  shareLiveUpdateExecution?: boolean;
}

export const GRAPHQL_PATH = '/graphql';
/** Probes and scrapes are not rate limited: a load balancer or Prometheus must never be refused. */
const UNLIMITED_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse, requestId: string) => Promise<void>;

export async function createHubServer(options: HubServerOptions): Promise<HubServer> {
  const { config, orm } = options;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const logError: ErrorLogger = options.logError ?? ((error, requestId) => logger.error({ err: error, requestId }, 'unexpected error'));
  const schema = await buildHubSchema(options.pubSub.pubSub);
  checkPrefetchedReads(config.NODE_ENV === 'test');
  guardRootArguments(schema, new InputChecker(schema, orm.getMetadata()));
  // Started now so its solver workers have loaded HiGHS and warmed up before the first run.
  const scenarioJobs = new ScenarioJobs({
    orm,
    config,
    deps: { rootEm: orm.em, pubSub: options.pubSub.pubSub, config },
    logError,
    onQueueWait: (seconds) => metrics?.scenarioQueueWait.observe(seconds),
  });
  const credentialCache = new CredentialCache(config.CREDENTIAL_CACHE_SECONDS * 1000);
  const stopCredentialEvictions = credentialCache.listen(options.pubSub.pubSub);
  const deps: ContextDependencies = { rootEm: orm.em, pubSub: options.pubSub.pubSub, config, scenarioJobs, credentialCache };
  const httpServer = http.createServer();
  const formatErrorOnce = createFormatError(logError);
  let metrics: HubMetrics | null = null;
  const formatError: typeof formatErrorOnce = (formatted, error, requestId) => {
    const result = formatErrorOnce(formatted, error, requestId);
    metrics?.countError(result.extensions?.code);
    return result;
  };
  const queryLimits = queryLimitsFrom(config);
  const checkOperationLimits = operationLimitCheck(schema, queryLimits);
  const subscriptionServer = startSubscriptionServer({
    httpServer,
    logError,
    path: GRAPHQL_PATH,
    schema,
    deps,
    queryLimits,
    checkOperationLimits,
    formatError,
    shareEventExecution: options.shareLiveUpdateExecution ?? true,
    limits: {
      ...DEFAULT_LIVE_UPDATE_LIMITS,
      keepAliveMs: config.WS_KEEP_ALIVE_MS,
      credentialCheckMs: config.WS_KEEP_ALIVE_MS,
      maxPendingEvents: config.WS_MAX_PENDING_EVENTS,
      maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      ...options.liveUpdates,
    },
  });

  metrics = new HubMetrics({ orm, scenarioJobs, liveUpdates: subscriptionServer });
  const rateLimiter = createRateLimiter(config);

  const apollo = new ApolloServer<HubContext>({
    gateway: executorGateway(schema, createCompiledExecutor(schema, { entries: config.COMPILED_OPERATIONS, compileAfter: 1, onExecution: (executor) => metrics?.countExecution(executor) })),
    formatError,
    parseOptions: parseOptionsFor(queryLimits),
    validationRules: documentLimitRules(queryLimits),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The entry point owns the shutdown order (drain, then pubsub, ORM and database); Apollo's own
    // signal handlers would stop it halfway and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Per-field hooks the hub has no use for (no cache hints, no Apollo Studio): they cost time on every field of every list.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // Browsers get the bundled GraphiQL (web-app.ts) instead of Apollo's CDN-loaded page.
      ApolloServerPluginLandingPageDisabled(),
      refuseSubscriptionsOverHttp,
      serviceBusyOverHttp,
      errorsAttributedToRequest,
      // Per request: the price depends on variables (`first: $n`), which a cached document does not know.
      { async requestDidStart() { return { async didResolveOperation({ request, document }) { checkOperationLimits({ document, operationName: request.operationName, variables: request.variables }); } }; } },
      metrics.apolloPlugin(),
      aggregateCachePlugin(config, metrics),
      { async serverWillStart() { return { async drainServer() { await subscriptionServer.dispose(); } }; } },
    ],
  });
  await Promise.all([apollo.start(), scenarioJobs.start()]).catch(async (error: unknown) => {
    stopCredentialEvictions();
    await scenarioJobs.stop();
    await rateLimiter.close();
    throw error;
  });

  const webApp = createWebApp();
  const graphql: RouteHandler = (request, response, requestId) =>
    handleGraphQLHttp(apollo, request, response, busyContextCreation(() => createContext(deps, credentialsOf(request.headers))), config.MAX_RESPONSE_BYTES, requestId);
  const routes = new Map<string, RouteHandler>([
    [GRAPHQL_PATH, (request, response, requestId) => (webApp.wantsIde(request) ? webApp.serveIde(request, response) : graphql(request, response, requestId))],
    ...healthRoutes(orm),
    ['/metrics', (request, response) => (metrics as HubMetrics).serve(request, response)],
    ...exportRoutes(deps),
    ...openReferralRoutes(deps),
    ...authRoutes(deps),
  ]);

  httpServer.on('request', (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const apiRoute = routes.get(path);
    // Everything else is the web app (its pages, assets, or its own 404).
    const route = apiRoute ?? webApp.serve;
    const routeLabel = apiRoute ? path : 'web app';
    const requestId = requestIdOf(request);
    const started = performance.now();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    response.once('finish', () => {
      metrics?.countHttpRequest(routeLabel, response.statusCode);
      // Method, route and status only: query strings, headers and bodies may hold tokens or personal data.
      logger.info({ requestId, method: request.method, route: routeLabel, status: response.statusCode, durationMs: Math.round(performance.now() - started) }, 'request');
    });
    void serve(request, response, path, route, requestId);
  });

  const serve = async (request: http.IncomingMessage, response: http.ServerResponse, path: string, route: RouteHandler, requestId: string) => {
    if (!UNLIMITED_ROUTES.has(path)) {
      const refusal = await rateLimiter.check(request).catch((error: unknown) => {
        // A failing limiter store must not take the API down with it.
        logError(error, requestId);
        return null;
      });
      if (refusal) {
        metrics?.rateLimited.inc({ limit: refusal.limit });
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(refusal.retryAfterSeconds) });
        const message = `Too many requests ${refusal.limit === 'token' ? 'with this token' : 'from this address'}; retry after ${refusal.retryAfterSeconds} s`;
        response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: refusal.retryAfterSeconds } }] }));
        return;
      }
    }
    await route(request, response, requestId).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError) {
        response.writeHead(413, { 'content-type': 'text/plain' }).end(error.message);
        return;
      }
      logError(error, requestId);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal server error');
    });
  };

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    // In-flight runs finish while HTTP drains; only then do the workers go.
    stop: async () => {
      try {
        await apollo.stop();
      } finally {
        stopCredentialEvictions();
        await scenarioJobs.stop();
        await rateLimiter.close();
      }
    },
  };
}
