import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy, perRequest } from '../../core/loaders';
import { BudgetCycle } from './budget-cycle.entity';
import { FiscalYear } from './fiscal-year.entity';

function createBudgetLoaders(em: EntityManager) {
  return {
    budgetCycleById: entityByIdLoader(em, BudgetCycle),
    fiscalYearsByCycle: new DataLoader<string, FiscalYear[]>(async (cycleIds) => {
      const years = await em.find(FiscalYear, { cycle: { $in: [...cycleIds] } }, { orderBy: { year: 'asc' } });
      return groupBy(cycleIds, years, (year) => year.cycle.id);
    }),
  };
}

/** This request's budget loaders, created on first use. */
export const budgetLoaders = perRequest(createBudgetLoaders);
