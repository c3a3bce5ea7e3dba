import DataLoader from 'dataloader';
import { wrap, type EntityClass, type FilterQuery, type Primary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One by-id loader per entity per request's entity manager, for each kind of row a cache holds. */
export type ByIdLoaderCache = WeakMap<EntityManager, Map<EntityClass<unknown>, DataLoader<string, unknown>>>;

/**
 * Batches `load(id)` calls of one tick into a single fetch of the ids this operation does not hold
 * yet: rows it already loaded (populated by another query, or a mutation's result) are answered
 * from the identity map. One loader per entity per request in `cache`, however many modules ask.
 */
export function identityMapFirstLoader<T extends { id: string }>(
  cache: ByIdLoaderCache,
  em: EntityManager,
  entity: EntityClass<T>,
  fetchMissing: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  let loaders = cache.get(em);
  if (!loaders) {
    loaders = new Map();
    cache.set(em, loaders);
  }
  let loader = loaders.get(entity) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    const unitOfWork = em.getUnitOfWork();
    loader = new DataLoader(async (ids) => {
      const byId = new Map<string, T>();
      const missing: string[] = [];
      for (const id of ids) {
        const known = unitOfWork.getById<T>(entity.name, id as Primary<T>);
        if (known && wrap(known).isInitialized()) byId.set(id, known);
        else missing.push(id);
      }
      if (missing.length > 0) for (const row of await fetchMissing(missing)) byId.set(row.id, row);
      return ids.map((id) => byId.get(id) ?? null);
    });
    loaders.set(entity, loader as DataLoader<string, unknown>);
  }
  return loader;
}

const managedByIdLoaders: ByIdLoaderCache = new WeakMap();

/** A by-id loader of managed entities (for paths that change what they load). */
export function entityByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return identityMapFirstLoader(managedByIdLoaders, em, entity, (ids) => em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>));
}

/** Groups rows by a key so that one query answers a whole list of parents. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Loads the entities of a pivot table (owner id -> target entities) in two statements. */
export function pivotLoader<T extends { id: string }>(
  em: EntityManager,
  pivot: { table: string; ownerColumn: string; targetColumn: string },
  byId: DataLoader<string, T | null>,
): DataLoader<string, T[]> {
  return new DataLoader(async (ownerIds) => {
    const links = await em
      .getConnection()
      .execute<{ owner_id: string; target_id: string }[]>(
        `select ${pivot.ownerColumn} as owner_id, ${pivot.targetColumn} as target_id from ${pivot.table} where ${pivot.ownerColumn} in (?) order by ${pivot.targetColumn}`,
        [[...ownerIds]],
      );
    const targets = await byId.loadMany([...new Set(links.map((link) => link.target_id))]);
    const targetById = new Map<string, T>();
    for (const item of targets) if (item && !(item instanceof Error)) targetById.set(item.id, item);
    return groupBy(ownerIds, links, (link) => link.owner_id).map((group) =>
      group.map((link) => targetById.get(link.target_id)).filter((item): item is T => item !== undefined),
    );
  });
}

const perRequestLoadersOf = new WeakMap<EntityManager, Map<unknown, unknown>>();

/**
 * Turns a feature's loader factory into an accessor that creates its loaders once per request
 * (keyed by the request's forked entity manager), so the core needs to know no feature.
 */
export function perRequest<T>(create: (em: EntityManager) => T): (context: { em: EntityManager }) => T {
  return ({ em }) => {
    let created = perRequestLoadersOf.get(em);
    if (!created) {
      created = new Map();
      perRequestLoadersOf.set(em, created);
    }
    if (!created.has(create)) created.set(create, create(em));
    return created.get(create) as T;
  };
}
