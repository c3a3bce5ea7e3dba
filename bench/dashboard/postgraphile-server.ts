import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';

// PostGraphile v4 needs graphql 15 and ships it nested; the hub's graphql 16 is hoisted, and some of
// PostGraphile's peers (graphql-parse-resolve-info, @graphile/lru) would load it: two graphql
// instances in one schema fail ("Unexpected input type"). In this process every `graphql` import
// resolves to PostGraphile's own copy.
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
const graphql15 = path.dirname(require.resolve('graphql/package.json', { paths: [postgraphileDir] }));
const moduleWithResolve = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = (request, ...rest) =>
  resolveFilename(request === 'graphql' || request.startsWith('graphql/') ? path.join(graphql15, request.slice('graphql'.length)) : request, ...rest);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

/**
 * PostGraphile v4 on the same database, as a district would run it in five minutes: the public
 * schema, no plugins, production-ish options (no GraphiQL, no query log, no watch).
 *   env: DATABASE_URL, PORT
 */
const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  graphiql: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  retryOnInitFail: false,
  extendedErrors: ['hint', 'detail', 'errcode'],
});

const server = http.createServer(middleware);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
