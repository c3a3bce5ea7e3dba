import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedDemoDistrict, DEMO_TOKENS } from '../../src/db/seed/demo-district';
import { DEFAULT_WEB_APP_DIR } from '../../src/server/web-app';
import { startTestHub, type TestHub } from '../support/hub';
import { pdfText } from '../support/pdf-text';

/** The school reports view in real headless Chromium against the demo district (skipped without /usr/bin/chromium). */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOTS = path.resolve(__dirname, '../..', 'test-artifacts', 'web');
const runnable = existsSync(CHROMIUM) && existsSync(path.join(DEFAULT_WEB_APP_DIR, 'index.html'));
if (!runnable) console.warn('School report view tests skipped: they need /usr/bin/chromium and a built web app (npm run build:web).');
const describeInBrowser = runnable ? describe : describe.skip;

describeInBrowser('school reports view', () => {
  jest.setTimeout(300_000);
  let hub: TestHub;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    hub = await startTestHub();
    await seedDemoDistrict(hub.em());
    base = hub.url.replace(/\/graphql$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function signedIn(token: string, width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-US', acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${base}/sign-in`);
    await page.fill('#token', token);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=signed-in-role]');
    return page;
  }

  async function expectAccessible(page: Page, view: string): Promise<void> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect({ view, violations: serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`) }).toEqual({ view, violations: [] });
    expect(results.passes.length).toBeGreaterThan(0);
  }

  test('a liaison reads the mid-year report of Cottonwood on screen, in English and Spanish, and downloads its PDF', async () => {
    const page = await signedIn(DEMO_TOKENS.LIAISON);
    await page.getByRole('link', { name: 'School reports' }).click();
    await page.waitForSelector('[data-testid=school-report-commitments]');
    await page.selectOption('[data-testid=school-report-plan]', { label: 'Cottonwood Elementary · 2025-26' });
    await page.waitForSelector('[data-testid=school-report-window]:has-text("School year 2025-26")');
    await expect(page.locator('h1').textContent()).resolves.toBe('School engagement reports');
    // The seed's Cottonwood commitments due by 31 December 2025: 2 kept, 1 missed.
    await expect(page.locator('[data-testid=school-report-commitments]').textContent()).resolves.toBe('Due by the end of the period: 3; kept 2, missed 1, open 0; kept share 67%.');
    await expect(page.locator('[data-testid=school-report-recommendation]').count()).resolves.toBe(3);
    await expect(page.locator('[data-testid=school-report-attendance-row]').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-report-en.png'), fullPage: true });
    await expectAccessible(page, 'school report, English');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=school-report-pdf]')]);
    expect(download.suggestedFilename()).toBe('school-report-mid-year.pdf');
    const text = await pdfText(readFileSync((await download.path())!));
    expect(text).toContain('Mid-year data update: Cottonwood Elementary');
    expect(text).toContain('Due by the end of the period: 3; kept: 2; missed: 1; open: 0; kept share: 66.7%');

    // The second year's end-of-year report shows the demo family survey for the school.
    await page.selectOption('[data-testid=school-report-plan]', { label: 'Cottonwood Elementary · 2026-27' });
    await page.selectOption('[data-testid=school-report-period]', 'END_OF_YEAR');
    await page.waitForSelector('text=End-of-year report: Cottonwood Elementary');
    await page.waitForSelector('[data-testid=school-report-window]:has-text("School year 2026-27")');
    await page.waitForSelector('caption:has-text("Demo Family Engagement Survey")');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-report-surveys-en.png'), fullPage: true });
    await expectAccessible(page, 'school report with surveys, English');

    await page.selectOption('select[aria-label="Language"]', 'es');
    await page.waitForSelector('text=Informes de participación por escuela');
    await expect(page.locator('h1').textContent()).resolves.toBe('Informes de participación por escuela');
    await expect(page.getByRole('link', { name: 'Informes por escuela' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-report-es.png'), fullPage: true });
    await expectAccessible(page, 'school report, Spanish');
    await page.context().close();
  });

  test('fits a phone: the page never scrolls sideways (tables scroll in their own region)', async () => {
    const page = await signedIn(DEMO_TOKENS.LIAISON, 390);
    await page.goto(`${base}/school-reports`);
    await page.waitForSelector('[data-testid=school-report-commitments]');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-report-phone.png'), fullPage: true });
    await expectAccessible(page, 'school report, phone');
    await page.context().close();
  });

  test('the nav offers school reports to district staff, not to viewers', async () => {
    const page = await signedIn(DEMO_TOKENS.VIEWER);
    await expect(page.getByRole('link', { name: 'School reports' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
