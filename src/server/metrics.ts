import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The knex (tarn) pool under MikroORM's connection; typed here to the few counters we read. */
interface ConnectionPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

export interface LiveUpdateStats {
  connections(): number;
  subscriptions(): number;
}

export interface ScenarioJobStats {
  /** This instance's solver workers. */
  solverStats(): { queued: number; running: number; workers: number };
  /** Runs waiting in the queue shared by every instance. */
  queueDepth(): Promise<number>;
}

export interface HubMetricsSources {
  orm: MikroORM;
  scenarioJobs: ScenarioJobStats;
  liveUpdates: LiveUpdateStats;
}

/** Error codes are ours and few; anything else that looks like a code is folded, so labels stay bounded. */
function codeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER';
}

/**
 * "query partners", "mutation adoptScenario": the operation type and its first root field. Client-
 * chosen operation names are not used as labels (anyone could create unbounded series with them).
 */
function operationLabels(operation: OperationDefinitionNode | undefined): { type: string; field: string } {
  if (!operation) return { type: 'unknown', field: 'unresolved' };
  const first = operation.selectionSet.selections.find((selection) => selection.kind === 'Field');
  return { type: operation.operation, field: first && first.kind === 'Field' ? first.name.value : 'fragment' };
}

/**
 * Prometheus metrics of one hub instance, on a registry of its own (several hubs can share a
 * process in tests). Gauges are read when scraped, never polled.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly operationDuration: Histogram<'type' | 'field'>;
  private readonly errors: Counter<'code'>;
  private readonly httpRequests: Counter<'route' | 'status'>;
  readonly rateLimited: Counter<'limit'>;
  private readonly aggregateCache: Counter<'result'>;
  private readonly executions: Counter<'executor'>;

  constructor(sources: HubMetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'cbh_' });
    this.operationDuration = new Histogram({
      name: 'cbh_graphql_operation_duration_seconds',
      help: 'GraphQL operations over HTTP, by operation type and first root field',
      labelNames: ['type', 'field'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({ name: 'cbh_graphql_errors_total', help: 'GraphQL errors sent to clients (HTTP and WebSocket), by extensions.code', labelNames: ['code'], registers });
    this.httpRequests = new Counter({ name: 'cbh_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['route', 'status'], registers });
    this.aggregateCache = new Counter({
      name: 'cbh_aggregate_cache_total',
      help: 'Public aggregate queries answered from the cache (hit) or executed because no answer for the current data versions was kept (miss)',
      labelNames: ['result'],
      registers,
    });
    this.executions = new Counter({
      name: 'cbh_graphql_executions_total',
      help: 'GraphQL operations over HTTP executed by a compiled function (graphql-jit, repeated queries) or by graphql-js',
      labelNames: ['executor'],
      registers,
    });
    this.rateLimited = new Counter({ name: 'cbh_rate_limited_total', help: 'Requests refused with 429, by the limit they hit', labelNames: ['limit'], registers });
    const pool = () => (sources.orm.em.getConnection().getKnex().client as { pool?: ConnectionPool }).pool;
    new Gauge({
      name: 'cbh_db_pool_connections',
      help: 'Database pool connections: used, free, and callers waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        const current = pool();
        this.set({ state: 'used' }, current?.numUsed() ?? 0);
        this.set({ state: 'free' }, current?.numFree() ?? 0);
        this.set({ state: 'pending' }, current?.numPendingAcquires() ?? 0);
      },
    });
    new Gauge({ name: 'cbh_live_connections', help: 'Open graphql-ws connections', registers, collect() { this.set(sources.liveUpdates.connections()); } });
    new Gauge({ name: 'cbh_live_subscriptions', help: 'Active subscriptions over all connections', registers, collect() { this.set(sources.liveUpdates.subscriptions()); } });
    new Gauge({
      name: 'cbh_scenario_solver',
      help: 'Scenario solver pool: runs queued for a worker, runs solving, warmed-up workers',
      labelNames: ['state'],
      registers,
      collect() {
        const stats = sources.scenarioJobs.solverStats();
        this.set({ state: 'queued' }, stats.queued);
        this.set({ state: 'running' }, stats.running);
        this.set({ state: 'workers' }, stats.workers);
      },
    });
    new Gauge({
      name: 'cbh_scenario_queue_depth',
      help: 'Scenario runs waiting in the queue shared by every instance',
      registers,
      async collect() {
        this.set(await sources.scenarioJobs.queueDepth());
      },
    });
  }

  /** Time from queueing to a solver taking the run, observed by the instance that takes it. */
  readonly scenarioQueueWait = new Histogram({
    name: 'cbh_scenario_queue_wait_seconds',
    help: 'Seconds a scenario run waited in the shared queue before an instance took it',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });

  countError(code: unknown): void {
    this.errors.inc({ code: codeLabel(code) });
  }

  countAggregateCache(result: 'hit' | 'miss'): void {
    this.aggregateCache.inc({ result });
  }

  countExecution(executor: 'compiled' | 'graphql-js'): void {
    this.executions.inc({ executor });
  }

  countHttpRequest(route: string, status: number): void {
    this.httpRequests.inc({ route, status: String(status) });
  }

  /** Times every HTTP GraphQL operation, including refused ones (labelled "unresolved"). */
  apolloPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    const histogram = this.operationDuration;
    return {
      async requestDidStart() {
        const stopTimer = histogram.startTimer();
        return {
          async willSendResponse(requestContext: GraphQLRequestContext<TContext>) {
            stopTimer(operationLabels(requestContext.operation ?? undefined));
          },
        };
      },
    };
  }

  async serve(_request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await this.registry.metrics();
    response.writeHead(200, { 'content-type': this.registry.contentType }).end(body);
  }
}
