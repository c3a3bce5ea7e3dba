import type http from 'node:http';
import { requireViewer } from '../../core/authorization';
import type { ContextDependencies } from '../../core/context';
import { DomainError } from '../../core/errors';
import { openReferralDirectory } from '../../modules/resources/open-referral';
import { createContext, credentialsOf } from '../context';

type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

/** The public resource directory as Open Referral HSDS 3.0 JSON (see modules/resources/open-referral.ts); readable without a token. */
export function openReferralRoutes(deps: ContextDependencies): [string, RouteHandler][] {
  return [
    [
      '/exports/open-referral.json',
      async (request, response) => {
        if (request.method !== 'GET') {
          response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain' }).end('Use GET');
          return;
        }
        try {
          const context = await createContext(deps, credentialsOf(request.headers));
          requireViewer(context);
          const directory = await openReferralDirectory(context.em);
          response
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'inline; filename="open-referral.json"' })
            .end(JSON.stringify(directory));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          response.writeHead(error.code === 'UNAUTHENTICATED' ? 401 : 400, { 'content-type': 'text/plain' }).end(`${error.code}: ${error.message}`);
        }
      },
    ],
  ];
}
