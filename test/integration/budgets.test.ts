import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { BudgetCycleDocument, BudgetCyclesDocument, CreateBudgetCycleDocument, UpdateBudgetCycleDocument, type FiscalYearInput } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const envelope = (year: number, tier1MoneyCents = 50_000_000, tier1Fte = 4, tier2MoneyCents = 10_000_000, tier2Fte = 1.5): FiscalYearInput => ({
  year,
  tier1MoneyCents,
  tier1Fte,
  tier2MoneyCents,
  tier2Fte,
});

describe('budget cycles', () => {
  let hub: TestHub;
  let budgetStaff: string;

  beforeAll(async () => {
    hub = await startTestHub();
    budgetStaff = await hub.token(Role.BUDGET_STAFF);
  });
  afterAll(() => hub.stop());

  it('creates a cycle with years in order, audits it, and lets every role read it', async () => {
    const created = dataOf(
      await hub.graphql(
        CreateBudgetCycleDocument,
        { input: { name: 'Biennium 2027-2028', fiscalYears: [envelope(2028, 52_000_000, 4.5, 8_000_000, 1), envelope(2027)] } },
        budgetStaff,
      ),
    ).createBudgetCycle;
    expect(created).toMatchObject({
      name: 'Biennium 2027-2028',
      status: 'OPEN',
      version: 1,
      fiscalYears: [
        { year: 2027, tier1MoneyCents: 50_000_000, tier1Fte: 4, tier2MoneyCents: 10_000_000, tier2Fte: 1.5 },
        { year: 2028, tier1MoneyCents: 52_000_000, tier1Fte: 4.5, tier2MoneyCents: 8_000_000, tier2Fte: 1 },
      ],
    });
    const audit = await hub.em().findOneOrFail(AuditEvent, { entityId: created.id });
    expect(audit).toMatchObject({ action: 'createBudgetCycle', actorRole: 'BUDGET_STAFF' });
    expect((audit.after?.fiscalYears as unknown[]).length).toBe(2);

    for (const role of [Role.VIEWER, Role.PARTNER, Role.LIAISON]) {
      const token = role === Role.PARTNER ? await partnerToken(hub) : await hub.token(role);
      const list = dataOf(await hub.graphql(BudgetCyclesDocument, {}, token)).budgetCycles;
      expect(list.find((cycle) => cycle.id === created.id)?.fiscalYears.map((year) => year.year)).toEqual([2027, 2028]);
      expect(dataOf(await hub.graphql(BudgetCycleDocument, { id: created.id }, token)).budgetCycle.name).toBe('Biennium 2027-2028');
    }
    expect(errorCodeOf(await hub.graphql(BudgetCycleDocument, { id: '00000000-0000-4000-8000-000000000000' }, budgetStaff))).toBe('NOT_FOUND');
    // Without credentials the caller is the public audience, which reads the cycles too.
    expect(dataOf(await hub.graphql(BudgetCyclesDocument, {}, null)).budgetCycles.length).toBeGreaterThan(0);
  });

  it('validates the years and the envelopes', async () => {
    const attempt = (fiscalYears: FiscalYearInput[], name = 'Invalid cycle') => hub.graphql(CreateBudgetCycleDocument, { input: { name, fiscalYears } }, budgetStaff);
    expect(errorCodeOf(await attempt([envelope(2027)]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt(Array.from({ length: 11 }, (_, index) => envelope(2030 + index))))).toBe('BAD_USER_INPUT');
    const gap = await attempt([envelope(2027), envelope(2029)]);
    expect(errorCodeOf(gap)).toBe('BAD_USER_INPUT');
    expect(gap.errors?.[0].message).toBe('Fiscal years must be consecutive, without gaps or repeats; got 2027, 2029');
    expect((await attempt([envelope(2027), envelope(2027)])).errors?.[0].message).toBe('Fiscal years must be consecutive, without gaps or repeats; got 2027, 2027');
    expect(errorCodeOf(await attempt([envelope(2027, -1), envelope(2028)]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt([envelope(2027), envelope(2028, 1, -0.5)]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt([envelope(2027), envelope(2028, 1, 1, -3)]))).toBe('BAD_USER_INPUT');
    expect(await hub.em().count(BudgetCycle, { name: 'Invalid cycle' })).toBe(0);

    const ten = dataOf(await attempt(Array.from({ length: 10 }, (_, index) => envelope(2030 + index)), 'Decade')).createBudgetCycle;
    expect(ten.fiscalYears).toHaveLength(10);
    expect(errorCodeOf(await attempt([envelope(2027), envelope(2028)], 'Decade'))).toBe('CONFLICT');
  });

  it('allows only budget staff and administrators to write', async () => {
    const input = { name: 'Not allowed', fiscalYears: [envelope(2027), envelope(2028)] };
    for (const role of [Role.LIAISON, Role.VIEWER]) {
      expect(errorCodeOf(await hub.graphql(CreateBudgetCycleDocument, { input }, await hub.token(role)))).toBe('FORBIDDEN');
    }
    expect(errorCodeOf(await hub.graphql(CreateBudgetCycleDocument, { input }, await partnerToken(hub)))).toBe('FORBIDDEN');
    expect(dataOf(await hub.graphql(CreateBudgetCycleDocument, { input: { ...input, name: 'Admin cycle' } }, await hub.token(Role.ADMIN))).createBudgetCycle.version).toBe(1);
  });

  it('replaces fiscal years in place, bumps the version and refuses stale or adopted updates', async () => {
    const created = dataOf(
      await hub.graphql(CreateBudgetCycleDocument, { input: { name: 'Rolling', fiscalYears: [envelope(2027), envelope(2028)] } }, budgetStaff),
    ).createBudgetCycle;
    const kept2028 = created.fiscalYears[1].id;

    const shifted = dataOf(
      await hub.graphql(
        UpdateBudgetCycleDocument,
        { input: { id: created.id, version: 1, fiscalYears: [envelope(2029, 1, 1, 1, 1), envelope(2028, 60_000_000, 5, 0, 0)] } },
        budgetStaff,
      ),
    ).updateBudgetCycle;
    expect(shifted.version).toBe(2);
    expect(shifted.fiscalYears).toEqual([
      { id: kept2028, year: 2028, tier1MoneyCents: 60_000_000, tier1Fte: 5, tier2MoneyCents: 0, tier2Fte: 0 },
      { id: expect.any(String), year: 2029, tier1MoneyCents: 1, tier1Fte: 1, tier2MoneyCents: 1, tier2Fte: 1 },
    ]);
    expect(await hub.em().count(FiscalYear, { cycle: created.id })).toBe(2);

    expect(errorCodeOf(await hub.graphql(UpdateBudgetCycleDocument, { input: { id: created.id, version: 1, name: 'Stale' } }, budgetStaff))).toBe('CONFLICT');
    const gap = await hub.graphql(UpdateBudgetCycleDocument, { input: { id: created.id, version: 2, fiscalYears: [envelope(2027), envelope(2030)] } }, budgetStaff);
    expect(errorCodeOf(gap)).toBe('BAD_USER_INPUT');

    const adopted = dataOf(await hub.graphql(UpdateBudgetCycleDocument, { input: { id: created.id, version: 2, name: 'Rolling plan', status: 'ADOPTED' } }, budgetStaff)).updateBudgetCycle;
    expect(adopted).toMatchObject({ name: 'Rolling plan', status: 'ADOPTED', version: 3 });
    const amend = await hub.graphql(UpdateBudgetCycleDocument, { input: { id: created.id, version: 3, fiscalYears: [envelope(2028), envelope(2029)] } }, budgetStaff);
    expect(errorCodeOf(amend)).toBe('BAD_USER_INPUT');
    expect(amend.errors?.[0].message).toContain('ADOPTED');

    const unchanged = dataOf(await hub.graphql(UpdateBudgetCycleDocument, { input: { id: created.id, version: 3, name: 'Rolling plan' } }, budgetStaff)).updateBudgetCycle;
    expect(unchanged.version).toBe(3);
    expect(await hub.em().count(AuditEvent, { entityId: created.id, action: 'updateBudgetCycle' })).toBe(2);
    expect(errorCodeOf(await hub.graphql(UpdateBudgetCycleDocument, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'x' } }, budgetStaff))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(UpdateBudgetCycleDocument, { input: { id: created.id, version: 3, name: null } }, budgetStaff))).toBe('BAD_USER_INPUT');
  });
});

async function partnerToken(hub: TestHub): Promise<string> {
  const em = hub.em();
  const partner = em.create(Partner, { name: `Budget reader ${randomUUID()}`, kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
  await em.flush();
  return hub.token(Role.PARTNER, partner.id);
}
