import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { BudgetCycle } from './budget-cycle.entity';
import { CreateBudgetCycleInput, UpdateBudgetCycleInput } from './budgets.inputs';
import { BudgetsService } from './budgets.service';
import { FiscalYear } from './fiscal-year.entity';
import { Parent } from '../shared/parent';

@Resolver()
export class BudgetsResolver {
  @Authorized()
  @Query(() => [BudgetCycle], { description: 'Budget cycles by name; the envelopes are public.' })
  budgetCycles(@Ctx() context: HubContext): Promise<BudgetCycle[]> {
    return new BudgetsService(context).budgetCycles();
  }

  @Authorized()
  @Query(() => BudgetCycle)
  budgetCycle(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<BudgetCycle> {
    return new BudgetsService(context).budgetCycle(id);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => BudgetCycle)
  createBudgetCycle(@Arg('input') input: CreateBudgetCycleInput, @Ctx() context: HubContext): Promise<BudgetCycle> {
    return new BudgetsService(context).createBudgetCycle(input);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => BudgetCycle)
  updateBudgetCycle(@Arg('input') input: UpdateBudgetCycleInput, @Ctx() context: HubContext): Promise<BudgetCycle> {
    return new BudgetsService(context).updateBudgetCycle(input);
  }
}

@Resolver(() => BudgetCycle)
export class BudgetCycleResolver {
  @FieldResolver(() => [FiscalYear], { description: 'The years of the cycle, in order.' })
  fiscalYears(@Parent() cycle: BudgetCycle, @Ctx() context: HubContext): Promise<FiscalYear[]> {
    return new BudgetsService(context).fiscalYears(cycle);
  }
}
