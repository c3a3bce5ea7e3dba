import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { Request } from '../requests/request.entity';
import { EquityLens } from './equity-lens.entity';
import { CreateEquityLensInput, CriterionScoreInput, UpdateEquityLensInput } from './equity-lenses.inputs';
import { EquityLensService } from './equity-lenses.service';
import { ReviewScore } from './review-score.entity';
import { requestLoaders } from '../requests/requests.loaders';
import { Parent } from '../shared/parent';

@Resolver()
export class EquityLensResolver {
  @Authorized()
  @Query(() => [EquityLens], { description: 'The latest revision of each lens, or every revision.' })
  equityLenses(
    @Arg('includeAllRevisions', { defaultValue: false }) includeAllRevisions: boolean,
    @Ctx() context: HubContext,
  ): Promise<EquityLens[]> {
    return new EquityLensService(context).equityLenses(includeAllRevisions);
  }

  @Authorized()
  @Query(() => EquityLens)
  equityLens(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<EquityLens> {
    return new EquityLensService(context).equityLens(id);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => EquityLens)
  createEquityLens(@Arg('input') input: CreateEquityLensInput, @Ctx() context: HubContext): Promise<EquityLens> {
    return new EquityLensService(context).createEquityLens(input);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => EquityLens, { description: 'Edits the lens, or returns a new revision when an adopted scenario used this one.' })
  updateEquityLens(@Arg('input') input: UpdateEquityLensInput, @Ctx() context: HubContext): Promise<EquityLens> {
    return new EquityLensService(context).updateEquityLens(input);
  }

  @Authorized(Role.LIAISON, Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => [ReviewScore], { description: 'Records your 0–5 scores of a request on reviewed criteria, replacing your earlier ones.' })
  scoreRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('lensId', () => ID) lensId: string,
    @Arg('scores', () => [CriterionScoreInput]) scores: CriterionScoreInput[],
    @Ctx() context: HubContext,
  ): Promise<ReviewScore[]> {
    return new EquityLensService(context).scoreRequest(requestId, lensId, scores);
  }
}

@Resolver(() => ReviewScore)
export class ReviewScoreResolver {
  @FieldResolver(() => Request)
  async request(@Parent() score: ReviewScore, @Ctx() context: HubContext): Promise<Request> {
    const request = await requestLoaders(context).requestById.load(score.request.id);
    if (!request) throw new NotFoundError('Request', score.request.id);
    return request;
  }
}
