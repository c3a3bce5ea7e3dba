import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { requireViewer } from '../../core/authorization';
import { mayReadStaffNotes } from '../../core/redaction-policy';
import { Role } from '../../core/viewer';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { EquityLens } from '../equity-lenses/equity-lens.entity';
import { Request } from '../requests/request.entity';
import { Allocation } from './allocation.entity';
import { ScenarioComparison } from './scenario-comparison';
import { CriterionValue, ScenarioItem } from './scenario-item.entity';
import { isAdopted, Scenario, ScenarioPin } from './scenario.entity';
import { RunScenarioInput } from './scenarios.inputs';
import { ScenarioService } from './scenarios.service';
import { ScenarioRunService } from './scenario-runs.service';
import { budgetLoaders } from '../budgets/budgets.loaders';
import { equityLensLoaders } from '../equity-lenses/equity-lenses.loaders';
import { requestLoaders } from '../requests/requests.loaders';
import { scenarioLoaders } from './scenarios.loaders';
import { andThen, prefetched, prefetchWithList } from '../shared/prefetch';
import { Parent } from '../shared/parent';

@Resolver()
export class ScenarioQueryResolver {
  @Authorized()
  @Query(() => [Scenario], { description: 'Scenarios of a cycle, newest first; partners and viewers see only the adopted plan\'s scenario.' })
  scenarios(@Arg('cycleId', () => ID) cycleId: string, @Ctx() context: HubContext): Promise<Scenario[]> {
    return new ScenarioService(context).scenarios(cycleId);
  }

  @Authorized()
  @Query(() => Scenario, { description: 'NOT_FOUND for partners and viewers unless it is the adopted plan (exactly like a missing id).' })
  scenario(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Scenario> {
    return new ScenarioService(context).scenario(id);
  }

  @Authorized()
  @Query(() => ScenarioComparison)
  compareScenarios(@Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string, @Ctx() context: HubContext): Promise<ScenarioComparison> {
    return new ScenarioService(context).compareScenarios(a, b);
  }

  @Authorized()
  @Query(() => [Allocation], { description: 'The adopted plan of a cycle; partner apps see their own requests only.' })
  plan(@Arg('cycleId', () => ID) cycleId: string, @Ctx() context: HubContext, @Info() info: GraphQLResolveInfo): Promise<Allocation[]> {
    return new ScenarioService(context).plan(cycleId, prefetchWithList(context, info, { type: 'Allocation', entity: Allocation }));
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => Scenario, {
    description: 'Queues a tiering run over every candidate request of a cycle and returns it QUEUED at once; follow it with scenarioProgress or scenario(id).',
  })
  startScenario(@Arg('input') input: RunScenarioInput, @Ctx() context: HubContext): Promise<Scenario> {
    return new ScenarioRunService(context).start(input);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => Scenario, { description: 'Like startScenario, but answers once the run is finished (COMPLETED, FAILED or CANCELLED); kept for comparison and adoption.' })
  runScenario(@Arg('input') input: RunScenarioInput, @Ctx() context: HubContext): Promise<Scenario> {
    return new ScenarioRunService(context).run(input);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => Scenario, {
    description:
      'Re-runs a completed scenario as a new one with the money and staff the request\'s toMoveUp names added to the tier above and the request pinned there (with what must move with it), so staff see the real consequence for every other request. Answers once the run is finished unless wait is false.',
  })
  fundWithExtra(
    @Arg('scenarioId', () => ID) scenarioId: string,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('wait', () => Boolean, { nullable: true, defaultValue: true, description: 'false: answer at once with the QUEUED scenario.' }) wait: boolean | null,
    @Ctx() context: HubContext,
  ): Promise<Scenario> {
    return new ScenarioRunService(context).fundWithExtra(scenarioId, requestId, wait !== false);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => Scenario, { description: 'Stops a queued or running scenario (CANCELLED); a finished one is returned unchanged.' })
  cancelScenario(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Scenario> {
    return new ScenarioRunService(context).cancel(id);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => Scenario, { description: 'Makes the scenario the cycle\'s plan, replacing the previous one; CONFLICT if its inputs changed since it was run.' })
  adoptScenario(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Scenario> {
    return new ScenarioService(context).adoptScenario(id);
  }
}

@Resolver(() => Scenario)
export class ScenarioResolver {
  @FieldResolver(() => BudgetCycle)
  async cycle(@Parent() scenario: Scenario, @Ctx() context: HubContext): Promise<BudgetCycle> {
    const cycle = await budgetLoaders(context).budgetCycleById.load(scenario.cycle.id);
    if (!cycle) throw new NotFoundError('BudgetCycle', scenario.cycle.id);
    return cycle;
  }

  @FieldResolver(() => EquityLens, { description: 'The exact lens revision the scenario was run with.' })
  async lens(@Parent() scenario: Scenario, @Ctx() context: HubContext): Promise<EquityLens> {
    const lens = await equityLensLoaders(context).equityLensById.load(scenario.lens.id);
    if (!lens) throw new NotFoundError('EquityLens', scenario.lens.id);
    return lens;
  }

  @FieldResolver(() => [ScenarioItem], { description: 'Every candidate request\'s place, by tier then rank; partner apps see their own requests only.' })
  items(@Parent() scenario: Scenario, @Ctx() context: HubContext): Promise<ScenarioItem[]> {
    return new ScenarioService(context).items(scenario);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this scenario is the cycle\'s current plan.' })
  adopted(@Parent() scenario: Scenario): boolean {
    return isAdopted(scenario);
  }

  @FieldResolver(() => [ScenarioPin], { description: 'Staff decisions and their reasons; empty for partner and public tokens.' })
  pins(@Parent() scenario: Scenario, @Ctx() context: HubContext): ScenarioPin[] {
    return mayReadStaffNotes(requireViewer(context)) ? scenario.pins : [];
  }

  @FieldResolver(() => Scenario, { nullable: true, description: 'The scenario a fundWithExtra what-if re-ran; staff only (null otherwise).' })
  async basedOn(@Parent() scenario: Scenario, @Ctx() context: HubContext): Promise<Scenario | null> {
    if (!scenario.basedOn || !mayReadStaffNotes(requireViewer(context))) return null;
    return scenarioLoaders(context).scenarioById.load(scenario.basedOn.id);
  }

  @FieldResolver(() => Request, { nullable: true, description: 'The request a fundWithExtra what-if funded; staff only (null otherwise).' })
  async fundedRequest(@Parent() scenario: Scenario, @Ctx() context: HubContext): Promise<Request | null> {
    if (!scenario.fundedRequest || !mayReadStaffNotes(requireViewer(context))) return null;
    return requestLoaders(context).requestById.load(scenario.fundedRequest.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who ran it; staff only.' })
  createdBy(@Parent() scenario: Scenario, @Ctx() context: HubContext): string | null {
    return mayReadStaffNotes(requireViewer(context)) ? scenario.createdBy : null;
  }
}

@Resolver(() => ScenarioItem)
export class ScenarioItemResolver {
  @FieldResolver(() => Request)
  async request(@Parent() item: ScenarioItem, @Ctx() context: HubContext): Promise<Request> {
    const request = await requestLoaders(context).requestById.load(item.request.id);
    if (!request) throw new NotFoundError('Request', item.request.id);
    return request;
  }

  @FieldResolver(() => [CriterionValue], { description: 'Each criterion\'s weighted contribution; they add up to equityScore.' })
  scoreBreakdown(@Parent() item: ScenarioItem): CriterionValue[] {
    return Object.entries(item.scoreBreakdown).map(([criterionKey, value]) => ({ criterionKey, value }));
  }
}

@Resolver(() => Allocation)
export class AllocationResolver {
  @FieldResolver(() => Request)
  request(@Parent() allocation: Allocation, @Ctx() context: HubContext): Request | Promise<Request> {
    const found = (request: Request | null) => {
      if (!request) throw new NotFoundError('Request', allocation.request.id);
      return request;
    };
    return andThen(prefetched<Request | null>(allocation, 'request') ?? requestLoaders(context).requestById.load(allocation.request.id), found);
  }

  @FieldResolver(() => Scenario)
  async scenario(@Parent() allocation: Allocation, @Ctx() context: HubContext): Promise<Scenario> {
    const scenario = await scenarioLoaders(context).scenarioById.load(allocation.scenario.id);
    if (!scenario) throw new NotFoundError('Scenario', allocation.scenario.id);
    return scenario;
  }
}
