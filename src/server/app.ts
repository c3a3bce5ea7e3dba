import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { ScenarioSolverPool } from '../equity';
import { createContext, type ContextDependencies, type HubContext } from './context';
import { createFormatError } from './format-error';
import { handleGraphQLHttp, PayloadTooLargeError } from './http';
import { queryLimitsRule } from './limits';
import type { PubSubHandle } from './pubsub';
import { buildHubSchema } from './schema';
import { exportRoutes } from './routes/export';
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
  logError?: (error: unknown) => void;
  /** Overrides of the live-update bounds from the config (tests use short intervals). */
  liveUpdates?: Partial<LiveUpdateLimits>;
  /** One execution per event for all subscribers of the same operation and audience (default); off only for the fan-out bench's baseline. */
  shareLiveUpdateExecution?: boolean;
}

export const GRAPHQL_PATH = '/graphql';

type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

export async function createHubServer(options: HubServerOptions): Promise<HubServer> {
  const { config, orm } = options;
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const schema = await buildHubSchema(options.pubSub.pubSub);
  // Started now so its workers have loaded HiGHS and warmed up before the first runScenario.
  const scenarioSolver = new ScenarioSolverPool({ size: config.SCENARIO_WORKERS });
  const deps: ContextDependencies = { rootEm: orm.em, pubSub: options.pubSub.pubSub, config, scenarioSolver };
  const httpServer = http.createServer();
  const formatError = createFormatError(logError);
  const queryLimits = { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST };
  const subscriptionServer = startSubscriptionServer({
    httpServer,
    logError,
    path: GRAPHQL_PATH,
    schema,
    deps,
    queryLimits,
    formatError,
    shareEventExecution: options.shareLiveUpdateExecution ?? true,
    limits: {
      ...DEFAULT_LIVE_UPDATE_LIMITS,
      keepAliveMs: config.WS_KEEP_ALIVE_MS,
      maxPendingEvents: config.WS_MAX_PENDING_EVENTS,
      maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      ...options.liveUpdates,
    },
  });

  const apollo = new ApolloServer<HubContext>({
    schema,
    formatError,
    validationRules: [queryLimitsRule(queryLimits)],
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Browsers get the bundled GraphiQL (web-app.ts) instead of Apollo's CDN-loaded page.
      ApolloServerPluginLandingPageDisabled(),
      { async serverWillStart() { return { async drainServer() { await subscriptionServer.dispose(); } }; } },
    ],
  });
  await apollo.start().catch(async (error: unknown) => {
    await scenarioSolver.close();
    throw error;
  });

  const webApp = createWebApp();
  const graphql: RouteHandler = (request, response) => handleGraphQLHttp(apollo, request, response, () => createContext(deps, request.headers.authorization));
  const routes = new Map<string, RouteHandler>([
    [GRAPHQL_PATH, (request, response) => (webApp.wantsIde(request) ? webApp.serveIde(request, response) : graphql(request, response))],
    ['/healthz', async (_request, response) => void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok')],
    ...exportRoutes(deps),
  ]);

  httpServer.on('request', (request, response) => {
    const route = routes.get((request.url ?? '/').split('?')[0]) ?? webApp.serve;
    route(request, response).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError) {
        response.writeHead(413, { 'content-type': 'text/plain' }).end(error.message);
        return;
      }
      logError(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal server error');
    });
  });

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
        await scenarioSolver.close();
      }
    },
  };
}
