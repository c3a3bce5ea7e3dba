import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy } from '../../server/loaders';
import { BudgetCycle } from './budget-cycle.entity';
import { FiscalYear } from './fiscal-year.entity';

export function createBudgetLoaders(em: EntityManager) {
  return {
    budgetCycleById: entityByIdLoader(em, BudgetCycle),
    fiscalYearsByCycle: new DataLoader<string, FiscalYear[]>(async (cycleIds) => {
      const years = await em.find(FiscalYear, { cycle: { $in: [...cycleIds] } }, { orderBy: { year: 'asc' } });
      return groupBy(cycleIds, years, (year) => year.cycle.id);
    }),
  };
}
