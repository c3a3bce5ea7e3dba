import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { raw, ReferenceKind, type EntityClass, type EntityMetadata, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, identityMapFirstLoader, type ByIdLoaderCache } from '../../core/loaders';
import type { ListPrefetch } from './prefetch';

/**
 * Read paths of lists return plain rows, not managed entities: hydrating thousands of entities
 * into the identity map (EntityFactory, change-set snapshots) cost more than the rest of a
 * dashboard query together. A plain row has the entity's scalar properties under their property
 * names and `{ id }` for each to-one relation, which is all the GraphQL field resolvers read; it
 * has no collections and is not tracked, so it must never be changed and flushed (writes load
 * entities with `em.find`).
 */
export type PlainRow<T> = T;

const mappersOf = new WeakMap<EntityMetadata<any>, Map<RowKeys, (row: Record<string, unknown>) => unknown>>();

/** Whether a row's keys are the entity's property names or its table's column names. */
export type RowKeys = 'properties' | 'columns';

interface Conversion {
  property: string;
  convert: 'number' | 'date' | 'reference' | null;
}

const conversionCode: Record<NonNullable<Conversion['convert']>, (value: string) => string> = {
  // bigint and numeric columns arrive as strings from pg; the entities declare them as numbers.
  number: (value) => `(typeof ${value} === 'string' ? Number(${value}) : ${value})`,
  // Prefetched JSON carries dates as epoch milliseconds (prefetch.ts), other statements as text or Date.
  date: (value) => `(typeof ${value} === 'number' || typeof ${value} === 'string' ? new Date(${value}) : ${value})`,
  reference: (value) => `(${value} == null ? null : { id: ${value} })`,
};

/** Row shapes (key lists) a mapper keeps a compiled builder for; a list's rows all have one. */
const SHAPES_PER_MAPPER = 64;

/** How each key of a row (a property or a column name) becomes a property of the plain row. */
function conversionsOf<T>(meta: EntityMetadata<T>, keys: RowKeys): Map<string, Conversion> {
  const conversions = new Map<string, Conversion>();
  for (const property of Object.values(meta.properties) as EntityMetadata<T>['props']) {
    const reference = property.kind === ReferenceKind.MANY_TO_ONE || (property.kind === ReferenceKind.ONE_TO_ONE && property.owner);
    if (property.kind !== ReferenceKind.SCALAR && !reference) continue;
    const name = property.name as string;
    const convert = reference ? 'reference' : property.runtimeType === 'number' ? 'number' : property.runtimeType === 'Date' ? 'date' : null;
    if (keys === 'properties') conversions.set(name, { property: name, convert });
    else if (property.fieldNames?.length === 1) conversions.set(property.fieldNames[0], { property: name, convert });
  }
  return conversions;
}

/**
 * Turns a row keyed by property names (QueryBuilder `execute('all', true)`) or by
 * column names (a raw pg row) into a new plain row. The builder is compiled once per row shape
 * (the keys a statement's rows have, in order) into one object literal: a list of a thousand rows
 * is then a thousand allocations of one hidden class, not a thousand objects grown key by key.
 * Keys that are not the entity's (a statement's extra columns) are kept as they are; a property
 * the row does not hold stays absent, so a resolver reading it is caught in tests (prefetch.ts).
 */
export function plainRowMapper<T>(em: EntityManager, entity: EntityClass<T>, keys: RowKeys = 'properties'): (row: Record<string, unknown>) => PlainRow<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  let mappers = mappersOf.get(meta);
  if (!mappers) mappersOf.set(meta, (mappers = new Map()));
  let mapper = mappers.get(keys);
  if (!mapper) {
    const conversions = conversionsOf(meta, keys);
    const compile = (shape: string[]): ((row: Record<string, unknown>) => unknown) => {
      // A `__proto__` key in an object literal would set the prototype; no column of ours has that name.
      const entries = shape.flatMap((key, index) => {
        const conversion = conversions.get(key);
        if (key === '__proto__') return [];
        if (!conversion) return [[key, `v${index}`]];
        return [[conversion.property, conversion.convert ? conversionCode[conversion.convert](`v${index}`) : `v${index}`]];
      });
      const locals = shape.map((key, index) => `const v${index} = row[${JSON.stringify(key)}];`).join('\n');
      const literal = entries.map(([property, code]) => `${JSON.stringify(property)}: ${code}`).join(',\n');
      // Generated code, but not from input: the names come from entity metadata and our own statements, quoted by JSON.stringify.
      return new Function('row', `${locals}\nreturn {\n${literal}\n};`) as (row: Record<string, unknown>) => unknown;
    };
    const builders = new Map<string, (row: Record<string, unknown>) => unknown>();
    let lastShape: string[] = [];
    let lastBuilder: ((row: Record<string, unknown>) => unknown) | undefined;
    mapper = (row) => {
      let same = lastBuilder !== undefined;
      let count = 0;
      if (same) {
        for (const key in row) {
          if (lastShape[count++] !== key) {
            same = false;
            break;
          }
        }
        same &&= count === lastShape.length;
      }
      if (!same) {
        const shape = Object.keys(row);
        const shapeKey = shape.join('\u0000');
        let builder = builders.get(shapeKey);
        if (!builder) {
          builder = compile(shape);
          if (builders.size < SHAPES_PER_MAPPER) builders.set(shapeKey, builder);
        }
        lastShape = shape;
        lastBuilder = builder;
      }
      return lastBuilder!(row);
    };
    mappers.set(keys, mapper);
  }
  return mapper as (row: Record<string, unknown>) => PlainRow<T>;
}

const valueMappersOf = new WeakMap<EntityMetadata<any>, Map<string, (values: readonly unknown[]) => unknown>>();

/**
 * Turns the values of `properties`, in that order (a prefetched related row, which PostgreSQL
 * sends as a JSON array: no keys to write, scan and intern), into a new plain row, converted like
 * `plainRowMapper`'s. Values after the last property are left for the caller.
 */
export function plainRowFromValues<T>(em: EntityManager, entity: EntityClass<T>, properties: readonly string[]): (values: readonly unknown[]) => PlainRow<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  let mappers = valueMappersOf.get(meta);
  if (!mappers) valueMappersOf.set(meta, (mappers = new Map()));
  const shapeKey = properties.join('\u0000');
  let mapper = mappers.get(shapeKey);
  if (!mapper) {
    const conversions = conversionsOf(meta, 'properties');
    const literal = properties
      .map((property, index) => {
        const conversion = conversions.get(property);
        if (!conversion) throw new Error(`${entity.name}.${property} is not a stored property`);
        return `${JSON.stringify(property)}: ${conversion.convert ? conversionCode[conversion.convert](`values[${index}]`) : `values[${index}]`}`;
      })
      .join(',\n');
    // Generated code, but not from input: the names come from entity metadata, quoted by JSON.stringify.
    mapper = new Function('values', `return {\n${literal}\n};`) as (values: readonly unknown[]) => unknown;
    mappers.set(shapeKey, mapper);
  }
  return mapper as (values: readonly unknown[]) => PlainRow<T>;
}

export interface PlainFindOptions<T> {
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[];
  limit?: number;
  /** The related rows a GraphQL selection asks for, fetched in the same statement. */
  prefetch?: ListPrefetch;
}

/** `em.find` for read paths: the same filter language, one statement, plain rows. */
export async function findPlain<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>, options: PlainFindOptions<T> = {}): Promise<PlainRow<T>[]> {
  const { prefetch } = options;
  const sortKeys = options.orderBy ? ([options.orderBy].flat() as object[]).flatMap((order) => Object.keys(order)) : [];
  const columns = prefetch?.properties ? [...new Set([...prefetch.properties, ...sortKeys])] : ['*'];
  const buildQuery = () => {
    const query = em.createQueryBuilder(entity, prefetch?.alias).select(prefetch?.relationsColumn ? [...columns, raw(prefetch.relationsColumn)] : columns);
    query.where(where);
    if (options.orderBy) query.orderBy(options.orderBy as never);
    return query;
  };
  // Only with explicit columns: a `*` statement's plan would fail once a migration adds a column under it.
  if (prefetch?.properties && !em.isInTransaction()) {
    const statement = preparedStatement(em, [entity.name, prefetch.alias, columns, prefetch.relationsColumn, where, options.orderBy, options.limit], () => {
      const knexQuery = buildQuery().getKnexQuery();
      // A literal, not a parameter: with `limit $1` PostgreSQL cannot cost a generic plan and plans every execution anew.
      if (options.limit !== undefined) knexQuery.limit(options.limit, { skipBinding: true });
      return knexQuery.toSQL().toNative();
    });
    const plain = (await executePrepared(em, statement)).map(plainRowMapper(em, entity, 'columns'));
    return prefetch.finish(plain);
  }
  const query = buildQuery();
  if (options.limit !== undefined) query.limit(options.limit);
  const rows = await query.execute<Record<string, unknown>[]>('all', true);
  const plain = rows.map(plainRowMapper(em, entity));
  return prefetch ? prefetch.finish(plain) : plain;
}

/** Named statements one pooled connection may hold: each costs PostgreSQL memory for the session's life. */
const PREPARED_PER_CONNECTION = 200;
const preparedOn = new WeakMap<object, Set<string>>();

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PreparedStatement {
  name: string;
  text: string;
  values: readonly unknown[];
}

/** Statements by what they were built from: a dashboard's repeated list skips the query builder. */
const statementsOf = new WeakMap<object, LRUCache<string, PreparedStatement>>();
const STATEMENTS_KEPT = 1_000;
const MAX_STATEMENT_KEY_LENGTH = 16_384;

/**
 * The statement `build` makes from `parts` (names, columns, a filter with its values), built once
 * for every request that brings the same parts. Parts holding anything but plain data (an entity,
 * a raw fragment) are built every time: their text would not say what they compile to.
 */
function preparedStatement(em: EntityManager, parts: unknown[], build: () => { sql: string; bindings: readonly unknown[] }): PreparedStatement {
  const key = plainDataKey(parts);
  const metadata = em.getMetadata();
  let statements = statementsOf.get(metadata);
  if (!statements) statementsOf.set(metadata, (statements = new LRUCache({ max: STATEMENTS_KEPT })));
  const cacheable = key !== undefined && key.length <= MAX_STATEMENT_KEY_LENGTH;
  const cached = cacheable ? statements.get(key) : undefined;
  if (cached) return cached;
  const { sql, bindings } = build();
  const statement = { name: `cbh_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`, text: sql, values: bindings };
  if (cacheable) statements.set(key, statement);
  return statement;
}

/** A string that differs whenever two values of plain data differ (type included); undefined for anything else. */
export function plainDataKey(value: unknown): string | undefined {
  let plain = true;
  const key = JSON.stringify(value, function (this: Record<string, unknown>, name: string, converted: unknown) {
    const original = this[name];
    if (name.startsWith('[raw]')) plain = false;
    // Tagged with a NUL, which input checks refuse in anything a client sends: no filter value can look like these.
    if (original instanceof Date) return { '\u0000date': original.getTime() };
    // The query builder reads `{ title: undefined }` as `title is null`: it must not share `{}`'s statement.
    if (original === undefined) return { '\u0000undefined': true };
    if (typeof original === 'bigint' || typeof original === 'function' || typeof original === 'symbol') plain = false;
    else if (typeof original === 'object' && original !== null && !Array.isArray(original) && Object.getPrototypeOf(original) !== Object.prototype && Object.getPrototypeOf(original) !== null) plain = false;
    else if (typeof original === 'string' && original.startsWith('[raw]')) plain = false;
    return plain ? converted : null;
  });
  return plain ? key : undefined;
}

/**
 * A dashboard list's statement as a prepared statement: PostgreSQL plans it once per connection
 * instead of on every request (planning was about a third of the requests page's time in
 * PostgreSQL), the way PostGraphile runs its statements. The values are parameters, so the page
 * after a cursor and the first page share one plan. Logged and converted like the ORM's own
 * statements; inside a transaction the ORM runs it instead, on the transaction's connection.
 */
async function executePrepared(em: EntityManager, statement: PreparedStatement): Promise<Record<string, unknown>[]> {
  const knex = em.getConnection().getKnex();
  const connection = (await knex.client.acquireConnection()) as PgConnection;
  const started = Date.now();
  try {
    const names = preparedOn.get(connection) ?? new Set<string>();
    preparedOn.set(connection, names);
    const prepared = names.has(statement.name) || names.size < PREPARED_PER_CONNECTION;
    if (prepared) names.add(statement.name);
    const { rows } = await connection.query({ ...(prepared ? { name: statement.name } : {}), text: statement.text, values: [...statement.values] });
    em.config.getLogger().logQuery({ query: statement.text, params: [...statement.values], took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

const plainByIdLoaders: ByIdLoaderCache = new WeakMap();

/**
 * The plain-row counterpart of `entityByIdLoader`: batches `load(id)` of one tick into one
 * statement. An entity this operation already holds (a mutation's result) is answered from the
 * identity map, so a write's read-back is not fetched again.
 */
export function plainByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, PlainRow<T> | null> {
  return identityMapFirstLoader(plainByIdLoaders, em, entity, (ids) => findPlain(em, entity, { id: { $in: ids } } as unknown as FilterQuery<T>));
}

/** Plain rows of one table grouped by a foreign key, so one statement answers a whole list of parents. */
export function plainRowsByKeyLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: keyof T & string,
  orderBy: QueryOrderMap<T>,
): DataLoader<string, PlainRow<T>[]> {
  return new DataLoader(async (keys) => {
    const rows = await findPlain(em, entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, { orderBy });
    return groupBy(keys, rows, (row) => (row[key] as { id: string }).id);
  });
}

/**
 * The targets of a pivot table (owner id -> plain rows of the target entity) in one statement,
 * the pivot joined to the target table, in target-id order.
 */
export function plainPivotLoader<T extends { id: string }>(
  em: EntityManager,
  pivot: { table: string; ownerColumn: string; targetColumn: string },
  target: EntityClass<T>,
): DataLoader<string, PlainRow<T>[]> {
  const targetTable = em.getMetadata().get<T>(target.name).tableName;
  const toPlain = plainRowMapper(em, target, 'columns');
  return new DataLoader(async (ownerIds) => {
    const rows = await em
      .getConnection()
      .execute<Record<string, unknown>[]>(
        `select link.${pivot.ownerColumn} as pivot_owner_id, target.* from ${pivot.table} link join ${targetTable} target on target.id = link.${pivot.targetColumn}
         where link.${pivot.ownerColumn} in (?) order by link.${pivot.targetColumn}`,
        [[...ownerIds]],
      );
    const owned = rows.map(({ pivot_owner_id: owner, ...row }) => ({ owner: owner as string, row: toPlain(row) }));
    return groupBy(ownerIds, owned, (entry) => entry.owner).map((entries) => entries.map((entry) => entry.row));
  });
}
