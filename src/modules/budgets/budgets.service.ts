import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { assertVersion } from '../shared/snapshot';
import { BudgetCycle, BudgetCycleStatus } from './budget-cycle.entity';
import type { CreateBudgetCycleInput, FiscalYearInput, UpdateBudgetCycleInput } from './budgets.inputs';
import { FiscalYear } from './fiscal-year.entity';
import { budgetLoaders } from './budgets.loaders';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A scenario schedules starts year by year, so a cycle must be one unbroken run of years. */
function assertConsecutive(fiscalYears: readonly FiscalYearInput[]): void {
  const years = fiscalYears.map((fiscalYear) => fiscalYear.year).sort((a, b) => a - b);
  const broken = years.some((year, index) => year !== years[0] + index);
  if (broken) {
    throw new BadUserInputError(`Fiscal years must be consecutive, without gaps or repeats; got ${years.join(', ')}`, { field: 'fiscalYears', years });
  }
}

function envelopesOf(fiscalYear: FiscalYearInput | FiscalYear): FiscalYearInput {
  const { year, tier1MoneyCents, tier1Fte, tier2MoneyCents, tier2Fte } = fiscalYear;
  return { year, tier1MoneyCents, tier1Fte, tier2MoneyCents, tier2Fte };
}

/** The cycle as its GraphQL fields show it, for the audit trail and to tell a real change from a no-op. */
function cycleState(cycle: BudgetCycle, fiscalYears: readonly FiscalYear[]): Record<string, unknown> {
  return {
    id: cycle.id,
    name: cycle.name,
    status: cycle.status,
    fiscalYears: [...fiscalYears].sort((a, b) => a.year - b.year).map(envelopesOf),
  };
}

export class BudgetsService {
  constructor(private readonly context: HubContext) {}

  budgetCycles(): Promise<BudgetCycle[]> {
    return this.context.em.find(BudgetCycle, {}, { orderBy: { name: 'asc' } });
  }

  async budgetCycle(id: string): Promise<BudgetCycle> {
    const cycle = UUID_PATTERN.test(id) ? await budgetLoaders(this.context).budgetCycleById.load(id) : null;
    if (!cycle) throw new NotFoundError('BudgetCycle', id);
    return cycle;
  }

  fiscalYears(cycle: BudgetCycle): Promise<FiscalYear[]> {
    return budgetLoaders(this.context).fiscalYearsByCycle.load(cycle.id);
  }

  createBudgetCycle(input: CreateBudgetCycleInput): Promise<BudgetCycle> {
    assertConsecutive(input.fiscalYears);
    return runWrite(this.context, async ({ em, audit }) => {
      const cycle = em.create(BudgetCycle, { name: input.name, status: input.status });
      const fiscalYears = input.fiscalYears.map((fiscalYear) => em.create(FiscalYear, { cycle, ...envelopesOf(fiscalYear) }));
      await em.flush();
      audit({ action: 'createBudgetCycle', entityType: 'BudgetCycle', entityId: cycle.id, after: { ...cycleState(cycle, fiscalYears), version: cycle.version } });
      return cycle;
    });
  }

  updateBudgetCycle(input: UpdateBudgetCycleInput): Promise<BudgetCycle> {
    if (input.name === null || input.status === null) throw new BadUserInputError('name and status cannot be cleared');
    if (input.fiscalYears) assertConsecutive(input.fiscalYears);
    return runWrite(this.context, async ({ em, audit }) => {
      const cycle = UUID_PATTERN.test(input.id) ? await em.findOne(BudgetCycle, input.id) : null;
      if (!cycle) throw new NotFoundError('BudgetCycle', input.id);
      assertVersion(cycle, input.version, 'BudgetCycle');
      const existingYears = await em.find(FiscalYear, { cycle });
      const before = cycleState(cycle, existingYears);
      if (input.fiscalYears && cycle.status === BudgetCycleStatus.ADOPTED) {
        throw new BadUserInputError('The envelopes of an ADOPTED cycle are fixed (plans absorb shortfalls through Tier 2, not mid-cycle amendments); set the status to OPEN first');
      }
      if (input.name != null) cycle.name = input.name;
      if (input.status != null) cycle.status = input.status;
      const fiscalYears = input.fiscalYears ? this.replaceFiscalYears(em, cycle, existingYears, input.fiscalYears) : existingYears;
      const after = cycleState(cycle, fiscalYears);
      // A no-op update is not a change: no version bump or audit entry.
      if (JSON.stringify(before) === JSON.stringify(after)) return cycle;
      // Fiscal-year rows change without touching the cycle row: bump the cycle's version explicitly.
      cycle.updatedAt = new Date();
      await em.flush();
      audit({ action: 'updateBudgetCycle', entityType: 'BudgetCycle', entityId: cycle.id, before: { ...before, version: input.version }, after: { ...after, version: cycle.version } });
      return cycle;
    });
  }

  /** Years kept are updated in place (their ids stay stable for plans that reference them); the others are removed or added. */
  private replaceFiscalYears(em: EntityManager, cycle: BudgetCycle, existing: FiscalYear[], wanted: readonly FiscalYearInput[]): FiscalYear[] {
    const existingByYear = new Map(existing.map((fiscalYear) => [fiscalYear.year, fiscalYear]));
    const wantedYears = new Set(wanted.map((fiscalYear) => fiscalYear.year));
    for (const fiscalYear of existing) if (!wantedYears.has(fiscalYear.year)) em.remove(fiscalYear);
    return wanted.map((input) => {
      const current = existingByYear.get(input.year);
      if (!current) return em.create(FiscalYear, { cycle, ...envelopesOf(input) });
      Object.assign(current, envelopesOf(input));
      return current;
    });
  }
}
