import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seedDemoDistrict, DEMO_TOKENS } from '../../src/db/seed/demo-district';
import { DEFAULT_WEB_APP_DIR } from '../../src/server/web-app';
import { dataOf, startTestHub, type TestHub } from '../support/hub';
import { BudgetCyclesDocument, CommunicationDraftsDocument, PlanDocument, ScenarioDocument, ScenariosDocument } from '../generated/graphql';

/**
 * The district web app in real headless Chromium against a real hub on a test database seeded
 * with the demo district. Screenshots of every view go to test-artifacts/web (git-ignored).
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'web');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is absent (install it with: apt-get install -y chromium).`);
}
const describeInBrowser = hasChromium ? describe : describe.skip;

describeInBrowser('web app in headless Chromium (skipped when /usr/bin/chromium is absent)', () => {
  jest.setTimeout(400_000);
  let hub: TestHub;
  let browser: Browser;
  let base: string;
  let cycleId: string;

  beforeAll(async () => {
    if (!existsSync(path.join(DEFAULT_WEB_APP_DIR, 'index.html'))) {
      execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    hub = await startTestHub();
    await seedDemoDistrict(hub.em());
    base = hub.url.replace(/\/graphql$/, '');
    cycleId = dataOf(await hub.graphql(BudgetCyclesDocument, {}, DEMO_TOKENS.VIEWER)).budgetCycles[0].id;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** A page that records every host it loads from and fails the test on a script error. */
  async function openPage(options: { width?: number; token?: string; language?: string } = {}): Promise<{ context: BrowserContext; page: Page; hosts: Set<string>; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const hosts = new Set<string>();
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:') hosts.add(url.host);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    if (options.token) await signIn(page, options.token);
    return { context, page, hosts, errors };
  }

  async function signIn(page: Page, token: string): Promise<void> {
    await page.goto(`${base}/sign-in`);
    await page.fill('#token', token);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=signed-in-role]');
  }

  /** Polls a condition of the page (the app's content security policy forbids string predicates). */
  async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function expectAccessible(page: Page, view: string): Promise<void> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect({ view, violations: serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`) }).toEqual({ view, violations: [] });
    expect(results.passes.length).toBeGreaterThan(0);
  }

  async function expectNoHorizontalScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
  }

  /** Staff views are opened at laptop width; this checks the same view at phone width (390 px) too. */
  async function expectNoHorizontalScrollAtPhoneWidth(page: Page): Promise<void> {
    const laptop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 900 });
    await expectNoHorizontalScroll(page);
    if (laptop) await page.setViewportSize(laptop);
  }

  function onlyOwnHost(hosts: Set<string>): void {
    expect([...hosts]).toEqual([new URL(base).host]);
  }

  test('GET /graphql in a browser opens the bundled GraphiQL, loaded from the hub only', async () => {
    const { context, page, hosts, errors } = await openPage();
    await page.goto(`${base}/graphql`);
    await page.waitForSelector('.graphiql-container');
    await page.waitForSelector('.graphiql-query-editor .CodeMirror textarea[aria-label="GraphQL query"]');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql.png') });
    await expectAccessible(page, 'GraphiQL');
    onlyOwnHost(hosts);
    expect(errors).toEqual([]);
    // API clients still get GraphQL on the same path.
    const api = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
    await context.close();
  });

  test('the public page opens without signing in', async () => {
    const { context, page, hosts, errors } = await openPage();
    await page.goto(`${base}/`);
    await page.waitForSelector('h1');
    // The public audience reads the whole page (plan, representation) and is not shown as signed in.
    await page.waitForSelector('[data-testid=plan-year]');
    await page.waitForSelector('[data-testid=missing-groups]');
    await expect(page.locator('h1').textContent()).resolves.toBe('How the district spends its family engagement budget');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid=signed-in-role]').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Sign in' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'public-anonymous.png'), fullPage: true });
    await expectAccessible(page, 'public page, anonymous');
    onlyOwnHost(hosts);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['en', 'ltr', 'How the district spends its family engagement budget', 'Who is missing from the conversation'],
    ['es', 'ltr', 'Cómo gasta el distrito su presupuesto de participación familiar', 'Quién falta en la conversación'],
    ['ar', 'rtl', 'كيف تنفق المنطقة التعليمية ميزانية إشراك الأسر', 'من الغائب عن الحوار'],
  ])('the public page in %s (%s) at laptop and phone width', async (language, dir, heading, representationHeading) => {
    for (const width of [1280, 390]) {
      const { context, page, hosts, errors } = await openPage({ width, token: DEMO_TOKENS.VIEWER });
      await page.goto(`${base}/?lang=${language}`);
      await page.waitForSelector('[data-testid=plan-year]');
      await page.waitForSelector('[data-testid=missing-groups]');
      await expect(page.locator('h1').textContent()).resolves.toBe(heading);
      await expect(page.locator('#representation-heading').textContent()).resolves.toBe(representationHeading);
      await expect(page.evaluate<string[]>('[document.documentElement.lang, document.documentElement.dir]')).resolves.toEqual([language, dir]);
      // Suppressed survey cells are marked in words, never left blank.
      const suppressedCells = page.locator('tr[data-suppressed=true] td.suppressed');
      if ((await suppressedCells.count()) > 0) await expect(suppressedCells.first().textContent()).resolves.toMatch(/\S/);
      await page.screenshot({ path: path.join(SCREENSHOTS, `public-${language}-${width}.png`), fullPage: true });
      await expectNoHorizontalScroll(page);
      // The same markup at both widths: axe once per language keeps the suite within the machine's budget.
      if (width !== 390) await expectAccessible(page, `public page ${language}`);
      onlyOwnHost(hosts);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  test('budget staff run a what-if, compare it, adopt it; the public page updates live and its chart totals equal the API plan', async () => {
    const viewer = await openPage({ token: DEMO_TOKENS.VIEWER });
    await viewer.page.goto(`${base}/`);
    await viewer.page.waitForSelector('[data-testid=plan-year]');
    await expect(viewer.page.locator('[data-testid=adopted-scenario]').textContent()).resolves.toContain('no plan has been adopted yet');

    const staff = await openPage({ token: DEMO_TOKENS.BUDGET_STAFF });
    await staff.page.getByRole('link', { name: 'What-if scenarios' }).click();
    await staff.page.waitForSelector('#what-if-heading');

    await expect(staff.page.locator('[data-testid=signed-in-role]').textContent()).resolves.toBe('Budget staff');
    // A what-if is queued (startScenario) and followed over scenarioProgress: the progress panel
    // (phase in an aria-live region, elapsed time, best objective and bound per tier) ends in the result.
    const runWhatIf = async (name: string, capPercent: number, solver: 'GREEDY' | 'OPTIMAL') => {
      await staff.page.fill('input[name=scenario-name]', name);
      await staff.page.selectOption('select[name=solver]', solver);
      for (const input of await staff.page.locator('[data-testid^=money-percent-], [data-testid^=fte-percent-]').all()) await input.fill(String(capPercent));
      await staff.page.getByRole('button', { name: 'Run scenario' }).click();
      // The panel of this run (the previous run's panel stays until the new run is queued).
      const progress = staff.page.locator('[data-testid=run-progress]').filter({ hasText: `Scenario "${name}"` });
      await progress.waitFor();
      await expect(progress.locator('[data-testid=run-status]').getAttribute('aria-live')).resolves.toBe('polite');
      await expect(progress.locator('[data-testid=run-elapsed]').textContent()).resolves.toMatch(/^Elapsed: \d/);
      await staff.page.getByText(`Scenario "${name}" is ready.`).waitFor({ timeout: 120_000 });
      await expect(progress.getAttribute('data-status')).resolves.toBe('COMPLETED');
      // Both tiers' objective and, for OPTIMAL, the bound it proved (objective x (1 + gap)), as the API stored them.
      const tiers = await progress.locator('[data-testid=run-tier]').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
      const scenarioId = dataOf(await hub.graphql(ScenariosDocument, { cycleId }, DEMO_TOKENS.BUDGET_STAFF)).scenarios.find((scenario) => scenario.name === name)?.id;
      const stored = dataOf(await hub.graphql(ScenarioDocument, { id: scenarioId! }, DEMO_TOKENS.BUDGET_STAFF)).scenario.tiers;
      expect(stored.length).toBe(2);
      const figure = (value: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value);
      expect(tiers).toEqual(
        stored.map((tier) => [
          `Tier ${tier.tier}`,
          figure(tier.objective),
          tier.gap === null ? 'none (greedy)' : figure(tier.objective * (1 + tier.gap)),
          tier.gap === null ? '—' : `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(tier.gap * 100)} %`,
        ]),
      );
      expect(stored.every((tier) => (tier.gap === null) === (solver === 'GREEDY'))).toBe(true);
      await expect(progress.getByRole('button', { name: 'Cancel the run' }).count()).resolves.toBe(0);
      await staff.page.getByRole('heading', { name: `Scenario "${name}"` }).waitFor();
      // The detail below shows the finished run's items, not the queued run it first showed.
      await staff.page.locator('[data-testid=scenario-item]').first().waitFor();
    };
    await runWhatIf('Baseline (browser test)', 0, 'GREEDY');
    await runWhatIf('Revenue and staff -40% (browser test)', -40, 'OPTIMAL');
    expect(await staff.page.locator('[data-testid=scenario-item]').count()).toBeGreaterThan(0);
    await staff.page.getByRole('heading', { name: '"Baseline (browser test)" compared with "Revenue and staff -40% (browser test)"' }).waitFor();
    expect(await staff.page.locator('[data-testid=changed-item]').count()).toBeGreaterThan(0);
    await staff.page.screenshot({ path: path.join(SCREENSHOTS, 'scenarios.png'), fullPage: true });
    await expectAccessible(staff.page, 'scenarios');
    await expectNoHorizontalScrollAtPhoneWidth(staff.page);

    await staff.page.getByRole('button', { name: 'Adopt as the plan' }).click();
    await staff.page.waitForSelector('[data-testid=adopted-badge]');
    const scenarios = dataOf(await hub.graphql(ScenariosDocument, { cycleId }, DEMO_TOKENS.BUDGET_STAFF)).scenarios;
    expect(scenarios.find((scenario) => scenario.adopted)?.name).toBe('Revenue and staff -40% (browser test)');

    // A run can be cancelled while it is queued or solving; a quick one may finish first. Either
    // way the panel ends in words, and a cancelled run is CANCELLED in the API too.
    await staff.page.fill('input[name=scenario-name]', 'Cancelled at once (browser test)');
    await staff.page.getByRole('button', { name: 'Run scenario' }).click();
    const running = staff.page.locator('[data-testid=run-progress]').filter({ hasText: 'Scenario "Cancelled at once (browser test)"' });
    await running.waitFor();
    await until(async () => (await running.getByRole('button', { name: 'Cancel the run' }).count()) > 0 || (await running.getAttribute('data-status')) === 'COMPLETED');
    if ((await running.getByRole('button', { name: 'Cancel the run' }).count()) > 0) await running.getByRole('button', { name: 'Cancel the run' }).click().catch(() => undefined);
    await until(async () => ['CANCELLED', 'COMPLETED'].includes((await running.getAttribute('data-status')) ?? ''), 120_000);
    const ended = await running.getAttribute('data-status');
    await expect(running.locator('[data-testid=run-status]').textContent()).resolves.toContain(ended === 'CANCELLED' ? 'was cancelled' : 'is ready');
    const cancelledId = dataOf(await hub.graphql(ScenariosDocument, { cycleId }, DEMO_TOKENS.BUDGET_STAFF)).scenarios.find((scenario) => scenario.name === 'Cancelled at once (browser test)')?.id;
    expect(cancelledId).toBeDefined();
    expect(dataOf(await hub.graphql(ScenarioDocument, { id: cancelledId! }, DEMO_TOKENS.BUDGET_STAFF)).scenario.status).toBe(ended);
    await staff.page.screenshot({ path: path.join(SCREENSHOTS, `scenarios-run-${String(ended).toLowerCase()}.png`), fullPage: true });

    // planChanged reaches the open public page over graphql-ws; it refetches without a reload.
    await viewer.page.getByText('plan "Revenue and staff -40% (browser test)"', { exact: false }).waitFor({ timeout: 30_000 });
    await until(async () => (await viewer.page.locator('[data-testid=plan-year]:not([data-tier1-cents="0"])').count()) > 0);
    const plan = dataOf(await hub.graphql(PlanDocument, { cycleId }, DEMO_TOKENS.VIEWER)).plan;
    expect(plan.length).toBeGreaterThan(0);
    const rows = await viewer.page.locator('[data-testid=plan-year]').evaluateAll((elements) =>
      elements.map((element) => ({ year: Number(element.getAttribute('data-year')), tier1: Number(element.getAttribute('data-tier1-cents')), tier2: Number(element.getAttribute('data-tier2-cents')) })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const sum = (tier: number) => plan.filter((allocation) => allocation.fiscalYear === row.year && allocation.tier === tier).reduce((total, allocation) => total + allocation.moneyCents, 0);
      expect(row).toEqual({ year: row.year, tier1: sum(1), tier2: sum(2) });
    }
    expect(rows.reduce((total, row) => total + row.tier1 + row.tier2, 0)).toBe(plan.filter((allocation) => allocation.tier <= 2).reduce((total, allocation) => total + allocation.moneyCents, 0));
    // The chart's script is fetched after the table; it draws the same figures.
    await viewer.page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await viewer.page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await viewer.page.screenshot({ path: path.join(SCREENSHOTS, 'public-after-adoption.png'), fullPage: true });
    await expectAccessible(viewer.page, 'public page with an adopted plan');
    onlyOwnHost(viewer.hosts);
    onlyOwnHost(staff.hosts);
    expect([...viewer.errors, ...staff.errors]).toEqual([]);
    await viewer.context.close();
    await staff.context.close();
  });

  test('liaisons work their inbox, a request and the representation view', async () => {
    const { context, page, hosts, errors } = await openPage({ token: DEMO_TOKENS.LIAISON });
    await expect(page.locator('[data-testid=signed-in-role]').textContent()).resolves.toBe('Liaison');
    await page.waitForSelector('#queue-reply');
    // The drafts queue lists the letters the API holds for review or sending (adoption prepares them).
    const openLetters = dataOf(await hub.graphql(CommunicationDraftsDocument, { filter: { statuses: ['DRAFT', 'APPROVED'] } }, DEMO_TOKENS.LIAISON)).communicationDrafts;
    // The adoption in the budget staff test prepared one letter per focal group.
    expect(openLetters.length).toBeGreaterThan(0);
    await until(async () => (await page.locator('[data-testid=letter]').count()) === openLetters.length);
    // Groups whose language has no template get an English text flagged for translation, which cannot be approved yet.
    const untranslated = openLetters.filter((letter) => letter.needsTranslation);
    expect(untranslated.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=letter][data-needs-translation=true] [data-testid=needs-translation]').count()).toBe(untranslated.length);
    await expect(page.locator('[data-testid=letter][data-needs-translation=true]').first().getByRole('button', { name: 'Approve' }).isDisabled()).resolves.toBe(true);
    await page.locator('[data-testid=letter] details summary').first().click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'inbox.png'), fullPage: true });
    await expectAccessible(page, 'inbox');
    await expectNoHorizontalScrollAtPhoneWidth(page);

    // Review and send a letter that needs no translation: approve it, say how it went out; it
    // leaves the queue and is logged on its request.
    const ready = openLetters.find((letter) => !letter.needsTranslation && letter.status === 'DRAFT');
    expect(ready).toBeDefined();
    const letter = page.locator('[data-testid=letter]').filter({ has: page.getByRole('link', { name: ready!.request.title, exact: true }) }).filter({ hasText: `Letter to ${ready!.focalGroup.name}` });
    await letter.getByRole('button', { name: 'Approve' }).click();
    await until(async () => (await letter.getAttribute('data-status')) === 'APPROVED');
    await letter.getByLabel('Sent by').selectOption('EMAIL');
    await letter.getByRole('button', { name: 'Mark as sent' }).click();
    await until(async () => (await page.locator('[data-testid=letter]').count()) === openLetters.length - 1);
    const sent = dataOf(await hub.graphql(CommunicationDraftsDocument, { filter: { statuses: ['SENT'] } }, DEMO_TOKENS.LIAISON)).communicationDrafts;
    expect(sent.map((draft) => [draft.id, draft.channel])).toEqual([[ready!.id, 'EMAIL']]);

    // A letter flagged for translation: paste the translation, say it is now in the group's
    // language, save; the flag goes and it can be approved.
    const foreign = untranslated[0];
    const flagged = page.locator('[data-testid=letter]').filter({ has: page.getByRole('link', { name: foreign.request.title, exact: true }) }).filter({ hasText: `Letter to ${foreign.focalGroup.name}` });
    // (It may be the letter opened for the screenshot above.)
    if ((await flagged.locator('details').getAttribute('open')) === null) await flagged.locator('details summary').click();
    await flagged.getByLabel('Text of the letter').fill('Translated letter (browser test)');
    await flagged.getByRole('checkbox').check();
    await flagged.getByRole('button', { name: 'Save the text' }).click();
    await until(async () => (await flagged.getAttribute('data-needs-translation')) === 'false');
    await flagged.getByRole('button', { name: 'Approve' }).click();
    await until(async () => (await flagged.getAttribute('data-status')) === 'APPROVED');
    const translated = dataOf(await hub.graphql(CommunicationDraftsDocument, { filter: { statuses: ['APPROVED'] } }, DEMO_TOKENS.LIAISON)).communicationDrafts.find((draft) => draft.id === foreign.id);
    expect(translated && [translated.body, translated.language, translated.needsTranslation]).toEqual(['Translated letter (browser test)', foreign.requestedLanguage, false]);

    const firstUnanswered = page.locator('[data-testid=queue-reply] a').first();
    const title = await firstUnanswered.textContent();
    await firstUnanswered.click();
    await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
    const logged = await page.locator('[data-testid=communication]').count();
    await page.getByLabel('Summary').fill('Called the group to explain the review timeline (browser test)');
    await page.getByRole('button', { name: 'Log it' }).click();
    await until(async () => (await page.locator('[data-testid=communication]').count()) === logged + 1);
    await expect(page.locator('[data-testid=communication]').last().textContent()).resolves.toContain('Called the group to explain the review timeline (browser test)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'request.png'), fullPage: true });
    await expectAccessible(page, 'request');
    await expectNoHorizontalScrollAtPhoneWidth(page);

    await page.getByRole('link', { name: 'Representation' }).click();
    await page.waitForSelector('[data-testid=missing-groups]');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'representation.png'), fullPage: true });
    await expectAccessible(page, 'representation');
    await expectNoHorizontalScrollAtPhoneWidth(page);
    onlyOwnHost(hosts);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a partner sees its own requests and the plan items that concern it', async () => {
    const { context, page, hosts, errors } = await openPage({ token: DEMO_TOKENS.PARTNER, width: 390 });
    await page.waitForSelector('#partner-requests');
    expect(await page.locator('[data-testid=partner-request]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'partner-390.png'), fullPage: true });
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'partner');
    onlyOwnHost(hosts);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the sign-in page links to the district sign-in and refuses a bad token', async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/sign-in`);
    await expect(page.getByRole('link', { name: 'Sign in with the district account' }).getAttribute('href')).resolves.toBe('/auth/login');
    await page.fill('#token', 'not-a-token');
    await page.click('button[type=submit]');
    await page.getByRole('alert').waitFor();
    // A refused token signs nobody in: no role, the token is not kept, sign-in is still offered.
    expect(await page.locator('[data-testid=signed-in-role]').count()).toBe(0);
    expect(await page.evaluate<number>('window.sessionStorage.length')).toBe(0);
    expect(await page.getByRole('link', { name: 'Sign in', exact: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png') });
    await expectAccessible(page, 'sign-in');
    await context.close();
  });
});
