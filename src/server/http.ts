import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type ApolloServerPlugin, type HTTPGraphQLResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { attributeErrors, serviceBusyErrorOf } from './format-error';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class PayloadTooLargeError extends Error {}

export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(`Request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ties the errors of an operation to its request's id (handleGraphQLHttp puts it in the headers Apollo sees), for their log lines. */
export const errorsAttributedToRequest: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const requestId = request.http?.headers.get(REQUEST_ID_HEADER);
    if (!requestId) return;
    return {
      async didEncounterErrors({ errors }) {
        attributeErrors(errors, requestId);
      },
    };
  },
};

/** Subscriptions are served over WebSocket only; over HTTP they are refused before anything runs. */
export const refuseSubscriptionsOverHttp: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws protocol) at this same path, not over HTTP', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      },
    };
  },
};

const busyHttp = (retryAfterSeconds: unknown) => ({ status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds ?? 1)]]) });

/**
 * An operation the hub was too busy to serve (SERVICE_BUSY and no data) answers HTTP 503 with
 * Retry-After, so proxies and clients see a retryable refusal rather than a success or a crash.
 */
export const serviceBusyOverHttp: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const busy = errors?.find((error) => error.extensions?.code === 'SERVICE_BUSY');
        if (!busy || data != null) return;
        const { status, headers } = busyHttp(busy.extensions?.retryAfterSeconds);
        response.http.status = status;
        for (const [name, value] of headers) response.http.headers.set(name, value);
      },
    };
  },
};

/** Context creation (the token lookup needs a connection too) failing because the hub is busy: the same 503, outside the request pipeline. */
export function busyContextCreation<T>(create: () => Promise<T>): () => Promise<T> {
  return () =>
    create().catch((error: unknown) => {
      const busy = serviceBusyErrorOf(error);
      if (!busy) throw error;
      throw new GraphQLError(busy.message, { originalError: busy, extensions: { http: busyHttp(busy.details.retryAfterSeconds) } });
    });
}

async function writeResponse(response: ServerResponse, result: HTTPGraphQLResponse, maxResponseBytes: number): Promise<void> {
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (result.body.kind === 'complete') {
    // Encoded once: measuring the string and then writing it would flatten and copy it twice more.
    const body = Buffer.from(result.body.string, 'utf8');
    const bytes = body.length;
    if (bytes > maxResponseBytes) {
      // The backstop behind the cost limit: a list longer than its declared maximum can still make a huge answer.
      response.statusCode = 400;
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          errors: [{ message: `The response of ${bytes} bytes exceeds the limit of ${maxResponseBytes}; ask for fewer fields or smaller pages`, extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'responseBytes', max: maxResponseBytes } }],
        }),
      );
      return;
    }
    response.setHeader('content-length', bytes);
    response.end(body);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** Apollo's integration API on a plain Node server, so graphql-ws and CSV routes can share the port. */
export async function handleGraphQLHttp<TContext extends object>(
  apollo: ApolloServer<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  context: () => Promise<TContext>,
  maxResponseBytes: number,
  requestId: string,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let body: unknown = undefined;
  if (request.method === 'POST') {
    const text = await readBody(request);
    try {
      body = text.length > 0 ? JSON.parse(text) : {};
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
  }
  const headers = toHeaderMap(request);
  // The id the hub answers with: the client's own when it offered a usable one, else a new one.
  headers.set(REQUEST_ID_HEADER, requestId);
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    // A failed context creation reaches formatError without passing the request pipeline's plugins.
    context: () =>
      context().catch((error: unknown) => {
        attributeErrors([error], requestId);
        throw error;
      }),
  });
  await writeResponse(response, result, maxResponseBytes);
}
