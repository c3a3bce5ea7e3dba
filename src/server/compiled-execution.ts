import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, isEnumType, type DocumentNode, type ExecutionResult, type GraphQLSchema, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

export interface CompiledExecutionOptions {
  /** Compiled operations kept (least recently used go first); 0 executes everything with graphql-js. */
  entries: number;
  /** Sightings of an operation before it is compiled: compiling costs several executions. */
  compileAfter: number;
  /** Told which executor ran each operation. */
  onExecution?: (executor: ExecutorLabel) => void;
}

export type ExecutorLabel = 'compiled' | 'graphql-js';

interface Entry {
  sightings: number;
  compiled: CompiledQuery | null;
  /** graphql-jit could not compile it: it stays with graphql-js, without another try. */
  unsupported: boolean;
}

/**
 * Executes queries a client repeats with graphql-jit, which compiles an operation into one
 * JavaScript function per selection (no per-field lookups, argument coercion or path objects
 * at run time), and everything else with graphql-js. Mutations always go to graphql-js: they are
 * few, and their serial execution is what the write paths were tested with.
 *
 * Variables are coerced by the compiled function itself; when that fails nothing has run, and
 * graphql-js executes the request instead so a client gets graphql-js's exact error (Apollo marks
 * those BAD_USER_INPUT by their wording).
 */
export function createCompiledExecutor(schema: GraphQLSchema, options: CompiledExecutionOptions): GatewayExecutor {
  const operations = new LRUCache<string, Entry>({ max: Math.max(1, options.entries) });
  // Built-in scalars and enums are then written as the resolvers return them (typed strings, numbers
  // and booleans; enum values that are their names), without a serializer call per leaf, whose
  // argument arrays were a few percent of a page of requests. Other scalars keep their serializers.
  const leavesPassThrough = enumValuesAreTheirNames(schema);

  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    try {
      const compiled = compileQuery(schema, document, operationName, { disableLeafSerialization: leavesPassThrough });
      return isCompiledQuery(compiled) ? compiled : null;
    } catch {
      return null;
    }
  };

  const compiledFor = (key: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let entry = operations.get(key);
    if (!entry) operations.set(key, (entry = { sightings: 0, compiled: null, unsupported: false }));
    entry.sightings += 1;
    if (entry.compiled === null && !entry.unsupported && entry.sightings > options.compileAfter) {
      entry.compiled = compile(document, operationName);
      entry.unsupported = entry.compiled === null;
    }
    return entry.compiled;
  };

  return async (requestContext) => {
    const { document, operation, operationName, queryHash, context } = requestContext;
    const variables = requestContext.request.variables ?? {};
    const byGraphqlJs = () => {
      options.onExecution?.('graphql-js');
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Promise<ExecutionResult> | ExecutionResult;
    };
    if (options.entries === 0 || operation.operation !== 'query') return byGraphqlJs();
    const compiled = compiledFor(`${queryHash}\u0000${operationName ?? ''}`, document, operationName ?? undefined);
    if (compiled === null) return byGraphqlJs();
    const result = await compiled.query(undefined, context, variables);
    if (result.data === undefined && result.errors?.length) return byGraphqlJs();
    options.onExecution?.('compiled');
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/** Whether every enum of the schema serialises a value as itself: then its serializer can be skipped. */
export function enumValuesAreTheirNames(schema: GraphQLSchema): boolean {
  return Object.values(schema.getTypeMap()).every((type) => !isEnumType(type) || type.getValues().every((value) => value.value === value.name));
}

/**
 * graphql-jit's errors pass `instanceof GraphQLError` but are look-alikes: no `extensions` object
 * (Apollo reads `extensions.code` of every error) and no AST nodes. Rebuilt as graphql-js's own.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  // graphql-js derives locations from AST nodes, which graphql-jit does not keep; it kept the locations.
  (converted as { locations?: ReadonlyArray<SourceLocation> }).locations = error.locations;
  return converted;
}

/**
 * Apollo Server 4+ takes a custom executor only from a gateway; this one serves the hub's own
 * schema and never changes it.
 */
export function executorGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
