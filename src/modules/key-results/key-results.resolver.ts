import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { KeyResult, KeyResultStatus } from './key-result.entity';
import { CreateKeyResultInput, CreateObjectiveInput, UpdateKeyResultInput, UpdateObjectiveInput } from './key-results.inputs';
import { keyResultAssessmentLoader, keyResultLoaders } from './key-results.loaders';
import { KeyResultsService } from './key-results.service';
import { Objective } from './objective.entity';
import { Parent } from '../shared/parent';

@Resolver()
export class KeyResultsResolver {
  @Authorized()
  @Query(() => [Objective])
  objectives(@Ctx() context: HubContext): Promise<Objective[]> {
    return new KeyResultsService(context).objectives();
  }

  @Authorized()
  @Query(() => [KeyResult], { description: 'Key results (of one objective, or all) with current values measured from the data.' })
  keyResults(@Arg('objectiveId', () => ID, { nullable: true }) objectiveId: string | null, @Ctx() context: HubContext): Promise<KeyResult[]> {
    return new KeyResultsService(context).keyResults(objectiveId ?? null);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Objective)
  createObjective(@Arg('input') input: CreateObjectiveInput, @Ctx() context: HubContext): Promise<Objective> {
    return new KeyResultsService(context).createObjective(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Objective)
  updateObjective(@Arg('input') input: UpdateObjectiveInput, @Ctx() context: HubContext): Promise<Objective> {
    return new KeyResultsService(context).updateObjective(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => KeyResult)
  createKeyResult(@Arg('input') input: CreateKeyResultInput, @Ctx() context: HubContext): Promise<KeyResult> {
    return new KeyResultsService(context).createKeyResult(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => KeyResult)
  updateKeyResult(@Arg('input') input: UpdateKeyResultInput, @Ctx() context: HubContext): Promise<KeyResult> {
    return new KeyResultsService(context).updateKeyResult(input);
  }
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @FieldResolver(() => [KeyResult])
  keyResults(@Parent() objective: Objective, @Ctx() context: HubContext): Promise<KeyResult[]> {
    return keyResultLoaders(context).keyResultsByObjective.load(objective.id);
  }
}

@Resolver(() => KeyResult)
export class KeyResultResolver {
  @FieldResolver(() => Objective)
  async objective(@Parent() keyResult: KeyResult, @Ctx() context: HubContext): Promise<Objective> {
    return (await keyResultLoaders(context).objectiveById.load(keyResult.objective.id))!;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Measured now; null when the data cannot say (e.g. a suppressed survey cell).' })
  async currentValue(@Parent() keyResult: KeyResult, @Ctx() context: HubContext): Promise<number | null> {
    return (await keyResultAssessmentLoader(context).load(keyResult)).currentValue;
  }

  @FieldResolver(() => Float, { nullable: true, description: '(currentValue - baseline) / (target - baseline); 1 = target reached.' })
  async progress(@Parent() keyResult: KeyResult, @Ctx() context: HubContext): Promise<number | null> {
    return (await keyResultAssessmentLoader(context).load(keyResult)).progress;
  }

  @FieldResolver(() => Float, { description: 'Share of the time from startDate to targetDate that has passed (0..1).' })
  async expectedProgress(@Parent() keyResult: KeyResult, @Ctx() context: HubContext): Promise<number> {
    return (await keyResultAssessmentLoader(context).load(keyResult)).expectedProgress;
  }

  @FieldResolver(() => KeyResultStatus, { nullable: true, description: 'Null when currentValue is null.' })
  async status(@Parent() keyResult: KeyResult, @Ctx() context: HubContext): Promise<KeyResultStatus | null> {
    return (await keyResultAssessmentLoader(context).load(keyResult)).status;
  }
}
