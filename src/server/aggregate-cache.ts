import { LRUCache } from 'lru-cache';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { getNamedType, getVariableValues, isObjectType, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { AppConfig } from '../config';
import type { HubContext } from '../core/context';
import type { Viewer } from '../core/viewer';
import type { HubMetrics } from './metrics';

/**
 * The public aggregate queries whose answers are cached, each with the tables its resolver reads
 * itself (its statements and the lookups that may refuse it). The adopted plan is one: it changes
 * when a scenario is adopted, and every dashboard, partner app and public page reads it.
 */
export const CACHED_AGGREGATES: Readonly<Record<string, readonly string[]>> = {
  representation: ['engagement_session', 'session_attendance', 'focal_group', 'region'],
  surveyResults: ['survey', 'survey_response_rollup'],
  // The cycle's existence, its allocations, and (for a partner) their requests' sponsors.
  plan: ['budget_cycle', 'allocation', 'request'],
};

/**
 * The object types a cached answer may select, each with the tables its fields read. A selection
 * reaching any other type (FocalGroup.requests leads to requests and partners, whose redaction
 * depends on far more) is executed, not cached. Every table here carries a data_version trigger
 * (see the migration that creates data_version); a field added to one of these types that reads
 * another table must add it here and get a trigger, or its answers could go stale.
 */
export const CACHEABLE_TYPES: Readonly<Record<string, readonly string[]>> = {
  RepresentationReport: ['region'],
  GroupRepresentation: [],
  SurveyResults: [],
  SurveyResultCell: [],
  SurveyGroup: [],
  FocalGroup: ['focal_group'],
  Region: ['region'],
  School: ['school'],
  SurveyWave: ['survey_wave'],
  SurveyItem: ['survey_item'],
};

/**
 * Types a cached answer may reach field by field: their other fields read further tables (a
 * request's communications, a partner's agreements) or lead to types whose fields do. Only the
 * fields named here may be selected, each with the tables it reads beyond its parent's row; a
 * leaf named here must be a stored property (graphql-js's default resolver reads it off the row,
 * which a test checks). Their fields lead only to types named here too.
 */
export const CACHEABLE_FIELDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Allocation: { id: [], fiscalYear: [], tier: [], moneyCents: [], fte: [], createdAt: [], updatedAt: [], request: ['request'] },
  Request: {
    id: [],
    title: [],
    description: [],
    priorityArea: [],
    status: [],
    statusChangedAt: [],
    statusNote: [],
    peopleImpacted: [],
    oneTimeCents: [],
    recurringCents: [],
    fte: [],
    earliestYear: [],
    alternativeGroup: [],
    surveyTopic: [],
    createdAt: [],
    updatedAt: [],
    version: [],
    partner: ['partner'],
  },
  Partner: { id: [], name: [], kind: [], website: [], priorityAreas: [], createdAt: [], updatedAt: [], version: [] },
};

type ResponseData = Record<string, unknown>;

interface CachedAnswer {
  /** The data_version of each table, in the order of `tables`, when the answer was computed. */
  versions: string;
  data: ResponseData;
  bytes: number;
}

/**
 * Least recently used answers, bounded by count and by serialized size. An answer is only
 * returned under the exact versions it was stored with, so an answer whose tables have been
 * written since is never served (it waits to be replaced or evicted).
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, CachedAnswer>;

  constructor(maxEntries: number, maxBytes: number) {
    // An answer larger than maxBytes is not stored (lru-cache's maxEntrySize defaults to maxSize).
    this.answers = new LRUCache({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (answer) => Math.max(1, answer.bytes) });
  }

  get size(): number {
    return this.answers.size;
  }

  get totalBytes(): number {
    return this.answers.calculatedSize;
  }

  get(key: string, versions: string): ResponseData | null {
    const answer = this.answers.get(key);
    return answer && answer.versions === versions ? answer.data : null;
  }

  set(key: string, versions: string, data: ResponseData, bytes: number): void {
    this.answers.set(key, { versions, data, bytes });
  }
}

/**
 * The tables an operation reads when it is a query whose root fields are all cached aggregates and
 * whose selections stay within CACHEABLE_TYPES and CACHEABLE_FIELDS; null when it must not be cached.
 */
export function tablesOfOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string[] | null {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const tables = new Set<string>();
  // A field-by-field parent (the root, CACHEABLE_FIELDS) names the tables of each field it allows.
  const fieldsOf = (type: GraphQLObjectType) => (type === queryType ? CACHED_AGGREGATES : CACHEABLE_FIELDS[type.name]);
  const readsOnlyCacheable = (type: GraphQLObjectType, selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return selection.typeCondition === undefined || selection.typeCondition.name.value === type.name ? readsOnlyCacheable(type, selection.selectionSet) : false;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        return fragment !== undefined && fragment.typeCondition.name.value === type.name && readsOnlyCacheable(type, fragment.selectionSet);
      }
      if (selection.name.value === '__typename') return true;
      const field = type.getFields()[selection.name.value];
      if (!field) return false;
      const allowed = fieldsOf(type);
      if (allowed) {
        if (!Object.hasOwn(allowed, field.name)) return false;
        allowed[field.name].forEach((table) => tables.add(table));
      }
      // A leaf reads its parent's row, whose tables are already counted.
      if (!selection.selectionSet) return true;
      const fieldType = getNamedType(field.type);
      if (!isObjectType(fieldType)) return false;
      if (Object.hasOwn(CACHEABLE_TYPES, fieldType.name)) CACHEABLE_TYPES[fieldType.name].forEach((table) => tables.add(table));
      // A type-level parent's relations have no table list of their own: they may only lead to type-level types.
      else if (!allowed || !Object.hasOwn(CACHEABLE_FIELDS, fieldType.name)) return false;
      return readsOnlyCacheable(fieldType, selection.selectionSet);
    });
  // Root fragments and introspection are rare enough not to be worth caching.
  if (!operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && Object.hasOwn(CACHED_AGGREGATES, selection.name.value))) return null;
  return readsOnlyCacheable(queryType, operation.selectionSet) ? [...tables].sort() : null;
}

/** Redaction depends on the viewer's role (staff see liaison e-mails) and partner; nothing else of the viewer is read. */
function audienceOf(viewer: Viewer | null): [string | null, string | null] {
  return viewer === null ? [null, null] : [viewer.role, viewer.partnerId];
}

/** One statement: the current version of each table, "0" for a table never written since the migration. */
async function currentVersions(context: HubContext, tables: string[]): Promise<string> {
  const rows = await context.em
    .getConnection()
    .execute<{ table_name: string; version: string }[]>(`select table_name, version::text as version from data_version where table_name in (${tables.map(() => '?').join(', ')})`, tables);
  const versionOf = new Map(rows.map((row) => [row.table_name, row.version]));
  return tables.map((table) => versionOf.get(table) ?? '0').join(',');
}

/**
 * Answers repeated public aggregate queries from memory while none of their tables has changed.
 *
 * Before execution one statement reads the data_version of the operation's tables; an answer
 * cached under exactly those versions (same operation text, name, variables and audience) is sent
 * without executing. Otherwise the operation executes and its answer, if it has no errors, is
 * stored under the versions read before execution: a write committed while it executed bumps a
 * version, so the next request misses rather than reusing an answer that may predate the write.
 * The versions live in PostgreSQL and are bumped by triggers, so writes from any instance, the
 * import CLI or plain SQL invalidate every instance's cache.
 */
export function aggregateCachePlugin(config: Pick<AppConfig, 'AGGREGATE_CACHE_ENTRIES' | 'AGGREGATE_CACHE_MEGABYTES'>, metrics: HubMetrics | null): ApolloServerPlugin<HubContext> {
  if (config.AGGREGATE_CACHE_ENTRIES === 0) return {};
  const cache = new AnswerCache(config.AGGREGATE_CACHE_ENTRIES, config.AGGREGATE_CACHE_MEGABYTES * 1024 * 1024);
  return {
    async requestDidStart() {
      let miss: { key: string; versions: string } | null = null;
      return {
        async responseForOperation(requestContext: GraphQLRequestContextResponseForOperation<HubContext>): Promise<GraphQLResponse | null> {
          const tables = tablesOfOperation(requestContext.schema, requestContext.document, requestContext.operation);
          if (!tables) return null;
          const { request, contextValue } = requestContext;
          // Variables that do not coerce are refused by execution before any resolver runs; no statement for them either.
          if ('errors' in getVariableValues(requestContext.schema, requestContext.operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 })) return null;
          // Unable to read the versions (a busy pool, say): execute as if there were no cache.
          const versions = await currentVersions(contextValue, tables).catch(() => null);
          if (versions === null) return null;
          const key = JSON.stringify([requestContext.source, request.operationName ?? null, request.variables ?? {}, ...audienceOf(contextValue.viewer)]);
          const data = cache.get(key, versions);
          if (data === null) {
            metrics?.countAggregateCache('miss');
            miss = { key, versions };
            return null;
          }
          metrics?.countAggregateCache('hit');
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse({ response }) {
          if (!miss || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          cache.set(miss.key, miss.versions, data, Buffer.byteLength(JSON.stringify(data)));
        },
      };
    },
  };
}
