/**
 * First render of the public transparency page in headless Chromium, and the JavaScript it loads.
 *
 *   npm start                                   # the demo hub on :4000 (another terminal)
 *   npm run bench:web -- http://localhost:4000 demo-viewer 10
 *
 * Each run opens a fresh browser context (empty cache), pastes the token, then loads `/` and
 * measures from navigation start to (a) first contentful paint, (b) the plan table's rows
 * being in the DOM (the page's first useful render) and (c) the chart drawn (its script is fetched
 * after the table). Reports min / median / max, each JavaScript file the public page loaded
 * (chart included) with its raw and gzip size, and the time of one GraphQL
 * round trip of the page's first query measured in the same run.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:4000', token = 'demo-viewer', runsArgument = '10'] = process.argv.slice(2);
const runs = Number(runsArgument);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DIST = path.resolve(__dirname, '../../dist/web');

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `min ${sorted[0].toFixed(0)} ms, median ${median.toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const contentfulPaint: number[] = [];
  const planRendered: number[] = [];
  const chartRendered: number[] = [];
  let scripts: string[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.fill('#token', token);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=signed-in-role]');
    const loaded: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) loaded.push(new URL(response.url()).pathname);
    });
    await page.goto(`${base}/`);
    await page.waitForSelector('[data-testid=plan-year]');
    const plan = await page.evaluate<number>('performance.now()');
    const fcp = await page.evaluate<number>("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN");
    await page.waitForSelector('figure.chart svg');
    const chart = await page.evaluate<number>('performance.now()');
    planRendered.push(plan);
    contentfulPaint.push(fcp);
    chartRendered.push(chart);
    scripts = loaded;
    await context.close();
  }
  await browser.close();
  // The page's critical path is two sequential GraphQL round trips (cycles, then the plan): time
  // them alone in the same run, so the render figure can be read against the API under this load.
  const apiRoundTrips: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ budgetCycles { id fiscalYears { year tier1MoneyCents tier2MoneyCents } } }' }),
    });
    await response.json();
    apiRoundTrips.push(performance.now() - started);
  }
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}; ${os.cpus().length} cores; ${runs} cold runs`);
  console.log(`first contentful paint: ${stats(contentfulPaint)}`);
  console.log(`plan table rendered:    ${stats(planRendered)}`);
  console.log(`chart drawn:            ${stats(chartRendered)}`);
  console.log(`one API round trip:     ${stats(apiRoundTrips)}`);
  let raw = 0;
  let gzip = 0;
  for (const script of [...new Set(scripts)].sort()) {
    const bytes = readFileSync(path.join(DIST, script));
    const zipped = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(`  ${script.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(8)} kB  gzip ${(zipped / 1024).toFixed(1).padStart(7)} kB`);
  }
  console.log(`public page JavaScript: ${(raw / 1024).toFixed(1)} kB, gzip ${(gzip / 1024).toFixed(1)} kB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
