import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../../core/errors';
import { findPlain } from './plain-rows';
import type { ListPrefetch } from './prefetch';

export type CursorValue = string | number;

/** Opaque to clients: the sort-key values of the last row they saw. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('Invalid cursor: pass back an endCursor or edge cursor exactly as received');
  }
  const valid = Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === 'string' || typeof value === 'number');
  if (!valid) throw new BadUserInputError('Invalid cursor: pass back an endCursor or edge cursor exactly as received');
  return values as CursorValue[];
}

/** The largest page a connection serves; validation prices a variable page size at it too. */
export const MAX_PAGE_SIZE = 100;

/** An ILIKE pattern for a name search: `%` and `_` typed by a user are meant literally, not as wildcards. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The query-cost limit prices a variable page size at MAX_PAGE_SIZE, so a larger page is refused here too. */
export function validatePageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { first });
  }
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise when the connection counts lazily (see paginate). */
  totalCount: number | Promise<number>;
}

/**
 * A Relay-style connection type for `itemType`. `name` prefixes the edge type (`name` + "Edge");
 * subclass it to name the connection: `@ObjectType() class RequestConnection extends ConnectionType(Request, 'Request') {}`.
 * The returned class is abstract and unreferenced, so type-graphql never emits it on its own.
 */
export function ConnectionType<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field({ description: 'Pass as `after` to continue after this node.' })
    cursor!: string;

    @Field(() => itemType)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // Not simple: a compiled query (graphql-jit) awaits only what a resolver returns, and the count may be a promise.
    @Field(() => Int, { description: 'Rows matching the filter, across all pages.', simple: false })
    totalCount!: number | Promise<number>;
  }
  return ConnectionClass;
}

export interface SortKey<T> {
  field: keyof T & string;
  direction?: 'asc' | 'desc';
}

export interface PageRequest<T> {
  /**
   * Sort keys, most significant first. The last one must be unique (normally `id`) so that the
   * order is total and a cursor never skips or repeats a row; keys must be non-null columns.
   */
  sort: SortKey<T>[];
  first: number;
  after?: string | null;
}

function cursorValueOf(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`Cannot page on a sort key of type ${typeof value}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor from another list (or a forged one) must be refused as input, not fail inside PostgreSQL. */
function assertCursorFitsSort<T extends object>(em: EntityManager, entity: EntityClass<T>, sort: SortKey<T>[], values: CursorValue[]): void {
  const properties = em.getMetadata().get<T>(entity.name).properties;
  const fits = (key: SortKey<T>, value: CursorValue): boolean => {
    const property = properties[key.field as keyof typeof properties];
    if (property.runtimeType === 'number') return typeof value === 'number';
    if (typeof value !== 'string') return false;
    if (property.runtimeType === 'Date') return !Number.isNaN(Date.parse(value));
    return property.columnTypes[0] !== 'uuid' || UUID.test(value);
  };
  if (values.length !== sort.length || !sort.every((key, index) => fits(key, values[index]))) {
    throw new BadUserInputError('Invalid cursor: it belongs to a different list');
  }
}

/** An edge whose cursor is encoded only when read (like totalCount: a dashboard page rarely selects every edge's cursor); no closure per edge. */
class LazyCursorEdge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/**
 * Keyset pagination: the page after a cursor is `where (k1, k2, ...) > (v1, v2, ...)` in the
 * sort order, written as the equivalent OR of prefixes so that mixed directions work. Unlike an
 * offset, rows inserted before the cursor neither shift nor duplicate the next page.
 * One statement for the page (fetching one extra row to learn hasNextPage), of plain rows (see
 * plain-rows.ts); the total count is a second statement, run only when `totalCount` is selected.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  page: PageRequest<T>,
  prefetch?: ListPrefetch,
): Promise<Connection<T>> {
  validatePageSize(page.first);
  let pageWhere = where;
  if (page.after) {
    const values = decodeCursor(page.after);
    assertCursorFitsSort(em, entity, page.sort, values);
    const afterCursor = page.sort.map((key, index) => {
      const equalPrefix = Object.fromEntries(page.sort.slice(0, index).map((prefix, prefixIndex) => [prefix.field, values[prefixIndex]]));
      const beyond = key.direction === 'desc' ? '$lt' : '$gt';
      return { ...equalPrefix, [key.field]: { [beyond]: values[index] } };
    });
    pageWhere = { $and: [where, { $or: afterCursor }] } as FilterQuery<T>;
  }
  const orderBy = page.sort.map((key) => ({ [key.field]: key.direction ?? 'asc' }));
  const rows = await findPlain(em, entity, pageWhere, { orderBy: orderBy as never, limit: page.first + 1, prefetch });
  const hasNextPage = rows.length > page.first;
  const cursorOf = (node: T) => encodeCursor(page.sort.map((key) => cursorValueOf(node[key.field])));
  const edges = rows.slice(0, page.first).map((node) => new LazyCursorEdge(node, cursorOf));
  let totalCount: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length > 0 ? cursorOf(edges[edges.length - 1].node) : null },
    // GraphQL reads a field only when it is selected, so the count query runs only then.
    get totalCount() {
      totalCount ??= em.count(entity, where);
      return totalCount;
    },
  };
}
