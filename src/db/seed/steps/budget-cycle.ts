import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetCycle, BudgetCycleStatus } from '../../../modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../../modules/budgets/fiscal-year.entity';
import { type Request, RequestStatus } from '../../../modules/requests/request.entity';
import { DEMO_FISCAL_YEARS, DEMO_LAST_FISCAL_YEAR } from '../demo-calendar';

/** Share of the open demand each tier can pay for: half now, a further fifth if revenue and staff allow. */
export const TIER1_SHARE_OF_DEMAND = 0.5;
export const TIER2_SHARE_OF_DEMAND = 0.2;

/** Revenue grows a little each year; the factors average to 1 so the cycle totals keep the shares above. */
const YEARLY_GROWTH = [0.96, 0.99, 1.01, 1.04];

const OPEN_STATUSES = new Set([RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW]);

export interface CycleDemand {
  moneyCents: number;
  fteYears: number;
}

/** What every open request would cost over the horizon if each started in its earliest year. */
export function openDemand(requests: Request[]): CycleDemand {
  let moneyCents = 0;
  let fteYears = 0;
  for (const request of requests.filter((candidate) => OPEN_STATUSES.has(candidate.status))) {
    const yearsRunning = DEMO_LAST_FISCAL_YEAR - request.earliestYear + 1;
    moneyCents += request.oneTimeCents + request.recurringCents * yearsRunning;
    fteYears += request.fte * yearsRunning;
  }
  return { moneyCents, fteYears };
}

const roundToThousandDollars = (cents: number) => Math.round(cents / 100_000) * 100_000;
const roundToQuarterFte = (fte: number) => Math.round(fte * 4) / 4;

export function seedBudgetCycle(em: EntityManager, requests: Request[]): BudgetCycle {
  const demand = openDemand(requests);
  const perYear = (share: number, total: number, yearIndex: number) => (share * total * YEARLY_GROWTH[yearIndex]) / DEMO_FISCAL_YEARS.length;
  const cycle = em.create(BudgetCycle, { name: 'FY2027–FY2030 Family & Community Engagement Plan (demo)', status: BudgetCycleStatus.OPEN });
  DEMO_FISCAL_YEARS.forEach((year, index) =>
    em.create(FiscalYear, {
      cycle,
      year,
      tier1MoneyCents: roundToThousandDollars(perYear(TIER1_SHARE_OF_DEMAND, demand.moneyCents, index)),
      tier1Fte: roundToQuarterFte(perYear(TIER1_SHARE_OF_DEMAND, demand.fteYears, index)),
      tier2MoneyCents: roundToThousandDollars(perYear(TIER2_SHARE_OF_DEMAND, demand.moneyCents, index)),
      tier2Fte: roundToQuarterFte(perYear(TIER2_SHARE_OF_DEMAND, demand.fteYears, index)),
    }),
  );
  return cycle;
}
