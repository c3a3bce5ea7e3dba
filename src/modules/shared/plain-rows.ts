import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
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

const mappersOf = new WeakMap<EntityMetadata<any>, (row: Record<string, unknown>) => unknown>();

/** Turns a row mapped to property names (QueryBuilder `execute('all', true)`) into a plain row. */
export function plainRowMapper<T>(em: EntityManager, entity: EntityClass<T>): (row: Record<string, unknown>) => PlainRow<T> {
  const meta = em.getMetadata().get<T>(entity.name);
  let mapper = mappersOf.get(meta);
  if (!mapper) {
    const properties = Object.values(meta.properties) as EntityMetadata<T>['props'];
    // bigint and numeric columns arrive as strings from pg; the entities declare them as numbers.
    const numbers = properties.filter((property) => property.runtimeType === 'number' && property.kind === ReferenceKind.SCALAR).map((property) => property.name as string);
    const references = properties
      .filter((property) => property.kind === ReferenceKind.MANY_TO_ONE || (property.kind === ReferenceKind.ONE_TO_ONE && property.owner))
      .map((property) => property.name as string);
    const dates = properties.filter((property) => property.runtimeType === 'Date' && property.kind === ReferenceKind.SCALAR).map((property) => property.name as string);
    mapper = (row) => {
      for (const name of numbers) if (typeof row[name] === 'string') row[name] = Number(row[name]);
      for (const name of dates) if (typeof row[name] === 'string') row[name] = new Date(row[name] as string);
      for (const name of references) row[name] = row[name] == null ? null : { id: row[name] };
      return row;
    };
    mappersOf.set(meta, mapper);
  }
  return mapper as (row: Record<string, unknown>) => PlainRow<T>;
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
  const query = em.createQueryBuilder(entity, prefetch?.alias).select(prefetch?.relationsColumn ? [...columns, raw(prefetch.relationsColumn)] : columns);
  query.where(where);
  if (options.orderBy) query.orderBy(options.orderBy as never);
  if (options.limit !== undefined) query.limit(options.limit);
  // Only with explicit columns: a `*` statement's plan would fail once a migration adds a column under it.
  if (prefetch?.properties && !em.isInTransaction()) {
    const plain = (await executePrepared(em, query)).map((row) => plainRowMapper(em, entity)(columnsToProperties(em, entity, row, true)));
    return prefetch.finish(plain);
  }
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

/**
 * A dashboard list's statement as a prepared statement: PostgreSQL plans it once per connection
 * instead of on every request (planning was about a third of the requests page's time in
 * PostgreSQL), the way PostGraphile runs its statements. The values are parameters, so the page
 * after a cursor and the first page share one plan. Logged and converted like the ORM's own
 * statements; inside a transaction the ORM runs it instead, on the transaction's connection.
 */
async function executePrepared(em: EntityManager, query: { getKnexQuery(): { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } } }): Promise<Record<string, unknown>[]> {
  const { sql, bindings } = query.getKnexQuery().toSQL().toNative();
  const knex = em.getConnection().getKnex();
  const connection = (await knex.client.acquireConnection()) as PgConnection;
  const started = Date.now();
  try {
    const names = preparedOn.get(connection) ?? new Set<string>();
    preparedOn.set(connection, names);
    const name = `cbh_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    const prepared = names.has(name) || names.size < PREPARED_PER_CONNECTION;
    if (prepared) names.add(name);
    const { rows } = await connection.query({ ...(prepared ? { name } : {}), text: sql, values: [...bindings] });
    em.config.getLogger().logQuery({ query: sql, params: [...bindings], took: Date.now() - started, results: rows.length, level: 'info' });
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

const columnMapsOf = new WeakMap<EntityMetadata<any>, Map<string, string>>();

/**
 * Renames a raw row's columns to the entity's property names (scalar and to-one properties);
 * with `keepOthers`, only the columns the row has, and its other keys as they are. Builds a new
 * object rather than deleting keys: an object that lost a key is a slow dictionary to V8.
 */
function columnsToProperties<T>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, keepOthers = false): Record<string, unknown> {
  const meta = em.getMetadata().get<T>(entity.name);
  let columns = columnMapsOf.get(meta);
  if (!columns) {
    columns = new Map(
      (Object.values(meta.properties) as EntityMetadata<T>['props'])
        .filter((property) => property.fieldNames?.length === 1 && (property.kind === ReferenceKind.SCALAR || property.kind === ReferenceKind.MANY_TO_ONE || (property.kind === ReferenceKind.ONE_TO_ONE && property.owner)))
        .map((property) => [property.fieldNames[0], property.name as string]),
    );
    columnMapsOf.set(meta, columns);
  }
  const mapped: Record<string, unknown> = {};
  if (!keepOthers) {
    for (const [column, property] of columns) mapped[property] = row[column];
    return mapped;
  }
  for (const key in row) mapped[columns.get(key) ?? key] = row[key];
  return mapped;
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
  const toPlain = plainRowMapper(em, target);
  return new DataLoader(async (ownerIds) => {
    const rows = await em
      .getConnection()
      .execute<Record<string, unknown>[]>(
        `select link.${pivot.ownerColumn} as pivot_owner_id, target.* from ${pivot.table} link join ${targetTable} target on target.id = link.${pivot.targetColumn}
         where link.${pivot.ownerColumn} in (?) order by link.${pivot.targetColumn}`,
        [[...ownerIds]],
      );
    const owned = rows.map((row) => ({ owner: row.pivot_owner_id as string, row: toPlain(columnsToProperties(em, target, row)) }));
    return groupBy(ownerIds, owned, (entry) => entry.owner).map((entries) => entries.map((entry) => entry.row));
  });
}
