import { writePabulib, type PabulibCycle, type PabulibPlan } from '../../equity';
import type { HubContext } from '../../core/context';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import { requireViewer } from '../../core/authorization';
import { mayReadRequest } from '../../core/redaction-policy';
import { Role } from '../../core/viewer';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { Request } from '../requests/request.entity';
import { adjustedEnvelopes, CANDIDATE_STATUSES } from '../scenarios/problem-builder';
import { ScenarioItem } from '../scenarios/scenario-item.entity';
import { isAdopted, Scenario, ScenarioStatus } from '../scenarios/scenario.entity';
import { ScenarioService } from '../scenarios/scenarios.service';

/** A `.pb` download: the file and the name a browser saves it under. */
export interface PabulibFile {
  filename: string;
  text: string;
}

/** Which plan to export: the adopted plan of a cycle, or one scenario by id. */
export interface PlanTarget {
  cycleId?: string | null;
  scenarioId?: string | null;
}

const centsToDollars = (cents: number) => cents / 100;

/** An ASCII file name part: letters and digits of `name`, the rest one dash. */
function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'export'
  );
}

function requestsOf(rows: Request[]): PabulibCycle['requests'] {
  return rows.map((request) => ({
    id: request.id,
    title: request.title,
    focalGroups: request.focalGroups
      .getItems()
      .map((group) => group.name)
      .sort(),
    oneTime: centsToDollars(request.oneTimeCents),
    recurring: centsToDollars(request.recurringCents),
    earliestYear: request.earliestYear,
  }));
}

/**
 * Cycles and plans in the pabulib `.pb` format (src/equity/pabulib.ts), read under the same rules
 * as GraphQL: requests are public, but a PARTNER gets only its own; a what-if scenario is for
 * district staff, everyone else reads only the adopted plan (other ids answer NOT_FOUND). The file
 * never names a request's sponsor.
 */
export class PabulibExportService {
  constructor(private readonly context: HubContext) {}

  /** The cycle's candidate requests (those a scenario would place) as projects, without an outcome. */
  async cycleFile(cycleId: string): Promise<PabulibFile> {
    const cycle = await this.cycleToExport(cycleId);
    const viewer = requireViewer(this.context);
    const requests = await this.context.em.find(
      Request,
      { status: { $in: [...CANDIDATE_STATUSES] }, ...(viewer.role === Role.PARTNER ? { partner: viewer.partnerId } : {}) },
      { populate: ['focalGroups'], orderBy: { title: 'asc', id: 'asc' } },
    );
    const text = writePabulib(
      { years: this.yearsOf(cycle), envelopes: adjustedEnvelopes(cycle, []), requests: requestsOf(requests.filter((request) => mayReadRequest(viewer, request.partner?.id ?? null))) },
      null,
      { description: `Community Budget Hub: the requests of budget cycle "${cycle.name}"`, currency: 'USD' },
    );
    return { filename: `${slug(cycle.name)}-requests.pb`, text };
  }

  /** A completed scenario the viewer may read: staff any, everyone else only the adopted plan. */
  async scenarioToExport(target: PlanTarget): Promise<Scenario> {
    if ((target.cycleId == null) === (target.scenarioId == null)) {
      throw new BadUserInputError('Name either cycleId (its adopted plan) or scenarioId', { fields: ['cycleId', 'scenarioId'] });
    }
    if (target.scenarioId != null) {
      const scenario = await new ScenarioService(this.context).scenario(target.scenarioId);
      if (scenario.status !== ScenarioStatus.COMPLETED) {
        throw new BadUserInputError(`Scenario "${scenario.name}" is ${scenario.status}; only a completed scenario has a plan to export`, { scenarioId: scenario.id });
      }
      return scenario;
    }
    const cycle = await this.cycle(target.cycleId!);
    const adopted = await this.context.em.findOne(Scenario, { cycle: cycle.id, adoptedAt: { $ne: null }, supersededAt: null });
    if (!adopted) throw new NotFoundError('Adopted plan of BudgetCycle', cycle.id);
    return adopted;
  }

  /** Every request the plan placed (a PARTNER: its own), Tier 1 selected, the tiers and years in extra columns. */
  async planFile(target: PlanTarget): Promise<PabulibFile> {
    const scenario = await this.scenarioToExport(target);
    const cycle = await this.cycle(scenario.cycle.id);
    const viewer = requireViewer(this.context);
    const items = (await this.context.em.find(ScenarioItem, { scenario: scenario.id }, { populate: ['request', 'request.focalGroups'], orderBy: { tier: 'asc', rank: 'asc' } })).filter(
      (item) => mayReadRequest(viewer, item.request.partner?.id ?? null),
    );
    const plan: PabulibPlan = {
      solver: scenario.solver,
      items: items.map((item) => ({
        id: item.request.id,
        tier: item.tier as 1 | 2 | 3,
        startYear: item.startYear,
        equityScore: item.equityScore,
        scoreBreakdown: item.scoreBreakdown,
        allocations: item.allocations.map((allocation) => ({ year: allocation.year, money: centsToDollars(allocation.moneyCents), fte: allocation.fte })),
      })),
    };
    const kind = isAdopted(scenario) ? 'adopted plan' : 'what-if scenario';
    const text = writePabulib(
      {
        years: this.yearsOf(cycle),
        envelopes: adjustedEnvelopes(cycle, scenario.capAdjustments, scenario.extraFunds ?? []),
        requests: requestsOf(items.map((item) => item.request)),
      },
      plan,
      { description: `Community Budget Hub: ${kind} "${scenario.name}" of budget cycle "${cycle.name}"`, currency: 'USD' },
    );
    return { filename: `${slug(cycle.name)}-${slug(scenario.name)}.pb`, text };
  }

  /** The cycle, or NOT_FOUND; it has years to export, or BAD_USER_INPUT. */
  async cycleToExport(cycleId: string): Promise<BudgetCycle> {
    const cycle = await this.cycle(cycleId);
    this.yearsOf(cycle);
    return cycle;
  }

  private async cycle(cycleId: string): Promise<BudgetCycle> {
    const cycle = await this.context.em.findOne(BudgetCycle, cycleId, { populate: ['fiscalYears'] });
    if (!cycle) throw new NotFoundError('BudgetCycle', cycleId);
    return cycle;
  }

  private yearsOf(cycle: BudgetCycle): number[] {
    const years = cycle.fiscalYears.getItems().map((fiscalYear) => fiscalYear.year);
    if (years.length === 0) throw new BadUserInputError(`Cycle "${cycle.name}" has no fiscal years to export`, { cycleId: cycle.id });
    return years;
  }
}
