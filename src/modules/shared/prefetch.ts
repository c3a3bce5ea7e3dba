import DataLoader from 'dataloader';
import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isObjectType, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { perRequest } from '../../core/loaders';
import { plainRowFromValues } from './plain-rows';

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
  /**
   * Properties of the related rows the relation's own resolver reads (to sort or filter them),
   * besides references; `id` too if it reads that, since rows nothing else reads come without it.
   */
  reads?: string[];
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
  /** A related row's values (a JSON array: its properties in order, then its own relations if nested) as a plain row. */
  toPlain: (values: readonly unknown[]) => unknown;
  /** Where in that array the row's own relations are. */
  nestedAt: number;
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

/** PostgreSQL functions take at most 100 arguments: wider objects and arrays are built in parts and joined. */
const MAX_ARGUMENTS = 100;

function jsonObject(pairs: string[]): string {
  if (pairs.length <= MAX_ARGUMENTS / 2) return `json_build_object(${pairs.join(', ')})`;
  const parts: string[] = [];
  for (let start = 0; start < pairs.length; start += MAX_ARGUMENTS / 2) parts.push(`jsonb_build_object(${pairs.slice(start, start + MAX_ARGUMENTS / 2).join(', ')})`);
  return `(${parts.join(' || ')})::json`;
}

function jsonArray(values: string[]): string {
  if (values.length <= MAX_ARGUMENTS) return `json_build_array(${values.join(', ')})`;
  const parts: string[] = [];
  for (let start = 0; start < values.length; start += MAX_ARGUMENTS) parts.push(`jsonb_build_array(${values.slice(start, start + MAX_ARGUMENTS).join(', ')})`);
  return `(${parts.join(' || ')})::json`;
}

interface StoredColumn {
  property: string;
  column: string;
  /** A to-one reference: a list's own rows always carry every one (see `registerReferencesAlwaysRead` for related rows). */
  reference: boolean;
  date: boolean;
}

const storedColumnsOf = new WeakMap<EntityMetadata<any>, StoredColumn[]>();

/** Every stored scalar and to-one column of the entity: what a full plain row holds. */
function storedColumns(em: EntityManager, entity: EntityClass<object>): StoredColumn[] {
  const meta = em.getMetadata().get(entity.name);
  let columns = storedColumnsOf.get(meta);
  if (!columns) {
    columns = (Object.values(meta.properties) as EntityMetadata<object>['props'])
      .filter((property) => property.persist !== false && !property.formula && property.fieldNames?.length === 1)
      .filter((property) => property.kind === ReferenceKind.SCALAR || property.kind === ReferenceKind.MANY_TO_ONE || (property.kind === ReferenceKind.ONE_TO_ONE && property.owner))
      .map((property) => ({ property: property.name as string, column: property.fieldNames[0], reference: property.kind !== ReferenceKind.SCALAR, date: property.runtimeType === 'Date' }));
    storedColumnsOf.set(meta, columns);
  }
  return columns;
}

const columnsReadBy = new Map<string, Map<string, string[]>>();
const referencesAlwaysReadBy = new Map<string, string[]>();

/**
 * Declares the to-one references every related row of `type` must carry whatever the query
 * selects, because the redaction policy decides on them (a request's sponsor). Other references
 * are fetched with a related row only when the selection names them or a resolver declared it
 * reads them; in tests, reading one that was not fetched throws (`checkPrefetchedReads`).
 */
export function registerReferencesAlwaysRead(type: string, references: string[]): void {
  referencesAlwaysReadBy.set(type, references);
}

/**
 * Declares the stored properties the resolver of `type.field` reads besides the row's id and
 * to-one references. A selected field that is neither a stored property, a relation, nor declared
 * here makes its rows carry every column, so an undeclared resolver can never see a missing value.
 */
export function registerColumnsRead(type: string, field: string, properties: string[]): void {
  let fields = columnsReadBy.get(type);
  if (!fields) columnsReadBy.set(type, (fields = new Map()));
  fields.set(field, properties);
}

/**
 * The properties rows of `type` must carry for the selected fields: the id and to-one references
 * always, stored properties the selection names, and what its other resolvers declared they read;
 * null for every column. PostGraphile fetches only what a query selects; so do these rows.
 */
function propertiesNeeded(em: EntityManager, type: string, entity: EntityClass<object>, selected: Iterable<string>): Set<string> | null {
  const meta = em.getMetadata().get(entity.name);
  const stored = new Map(storedColumns(em, entity).map((column) => [column.property, column]));
  const needed = new Set<string>(['id', ...(referencesAlwaysReadBy.get(type) ?? [])]);
  for (const field of selected) {
    if (field === '__typename') continue;
    // Also a selected relation that is a stored reference: its loader keys on it when the relation is not prefetched.
    if (stored.has(field)) {
      needed.add(field);
      continue;
    }
    if (relationsByType.get(type)?.has(field)) continue;
    if (columnsReadBy.get(type)?.has(field)) columnsReadBy.get(type)!.get(field)!.forEach((property) => needed.add(property));
    // A collection's resolver can only key on the id: plain rows never hold collections.
    else if (meta.properties[field]?.kind === ReferenceKind.MANY_TO_MANY || meta.properties[field]?.kind === ReferenceKind.ONE_TO_MANY) continue;
    else return null;
  }
  return needed;
}

/**
 * The needed columns (all when `needed` is null) and the value each is sent as. Dates travel as
 * epoch milliseconds: parsing their ISO text again (V8's date parser) cost a few percent of a page
 * of requests with communications. The floor keeps what parsing the text kept (whole milliseconds,
 * towards the past).
 */
function columnValues(em: EntityManager, entity: EntityClass<object>, alias: string, needed: Set<string> | null): { properties: string[]; values: string[] } {
  const columns = storedColumns(em, entity).filter((column) => needed === null || needed.has(column.property));
  return {
    properties: columns.map((column) => column.property),
    values: columns.map(({ column, date }) => (date ? `floor(extract(epoch from ${alias}."${column}") * 1000)` : `${alias}."${column}"`)),
  };
}

/**
 * Whether no code of ours reads the related rows of `relation` under this selection: every field
 * selected of them is a stored scalar that GraphQL reads off the row itself (no resolver), and the
 * relation's resolver declared no read of their ids. Their ids then stay in PostgreSQL: on a page
 * of requests they were nearly half of the related rows' JSON, and nothing sent them on.
 */
function onlyReadByGraphQL(em: EntityManager, schema: GraphQLSchema, relation: PrefetchRelation, selected: Iterable<string>): boolean {
  if (relation.reads?.includes('id')) return false;
  const type = schema.getType(relation.type);
  if (!isObjectType(type)) return false;
  const stored = new Map(storedColumns(em, relation.entity).map((column) => [column.property, column]));
  const fields = type.getFields();
  for (const field of selected) {
    if (field === '__typename') continue;
    const column = stored.get(field);
    if (!column || column.reference || fields[field]?.resolve !== undefined) return false;
  }
  return true;
}

function compileRelations(em: EntityManager, schema: GraphQLSchema, type: string, trees: ResolveTree[], alias: string, nextAlias: () => string): CompiledRelations | null {
  const registered = relationsByType.get(type);
  if (!registered) return null;
  const pairs: string[] = [];
  const fields: CompiledField[] = [];
  for (const [field, subtrees] of selectedFields(trees, type)) {
    const relation = registered.get(field);
    if (!relation || subtrees.some((subtree) => Object.keys(subtree.args).length > 0)) continue;
    const target = nextAlias();
    const nested = compileRelations(em, schema, relation.type, subtrees, target, nextAlias);
    const selected = [...selectedFields(subtrees, relation.type).keys()];
    const needed = propertiesNeeded(em, relation.type, relation.entity, selected);
    relation.reads?.forEach((property) => needed?.add(property));
    if (needed && !nested && !selected.includes('id') && onlyReadByGraphQL(em, schema, relation, selected)) needed.delete('id');
    // An array, not an object: the keys are known here, and JSON.parse of an array does not scan and intern them on every row.
    const { properties, values } = columnValues(em, relation.entity, target, needed);
    const row = jsonArray(nested ? [...values, nested.sql] : values);
    const sql = relation.many
      ? `(select coalesce(json_agg(${row}${relation.orderBy ? ` order by ${relation.orderBy(target)}` : ''}), '[]'::json) ${relation.source(alias, target)})`
      : `(select ${row} ${relation.source(alias, target)} limit 1)`;
    pairs.push(`'${field}', ${sql}`);
    fields.push({ field, relation, nested, toPlain: plainRowFromValues(em, relation.entity, properties), nestedAt: properties.length });
  }
  return fields.length > 0 ? { sql: jsonObject(pairs), fields } : null;
}

function attach(em: EntityManager, row: object, compiled: CompiledRelations, relations: Record<string, unknown>): void {
  const found: Record<string, unknown> = {};
  for (const field of compiled.fields) {
    const value = relations[field.field];
    if (field.relation.many) {
      const fetched = value as unknown[][];
      const rows = new Array<unknown>(fetched.length);
      for (let index = 0; index < fetched.length; index++) rows[index] = materialize(em, field, fetched[index]);
      found[field.field] = rows;
    } else {
      found[field.field] = value == null ? null : materialize(em, field, value as unknown[]);
    }
  }
  (row as WithPrefetched)[PREFETCHED] = found;
}

/** A prefetched row as a plain row, its own prefetched relations attached. */
function materialize(em: EntityManager, { relation, nested, toPlain, nestedAt }: CompiledField, fetched: unknown[]): unknown {
  // A new object every time: the loader's cached JSON may be attached again (the same id in two lists).
  const plain = toPlain(fetched) as Record<string, unknown>;
  const own = nested ? fetched[nestedAt] : undefined;
  if (nested && own) attach(em, plain, nested, own as Record<string, unknown>);
  return strictReads ? guardUnfetched(em, relation, plain) : plain;
}

let strictReads = false;

/**
 * Makes reading a stored property a prefetched row was fetched without throw, instead of reading
 * undefined: the test suite then proves every resolver declared what it reads
 * (`registerColumnsRead`, a relation's `reads`). Off in production, where it would cost a proxy per row.
 */
export function checkPrefetchedReads(enabled: boolean): void {
  strictReads = enabled;
}

function guardUnfetched<T extends object>(em: EntityManager, target: { type: string; entity: EntityClass<object> }, row: T): T {
  const stored = new Set(storedColumns(em, target.entity).map((column) => column.property));
  return new Proxy(row, {
    get(fetched, property, receiver) {
      if (typeof property === 'string' && stored.has(property) && !(property in fetched)) {
        throw new Error(`${target.type}.${property} was read but not fetched: declare it with registerColumnsRead or the relation's reads`);
      }
      return Reflect.get(fetched, property, receiver);
    },
  });
}

interface PrefetchPlan {
  /** The properties the selected rows themselves need; null for every column. */
  properties: Set<string> | null;
  /** Their selected relations, null when the selection reaches none. */
  compiled: CompiledRelations | null;
  /** The related rows of the ids bound to it, for lists that were fetched without them. */
  statement: string | null;
}

const ROOT_ALIAS = 'prefetch_root';
const RELATIONS_COLUMN = '~relations';
const PLANS_PER_FIELD = 16;
const MAX_VARIABLES_KEY_LENGTH = 2_048;

/**
 * Plans by the field node they were compiled for: Apollo parses a document once, so a dashboard's
 * repeated query finds its plan compiled. The selection can depend on variables (`@include`), so a
 * node keeps a few plans, by variables.
 */
const plansByField = new WeakMap<FieldNode, Map<string, PrefetchPlan>>();

function planFor(em: EntityManager, info: GraphQLResolveInfo, target: { type: string; entity: EntityClass<object> }, path: string[]): PrefetchPlan {
  const fieldNode = info.fieldNodes[0];
  let plans = plansByField.get(fieldNode);
  if (!plans) plansByField.set(fieldNode, (plans = new Map()));
  const variablesKey = JSON.stringify(info.variableValues);
  // Large variables are not kept as keys: what a client sends must not decide what the hub holds.
  const cacheable = variablesKey.length <= MAX_VARIABLES_KEY_LENGTH;
  let plan = cacheable ? plans.get(variablesKey) : undefined;
  if (plan === undefined) {
    let aliases = 0;
    const trees = selectionAt(info, path);
    const compiled = compileRelations(em, info.schema, target.type, trees, ROOT_ALIAS, () => `prefetch_${++aliases}`);
    const table = em.getMetadata().get(target.entity.name).tableName;
    plan = {
      properties: propertiesNeeded(em, target.type, target.entity, selectedFields(trees, target.type).keys()),
      compiled,
      statement: compiled ? `select ${ROOT_ALIAS}.id, ${compiled.sql} as relations from "${table}" ${ROOT_ALIAS} where ${ROOT_ALIAS}.id in (?)` : null,
    };
    if (cacheable) {
      if (plans.size >= PLANS_PER_FIELD) plans.delete(plans.keys().next().value!);
      plans.set(variablesKey, plan);
    }
  }
  return plan;
}

/** Per request: one batching loader per statement, so the lists a field resolves in one tick share it. */
const prefetchLoaders = perRequest(() => new Map<string, DataLoader<string, Record<string, unknown> | null>>());

/**
 * The rows under `path` (field names below the resolving field, e.g. `['edges', 'node']`) of the
 * field being resolved.
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
 * A list read by its own statement should rather select them with it (`prefetchWithList`).
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
  const { statement, compiled } = planFor(em, info, target, path);
  if (!statement || !compiled) return rows;
  const loaders = prefetchLoaders(context);
  let loader = loaders.get(statement);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await em.getConnection().execute<{ id: string; relations: Record<string, unknown> }[]>(statement, [[...ids]]);
      const byId = new Map(found.map((row) => [row.id, row.relations]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    loaders.set(statement, loader);
  }
  return loader.loadMany(pending.map((row) => row.id)).then((relations) => {
    pending.forEach((row, index) => {
      const own = relations[index];
      if (own && !(own instanceof Error)) attach(em, row, compiled, own);
    });
    return rows;
  });
}

/** What a list's own statement fetches for the selection below it (see `prefetchWithList`). */
export interface ListPrefetch {
  /** The alias the list statement must give its table. */
  alias: string;
  /** The properties its rows need (the statement adds its sort keys); null for every column. */
  properties: string[] | null;
  /** A select expression carrying each row's related rows; null when the selection reaches none. */
  relationsColumn: string | null;
  /** Moves what the relations column carried onto the rows, where `prefetched` finds it. */
  finish<T extends object>(rows: T[]): T[];
}

/**
 * The list statement of the field being resolved, fetching what the selection under `path` asks
 * for: only the columns its fields and resolvers read, and the related rows as one more column,
 * so the list and everything below it cost one statement.
 */
export function prefetchWithList(
  context: { em: EntityManager },
  info: GraphQLResolveInfo,
  target: { type: string; entity: EntityClass<object> },
  path: string[] = [],
): ListPrefetch {
  const { em } = context;
  const plan = planFor(em, info, target, path);
  return {
    alias: ROOT_ALIAS,
    properties: plan.properties ? [...plan.properties, ...storedColumns(em, target.entity).filter((column) => column.reference).map((column) => column.property)] : null,
    relationsColumn: plan.compiled ? `${plan.compiled.sql} as "${RELATIONS_COLUMN}"` : null,
    finish: (rows) =>
      rows.map((row) => {
        const carried = row as Record<string, unknown>;
        const own = carried[RELATIONS_COLUMN] as Record<string, unknown> | null | undefined;
        // Cleared, not deleted: an object that lost a key is a slow dictionary to V8, on every row.
        carried[RELATIONS_COLUMN] = undefined;
        if (own && plan.compiled) attach(em, row, plan.compiled, own);
        return strictReads && plan.properties ? guardUnfetched(em, target, row) : row;
      }),
  };
}

/** `next(value)`, synchronously when `value` is not a promise (see prefetchSelected). */
export function andThen<T, U>(value: T | Promise<T>, next: (value: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
