import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWebApp } from '../../src/server/web-app';

/** The static side of the hub: built files, the app's routes, and nothing outside dist/web. */
describe('web app server', () => {
  let directory: string;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'cbh-web-'));
    mkdirSync(path.join(directory, 'assets'));
    writeFileSync(path.join(directory, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(directory, 'graphiql.html'), '<!doctype html><title>ide</title>');
    writeFileSync(path.join(directory, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(os.tmpdir(), 'cbh-outside.txt'), 'secret');
    const webApp = createWebApp(directory);
    server = http.createServer((request, response) => {
      const handler = request.url?.startsWith('/graphql') && webApp.wantsIde(request) ? webApp.serveIde : webApp.serve;
      void handler(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(directory, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml' };

  test('serves hashed assets for a year and pages for no time, with a same-host-only policy', async () => {
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const page = await fetch(`${base}/`, { headers: html });
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  test("answers the app's own routes with index.html, and unknown files with 404", async () => {
    expect(await (await fetch(`${base}/scenarios`, { headers: html })).text()).toContain('<title>app</title>');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/scenarios`, { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  test('never serves a file outside the build folder', async () => {
    // Sent raw: fetch would normalise the dots away before they reach the server.
    const rawGet = (requestPath: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        http.get(`${base}${requestPath}`, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }).on('error', reject);
      });
    for (const attempt of ['/..%2fcbh-outside.txt', '/assets/..%2f..%2fcbh-outside.txt', '/%2e%2e%2fcbh-outside.txt']) {
      expect(await rawGet(attempt)).toEqual({ status: 404, body: 'Not found' });
    }
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  });

  test('a browser asking for /graphql gets GraphiQL; a POST is not the web app', async () => {
    expect(await (await fetch(`${base}/graphql`, { headers: html })).text()).toContain('<title>ide</title>');
    expect((await fetch(`${base}/graphql`, { method: 'POST', headers: html })).status).toBe(405);
  });

  test('says how to build the app when it is not built', async () => {
    const unbuilt = createWebApp(path.join(directory, 'nowhere'));
    const response = await new Promise<{ status: number; body: string }>((resolve) => {
      const probe = http.createServer((request, res) => void unbuilt.serve(request, res));
      probe.listen(0, '127.0.0.1', async () => {
        const reply = await fetch(`http://127.0.0.1:${(probe.address() as AddressInfo).port}/`, { headers: html });
        resolve({ status: reply.status, body: await reply.text() });
        probe.close();
      });
    });
    expect(response).toEqual({ status: 503, body: 'The web app is not built: run `npm run build`.\n' });
  });
});
