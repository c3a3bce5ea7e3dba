import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { ExportKind, signExportLink } from '../../src/modules/exports/export-links';
import { CredentialKind } from '../../src/core/viewer';
import { ExportLinkDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

/** Signed download links: no header needed, bound to who asked, refused when altered or old. */
describe('signed export links', () => {
  let hub: TestHub;
  let cycleId: string;
  let otherCycleId: string;
  const download = (url: string) => fetch(hub.url.replace('/graphql', url));
  const refusal = async (url: string) => {
    const response = await download(url);
    return { status: response.status, code: response.headers.get('x-error-code'), body: await response.text() };
  };
  const viewerOf = (role: Role) => ({ userId: null, label: `signed ${role}`, role, partnerId: null, credential: { kind: CredentialKind.API_TOKEN, id: null } });

  beforeAll(async () => {
    hub = await startTestHub({ env: { EXPORT_LINK_SECRET: 'export-link-test-secret-0123456789abcdef', EXPORT_LINK_TTL_SECONDS: '60' } });
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'Linked cycle' });
    em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 100_000, tier1Fte: 1, tier2MoneyCents: 0, tier2Fte: 0 });
    const other = em.create(BudgetCycle, { name: 'Other cycle' });
    await em.flush();
    cycleId = cycle.id;
    otherCycleId = other.id;
  });
  afterAll(() => hub.stop());

  it('downloads without an Authorization header until the link expires', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const before = Date.now();
    const link = dataOf(await hub.graphql(ExportLinkDocument, { kind: 'PLAN', parameters: { cycleId } }, viewer)).exportLink;
    const after = Date.now();
    expect(link.url).toMatch(new RegExp(`^/exports/plan\\.csv\\?cycleId=${cycleId}&link=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
    // 60 s from when it was made, in whole seconds.
    const expiresAt = new Date(link.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThan(before + 59_000 - 1);
    expect(expiresAt).toBeLessThanOrEqual(after + 60_000);
    const response = await download(link.url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('\uFEFFfiscal_year,tier,request_id,request_title,money_dollars,fte,partner_id\r\n');

    const expired = signExportLink(hub.config, viewerOf(Role.BUDGET_STAFF), ExportKind.PLAN, [['cycleId', cycleId]], new Date(Date.now() - 61_000));
    expect(await refusal(expired.url)).toMatchObject({ status: 410, code: 'EXPORT_LINK_EXPIRED', body: expect.stringMatching(/^EXPORT_LINK_EXPIRED: This download link has expired/) });
  });

  it('refuses altered links, links for another download, and links this hub did not sign, with EXPORT_LINK_INVALID', async () => {
    const { url } = dataOf(await hub.graphql(ExportLinkDocument, { kind: 'PLAN', parameters: { cycleId } }, await hub.token(Role.BUDGET_STAFF))).exportLink;
    const token = new URL(url, 'http://hub').searchParams.get('link')!;
    const [payload, signature] = token.split('.');
    const invalid = { status: 403, code: 'EXPORT_LINK_INVALID' };

    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    expect(await refusal(`/exports/plan.csv?cycleId=${cycleId}&link=${payload}.${flipped}`)).toMatchObject(invalid);
    expect(await refusal(`/exports/plan.csv?cycleId=${otherCycleId}&link=${token}`)).toMatchObject(invalid);
    expect(await refusal(`/exports/plan.csv?cycleId=${cycleId}&extra=1&link=${token}`)).toMatchObject(invalid);
    expect(await refusal(`/exports/survey-results.csv?cycleId=${cycleId}&link=${token}`)).toMatchObject(invalid);
    expect(await refusal(`/exports/plan.csv?cycleId=${cycleId}&link=garbage`)).toMatchObject(invalid);

    // Promoting the link to ADMIN (or prolonging it) changes the signed payload.
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const promoted = Buffer.from(JSON.stringify({ ...claims, r: 'ADMIN', e: claims.e + 3600 })).toString('base64url');
    expect(await refusal(`/exports/plan.csv?cycleId=${cycleId}&link=${promoted}.${signature}`)).toMatchObject(invalid);

    const foreign = signExportLink({ ...hub.config, EXPORT_LINK_SECRET: 'some-other-hubs-secret-0123456789abcdefgh' }, viewerOf(Role.ADMIN), ExportKind.PLAN, [['cycleId', cycleId]]);
    expect(await refusal(foreign.url)).toMatchObject(invalid);
  });

  it('acts with the role of whoever asked: a VIEWER link to the staff-only audit is FORBIDDEN', async () => {
    const parameters: [string, string][] = [
      ['from', '2026-01-01T00:00:00.000Z'],
      ['to', '2027-01-01T00:00:00.000Z'],
    ];
    const asViewer = signExportLink(hub.config, viewerOf(Role.VIEWER), ExportKind.COMMUNICATION_AUDIT, parameters);
    expect(await refusal(asViewer.url)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const asLiaison = signExportLink(hub.config, viewerOf(Role.LIAISON), ExportKind.COMMUNICATION_AUDIT, parameters);
    expect((await download(asLiaison.url)).status).toBe(200);
    expect(errorCodeOf(await hub.graphql(ExportLinkDocument, { kind: 'PLAN', parameters: {} }, await hub.token(Role.VIEWER)))).toBe('BAD_USER_INPUT');
  });
});
