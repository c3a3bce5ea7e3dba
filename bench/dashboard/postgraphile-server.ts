import http from 'node:http';
import { postgraphile } from 'postgraphile';

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
