import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { SurveyImportResult } from './survey-import.entity';
import { SurveyItem } from './survey-item.entity';
import { SurveyDimension, SurveyGroup, SurveyResults, SurveyTrend } from './survey-results.types';
import { SurveyWave } from './survey-wave.entity';
import { Survey } from './survey.entity';
import { CreateSurveyInput, CreateSurveyItemInput, CreateSurveyWaveInput, SurveyResultsFilter, UpdateSurveyInput } from './surveys.inputs';
import { SurveysService } from './surveys.service';
import { focalGroupLoaders } from '../focal-groups/focal-groups.loaders';
import { geographyLoaders } from '../geography/geography.loaders';
import { surveyLoaders } from './surveys.loaders';
import { Parent } from '../shared/parent';

@Resolver()
export class SurveysResolver {
  @Authorized()
  @Query(() => [Survey])
  surveys(@Ctx() context: HubContext): Promise<Survey[]> {
    return new SurveysService(context).surveys();
  }

  @Authorized()
  @Query(() => Survey)
  survey(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Survey> {
    return new SurveysService(context).survey(id);
  }

  @Authorized()
  @Query(() => SurveyResults, {
    description: 'Percent favourable, mean and n by any dimensions. The same for every role: only whole publication classes of at least the configured minCellSize are counted, so no difference of two results isolates a small group.',
  })
  surveyResults(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('groupBy', () => [SurveyDimension]) groupBy: SurveyDimension[],
    @Arg('filter', () => SurveyResultsFilter, { nullable: true }) filter: SurveyResultsFilter | null,
    @Arg('minCellSize', () => Int, { nullable: true, description: 'May raise, never lower, the configured minimum.' }) minCellSize: number | null,
    @Ctx() context: HubContext,
  ): Promise<SurveyResults> {
    return new SurveysService(context).surveyResults(surveyId, groupBy, filter, minCellSize);
  }

  @Authorized()
  @Query(() => [SurveyTrend], { description: 'Change of every topic between consecutive waves, per group of groupBy (WAVE and TOPIC are implied).' })
  surveyTrends(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('groupBy', () => [SurveyDimension], { defaultValue: [] }) groupBy: SurveyDimension[],
    @Arg('filter', () => SurveyResultsFilter, { nullable: true }) filter: SurveyResultsFilter | null,
    @Arg('minCellSize', () => Int, { nullable: true }) minCellSize: number | null,
    @Ctx() context: HubContext,
  ): Promise<SurveyTrend[]> {
    return new SurveysService(context).surveyTrends(surveyId, groupBy, filter, minCellSize);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => Survey)
  createSurvey(@Arg('input') input: CreateSurveyInput, @Ctx() context: HubContext): Promise<Survey> {
    return new SurveysService(context).createSurvey(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => Survey)
  updateSurvey(@Arg('input') input: UpdateSurveyInput, @Ctx() context: HubContext): Promise<Survey> {
    return new SurveysService(context).updateSurvey(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => SurveyWave)
  createSurveyWave(@Arg('input') input: CreateSurveyWaveInput, @Ctx() context: HubContext): Promise<SurveyWave> {
    return new SurveysService(context).createSurveyWave(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => SurveyItem)
  createSurveyItem(@Arg('input') input: CreateSurveyItemInput, @Ctx() context: HubContext): Promise<SurveyItem> {
    return new SurveysService(context).createSurveyItem(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => SurveyImportResult, {
    description:
      'All or nothing: one bad row rejects the file (BAD_USER_INPUT with extensions.badRows: line and reason). The same importKey (default: the file\'s SHA-256) twice is a no-op. Large files: the import:survey CLI.',
  })
  importSurveyResponses(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('csv', { description: 'Header: wave,item,school,focal_groups,language,answer,submission_id' }) csv: string,
    @Arg('importKey', () => String, { nullable: true }) importKey: string | null,
    @Ctx() context: HubContext,
  ): Promise<SurveyImportResult> {
    return new SurveysService(context).importSurveyResponses(surveyId, csv, importKey ?? null);
  }
}

@Resolver(() => Survey)
export class SurveyResolver {
  @FieldResolver(() => [SurveyWave])
  waves(@Parent() survey: Survey, @Ctx() context: HubContext): Promise<SurveyWave[]> {
    return surveyLoaders(context).wavesBySurvey.load(survey.id);
  }

  @FieldResolver(() => [SurveyItem])
  items(@Parent() survey: Survey, @Ctx() context: HubContext): Promise<SurveyItem[]> {
    return surveyLoaders(context).itemsBySurvey.load(survey.id);
  }
}

@Resolver(() => SurveyGroup)
export class SurveyGroupResolver {
  @FieldResolver(() => SurveyWave, { nullable: true })
  wave(@Parent() group: SurveyGroup, @Ctx() context: HubContext): Promise<SurveyWave | null> {
    return group.waveId ? surveyLoaders(context).surveyWaveById.load(group.waveId) : Promise.resolve(null);
  }

  @FieldResolver(() => SurveyItem, { nullable: true })
  item(@Parent() group: SurveyGroup, @Ctx() context: HubContext): Promise<SurveyItem | null> {
    return group.itemId ? surveyLoaders(context).surveyItemById.load(group.itemId) : Promise.resolve(null);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Parent() group: SurveyGroup, @Ctx() context: HubContext): Promise<Region | null> {
    return group.regionId ? geographyLoaders(context).regionById.load(group.regionId) : Promise.resolve(null);
  }

  @FieldResolver(() => School, { nullable: true })
  school(@Parent() group: SurveyGroup, @Ctx() context: HubContext): Promise<School | null> {
    return group.schoolId ? geographyLoaders(context).schoolById.load(group.schoolId) : Promise.resolve(null);
  }

  @FieldResolver(() => FocalGroup, { nullable: true })
  focalGroup(@Parent() group: SurveyGroup, @Ctx() context: HubContext): Promise<FocalGroup | null> {
    return group.focalGroupId ? focalGroupLoaders(context).focalGroupById.load(group.focalGroupId) : Promise.resolve(null);
  }
}
