import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { School } from '../geography/school.entity';
import { geographyLoaders } from '../geography/geography.loaders';
import { Partner } from '../partners/partner.entity';
import { partnerLoaders } from '../partners/partners.loaders';
import { CareerParticipation } from './career-participation.entity';
import { CommunityExperienceCount } from './community-experience.entity';
import { RecordCareerParticipationInput, RecordCommunityExperiencesInput } from './pathways.inputs';
import { PathwaysService } from './pathways.service';
import { Parent } from '../shared/parent';

@Resolver()
export class PathwaysResolver {
  @Authorized()
  @Query(() => [CareerParticipation], { description: 'Career-programme participation by profession and school in a school year (aggregate counts).' })
  careerParticipation(@Arg('schoolYear') schoolYear: string, @Ctx() context: HubContext): Promise<CareerParticipation[]> {
    return new PathwaysService(context).careerParticipation(schoolYear);
  }

  @Authorized()
  @Query(() => [CommunityExperienceCount], { description: '9th graders with a community-based experience, per school, in a school year.' })
  communityExperiences(@Arg('schoolYear') schoolYear: string, @Ctx() context: HubContext): Promise<CommunityExperienceCount[]> {
    return new PathwaysService(context).communityExperiences(schoolYear);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => CareerParticipation)
  recordCareerParticipation(@Arg('input') input: RecordCareerParticipationInput, @Ctx() context: HubContext): Promise<CareerParticipation> {
    return new PathwaysService(context).recordCareerParticipation(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => CommunityExperienceCount)
  recordCommunityExperiences(@Arg('input') input: RecordCommunityExperiencesInput, @Ctx() context: HubContext): Promise<CommunityExperienceCount> {
    return new PathwaysService(context).recordCommunityExperiences(input);
  }
}

@Resolver(() => CareerParticipation)
export class CareerParticipationResolver {
  @FieldResolver(() => School)
  async school(@Parent() row: CareerParticipation, @Ctx() context: HubContext): Promise<School> {
    return (await geographyLoaders(context).schoolById.load(row.school.id))!;
  }

  @FieldResolver(() => Partner, { nullable: true })
  async partner(@Parent() row: CareerParticipation, @Ctx() context: HubContext): Promise<Partner | null> {
    return row.partner ? partnerLoaders(context).partnerById.load(row.partner.id) : null;
  }
}

@Resolver(() => CommunityExperienceCount)
export class CommunityExperienceCountResolver {
  @FieldResolver(() => School)
  async school(@Parent() row: CommunityExperienceCount, @Ctx() context: HubContext): Promise<School> {
    return (await geographyLoaders(context).schoolById.load(row.school.id))!;
  }
}
