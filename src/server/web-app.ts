import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * Serves the built web app (dist/web, built by `npm run build`) at `/` and the bundled GraphiQL
 * at `/graphql` for browsers. Every asset comes from this server: the content security policy
 * below refuses anything from another host.
 */
export interface WebApp {
  /** A browser navigating to /graphql (it asks for HTML) gets the IDE rather than a GraphQL answer. */
  wantsIde(request: IncomingMessage): boolean;
  serveIde(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Static files, and index.html for the app's own routes (e.g. /scenarios) so links and reloads work. */
  serve(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  // Charts and GraphiQL set inline styles; scripts, fonts, images and connections stay on this host.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** The package root: the nearest folder above this file with a package.json (src/server or dist/src/server). */
function packageRoot(from: string): string {
  let directory = from;
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${from}`);
    directory = parent;
  }
  return directory;
}

export const DEFAULT_WEB_APP_DIR = path.join(packageRoot(__dirname), 'dist', 'web');

function acceptsHtml(request: IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

export function createWebApp(directory: string = DEFAULT_WEB_APP_DIR): WebApp {
  const root = path.resolve(directory);

  async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, cache: string): Promise<boolean> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': cache,
    });
    if (request.method === 'HEAD') {
      response.end();
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).pipe(response).on('finish', resolve).on('error', reject);
    });
    return true;
  }

  async function sendPage(request: IncomingMessage, response: ServerResponse, page: 'index.html' | 'graphiql.html'): Promise<void> {
    // Pages are small and name the hashed assets of the current build: always revalidate them.
    if (!(await sendFile(request, response, path.join(root, page), 'no-cache'))) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The web app is not built: run `npm run build`.\n');
    }
  }

  return {
    wantsIde: (request) => (request.method === 'GET' || request.method === 'HEAD') && acceptsHtml(request) && !new URL(request.url ?? '/', 'http://hub').search,
    serveIde: (request, response) => sendPage(request, response, 'graphiql.html'),
    async serve(request, response) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed');
        return;
      }
      const { pathname } = new URL(request.url ?? '/', 'http://hub');
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad path');
        return;
      }
      const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
      const inside = file.startsWith(root + path.sep);
      if (inside && !file.endsWith('.html')) {
        // Vite names assets by content hash, so they never change under the same name.
        const cache = decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        if (await sendFile(request, response, file, cache)) return;
      }
      if (acceptsHtml(request) && !path.extname(decoded)) {
        await sendPage(request, response, 'index.html');
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    },
  };
}
