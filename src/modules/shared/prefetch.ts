import DataLoader from 'dataloader';
import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { perRequest } from '../../core/loaders';
import { plainRowMapper } from './plain-rows';

/**
 * Related rows of a list, fetched with the list the way PostGraphile and Join Monster do: the
 * selection under the list is compiled into one SQL statement that builds each row's related rows
 * (and theirs, as deep as the query goes) as JSON in PostgreSQL. A dashboard list then costs the
 * same two statements whatever it asks for, instead of one batched loader round trip per relation
 * and level, and no relation is assembled row by row in JavaScript.
 *
 * Prefetching only fetches: a relation's field resolver still applies the redaction policy to what
 * it finds (`prefetched(row, field) ?? loader.load(...)`), so who may see what stays where it was.
 * A relation the selection did not reach, or one asked with arguments, is left to its loader.
 */
export interface PrefetchRelation {
  /** GraphQL type of the related rows: their own prefetchable relations are registered under it. */
  type: string;
  /** Entity of the related rows: their columns, as its property names. */
  entity: EntityClass<object>;
  many: boolean;
  /**
   * `from ... where ...` of the related rows, aliased `target`, of the parent row aliased `parent`;
   * any other alias it needs must start with `target` (`${target}_link`) so nested levels never clash.
   */
  source: (parent: string, target: string) => string;
  /** Of a `many` relation: the order its loader answers in, so both paths agree row for row. */
  orderBy?: (target: string) => string;
}

const relationsByType = new Map<string, Map<string, PrefetchRelation>>();

/** Declares that `type.field` can be prefetched; each feature registers the relations its resolvers answer. */
export function registerPrefetch(type: string, field: string, relation: PrefetchRelation): void {
  let relations = relationsByType.get(type);
  if (!relations) relationsByType.set(type, (relations = new Map()));
  relations.set(field, relation);
}

const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Record<string, unknown> };

/** The related rows fetched with this row for `field`, or undefined when its loader must answer. */
export function prefetched<T>(row: object, field: string): T | undefined {
  return (row as WithPrefetched)[PREFETCHED]?.[field] as T | undefined;
}

interface CompiledField {
  field: string;
  relation: PrefetchRelation;
  nested: CompiledRelations | null;
}

interface CompiledRelations {
  /** A json object of the parent row's selected relations, by field name. */
  sql: string;
  fields: CompiledField[];
}

/** The selected fields of `type` under these trees, aliases of one field merged. */
function selectedFields(trees: ResolveTree[], type: string): Map<string, ResolveTree[]> {
  const byName = new Map<string, ResolveTree[]>();
  for (const tree of trees) {
    for (const field of Object.values(tree.fieldsByTypeName[type] ?? {})) {
      const same = byName.get(field.name);
      if (same) same.push(field);
      else byName.set(field.name, [field]);
    }
  }
  return byName;
}

/** json_build_object takes at most 100 arguments: wider rows are built in parts and joined. */
function jsonObject(pairs: string[]): string {
  if (pairs.length <= 50) return `json_build_object(${pairs.join(', ')})`;
  const parts: string[] = [];
  for (let start = 0; start < pairs.length; start += 50) parts.push(`jsonb_build_object(${pairs.slice(start, start + 50).join(', ')})`);
  return `(${parts.join(' || ')})::json`;
}

const columnPairsOf = new WeakMap<EntityMetadata<any>, (alias: string) => string[]>();

/** `'property', alias."column"` for every stored scalar and to-one column: what a plain row holds. */
function columnPairs(em: EntityManager, entity: EntityClass<object>, alias: string): string[] {
  const meta = em.getMetadata().get(entity.name);
  let pairs = columnPairsOf.get(meta);
  if (!pairs) {
    const columns = (Object.values(meta.properties) as EntityMetadata<object>['props'])
      .filter((property) => property.persist !== false && !property.formula && property.fieldNames?.length === 1)
      .filter((property) => property.kind === ReferenceKind.SCALAR || property.kind === ReferenceKind.MANY_TO_ONE || (property.kind === ReferenceKind.ONE_TO_ONE && property.owner))
      .map((property) => [property.name as string, property.fieldNames[0]] as const);
    pairs = (rowAlias) => columns.map(([name, column]) => `'${name}', ${rowAlias}."${column}"`);
    columnPairsOf.set(meta, pairs);
  }
  return pairs(alias);
}

const RELATIONS_KEY = '~';

function compileRelations(em: EntityManager, type: string, trees: ResolveTree[], alias: string, nextAlias: () => string): CompiledRelations | null {
  const registered = relationsByType.get(type);
  if (!registered) return null;
  const pairs: string[] = [];
  const fields: CompiledField[] = [];
  for (const [field, subtrees] of selectedFields(trees, type)) {
    const relation = registered.get(field);
    if (!relation || subtrees.some((subtree) => Object.keys(subtree.args).length > 0)) continue;
    const target = nextAlias();
    const nested = compileRelations(em, relation.type, subtrees, target, nextAlias);
    const row = jsonObject([...columnPairs(em, relation.entity, target), ...(nested ? [`'${RELATIONS_KEY}', ${nested.sql}`] : [])]);
    const sql = relation.many
      ? `(select coalesce(json_agg(${row}${relation.orderBy ? ` order by ${relation.orderBy(target)}` : ''}), '[]'::json) ${relation.source(alias, target)})`
      : `(select ${row} ${relation.source(alias, target)} limit 1)`;
    pairs.push(`'${field}', ${sql}`);
    fields.push({ field, relation, nested });
  }
  return fields.length > 0 ? { sql: jsonObject(pairs), fields } : null;
}

function attach(em: EntityManager, row: object, compiled: CompiledRelations, relations: Record<string, unknown>): void {
  const found: Record<string, unknown> = {};
  for (const { field, relation, nested } of compiled.fields) {
    const toPlain = plainRowMapper(em, relation.entity as EntityClass<Record<string, unknown>>);
    // A copy: the loader's cached JSON may be attached again (the same id in two lists).
    const materialize = ({ [RELATIONS_KEY]: own, ...columns }: Record<string, unknown>) => {
      const plain = toPlain(columns);
      if (nested && own) attach(em, plain, nested, own as Record<string, unknown>);
      return plain;
    };
    const value = relations[field];
    found[field] = relation.many ? (value as Record<string, unknown>[]).map(materialize) : value == null ? null : materialize(value as Record<string, unknown>);
  }
  (row as WithPrefetched)[PREFETCHED] = found;
}

interface PrefetchPlan {
  statement: string;
  compiled: CompiledRelations;
}

/** Per request: plans by the field node they were compiled for, and one batching loader per statement. */
const prefetchState = perRequest(() => ({ plans: new Map<FieldNode, PrefetchPlan | null>(), loaders: new Map<string, DataLoader<string, Record<string, unknown> | null>>() }));

/**
 * The rows under `path` (field names below the resolving field, e.g. `['edges', 'node']`) of the
 * field being resolved, as parsed once per request.
 */
function selectionAt(info: GraphQLResolveInfo, path: string[]): ResolveTree[] {
  const parsed = parseResolveInfo(info) as ResolveTree | null;
  let trees = parsed ? [parsed] : [];
  for (const name of path) {
    trees = trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((field) => field.name === name)));
  }
  return trees;
}

/**
 * Fetches, in one statement for every row of the lists this field resolves in this tick, the
 * related rows the selection under `path` asks for, and attaches them to the rows (see
 * `prefetched`). The rows are returned as they were, at once when there is nothing to fetch:
 * graphql-js completes a plain value with less work than a promise, on every row of a list.
 */
export function prefetchSelected<T extends { id: string }>(
  context: { em: EntityManager },
  info: GraphQLResolveInfo,
  target: { type: string; entity: EntityClass<T> },
  rows: T[],
  path: string[] = [],
): T[] | Promise<T[]> {
  // Rows that came prefetched with their parent already hold what this selection asks for.
  const pending = rows.filter((row) => !(PREFETCHED in row));
  if (pending.length === 0) return rows;
  const { em } = context;
  const state = prefetchState(context);
  const fieldNode = info.fieldNodes[0];
  let plan = state.plans.get(fieldNode);
  if (plan === undefined) {
    let aliases = 0;
    const compiled = compileRelations(em, target.type, selectionAt(info, path), 'prefetch_root', () => `prefetch_${++aliases}`);
    const table = em.getMetadata().get(target.entity.name).tableName;
    plan = compiled ? { compiled, statement: `select prefetch_root.id, ${compiled.sql} as relations from "${table}" prefetch_root where prefetch_root.id in (?)` } : null;
    state.plans.set(fieldNode, plan);
  }
  if (!plan) return rows;
  const { statement, compiled } = plan;
  let loader = state.loaders.get(statement);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await em.getConnection().execute<{ id: string; relations: Record<string, unknown> }[]>(statement, [[...ids]]);
      const byId = new Map(found.map((row) => [row.id, row.relations]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    state.loaders.set(statement, loader);
  }
  return loader.loadMany(pending.map((row) => row.id)).then((relations) => {
    pending.forEach((row, index) => {
      const own = relations[index];
      if (own && !(own instanceof Error)) attach(em, row, compiled, own);
    });
    return rows;
  });
}

/** `next(value)`, synchronously when `value` is not a promise (see prefetchSelected). */
export function andThen<T, U>(value: T | Promise<T>, next: (value: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
