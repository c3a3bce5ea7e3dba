import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { GRAPHQL_URL, authorizationHeader, sessionHeaders, type Session } from './session';

/**
 * One urql client per signed-in identity: HTTP for queries and mutations, graphql-ws on the
 * same path for live views. The token goes in the Authorization header and in the
 * connection_init payload; a cookie session rides along with `credentials: 'include'`, its CSRF
 * token in a header (the API refuses a cookie-session mutation without it).
 */
export function createGraphQLClient(session: Pick<Session, 'token' | 'csrfToken'>): Client {
  const { token } = session;
  const wsUrl = new URL(GRAPHQL_URL, window.location.href);
  wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = createWsClient({
    url: wsUrl.toString(),
    lazy: true,
    connectionParams: () => authorizationHeader(token),
    retryAttempts: 5,
  });
  return new Client({
    url: GRAPHQL_URL,
    // POST for every operation: Apollo refuses simple GET requests as possible CSRF.
    preferGetMethod: false,
    fetchOptions: () => ({ credentials: 'include', headers: sessionHeaders(session) }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
