import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Subscription } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import type { HubContext } from '../../core/context';
import { Topic, type EngagementPlanUpdatedEvent } from '../../core/pubsub';
import { Role } from '../../core/viewer';
import { EngagementSession } from '../engagement/engagement-session.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { focalGroupLoaders } from '../focal-groups/focal-groups.loaders';
import { School } from '../geography/school.entity';
import { geographyLoaders } from '../geography/geography.loaders';
import { EngagementCommitment } from './engagement-commitment.entity';
import { EngagementPhase } from './engagement-phase.entity';
import { EngagementPlan } from './engagement-plan.entity';
import { PersonalVisit } from './personal-visit.entity';
import { SchoolRecommendation, SchoolReportPeriod } from './school-recommendation.entity';
import { SchoolReport } from './school-report';
import {
  AddEngagementCommitmentInput,
  AddEngagementPhaseInput,
  CreateEngagementPlanInput,
  DecideSchoolRecommendationInput,
  ProposeSchoolRecommendationInput,
  RecordEngagementIntakeInput,
  RecordPersonalVisitInput,
  UpdateEngagementCommitmentInput,
  UpdateEngagementPhaseInput,
  UpdateEngagementPlanInput,
} from './school-engagement.inputs';
import { schoolEngagementLoaders } from './school-engagement.loaders';
import { SchoolEngagementService } from './school-engagement.service';
import { Parent } from '../shared/parent';

const MANAGERS = [Role.LIAISON, Role.ADMIN];
const STAFF = [Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON];

@ObjectType({ description: 'Something in an engagement plan changed (committed).' })
export class EngagementPlanUpdate {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field()
  schoolYear!: string;

  @Field({ description: 'The mutation that changed it, e.g. "addEngagementCommitment".' })
  change!: string;

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}

@Resolver()
export class SchoolEngagementResolver {
  @Authorized()
  @Query(() => [EngagementPlan], { description: 'Engagement plans, newest school year first. Plans are public; personal visits are not.' })
  engagementPlans(
    @Arg('schoolId', () => ID, { nullable: true }) schoolId: string | null,
    @Arg('schoolYear', () => String, { nullable: true, description: 'e.g. "2026-27"' }) schoolYear: string | null,
    @Ctx() context: HubContext,
  ): Promise<EngagementPlan[]> {
    return new SchoolEngagementService(context).engagementPlans({ schoolId, schoolYear });
  }

  @Authorized()
  @Query(() => EngagementPlan)
  engagementPlan(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<EngagementPlan> {
    return new SchoolEngagementService(context).engagementPlan(id);
  }

  @Authorized(...STAFF)
  @Query(() => [PersonalVisit], { description: 'The personal visits of a phase: district staff only.' })
  personalVisits(@Arg('phaseId', () => ID) phaseId: string, @Ctx() context: HubContext): Promise<PersonalVisit[]> {
    return new SchoolEngagementService(context).personalVisits(phaseId);
  }

  @Authorized()
  @Query(() => SchoolReport, {
    description:
      'The biannual report of a plan computed from the data; survey figures under the survey suppression rules for every role, the visit summary for district staff only. Also as PDF: GET /exports/school-report.pdf?planId=&period=.',
  })
  schoolReport(
    @Arg('planId', () => ID) planId: string,
    @Arg('period', () => SchoolReportPeriod) period: SchoolReportPeriod,
    @Ctx() context: HubContext,
  ): Promise<SchoolReport> {
    return new SchoolEngagementService(context).schoolReport(planId, period);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementPlan, { description: 'One plan per school and school year; a second is a CONFLICT.' })
  createEngagementPlan(@Arg('input') input: CreateEngagementPlanInput, @Ctx() context: HubContext): Promise<EngagementPlan> {
    return new SchoolEngagementService(context).createEngagementPlan(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementPlan)
  updateEngagementPlan(@Arg('input') input: UpdateEngagementPlanInput, @Ctx() context: HubContext): Promise<EngagementPlan> {
    return new SchoolEngagementService(context).updateEngagementPlan(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementPlan, { description: 'Records (or corrects) the intake held with the school leaders.' })
  recordEngagementIntake(@Arg('input') input: RecordEngagementIntakeInput, @Ctx() context: HubContext): Promise<EngagementPlan> {
    return new SchoolEngagementService(context).recordEngagementIntake(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementCommitment)
  addEngagementCommitment(@Arg('input') input: AddEngagementCommitmentInput, @Ctx() context: HubContext): Promise<EngagementCommitment> {
    return new SchoolEngagementService(context).addEngagementCommitment(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementCommitment, { description: 'E.g. mark it KEPT or MISSED.' })
  updateEngagementCommitment(@Arg('input') input: UpdateEngagementCommitmentInput, @Ctx() context: HubContext): Promise<EngagementCommitment> {
    return new SchoolEngagementService(context).updateEngagementCommitment(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementPhase)
  addEngagementPhase(@Arg('input') input: AddEngagementPhaseInput, @Ctx() context: HubContext): Promise<EngagementPhase> {
    return new SchoolEngagementService(context).addEngagementPhase(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementPhase)
  updateEngagementPhase(@Arg('input') input: UpdateEngagementPhaseInput, @Ctx() context: HubContext): Promise<EngagementPhase> {
    return new SchoolEngagementService(context).updateEngagementPhase(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EngagementSession, { description: "Attaches a session held at the plan's school to a phase; phaseId null detaches it." })
  attachSessionToPhase(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('phaseId', () => ID, { nullable: true }) phaseId: string | null,
    @Ctx() context: HubContext,
  ): Promise<EngagementSession> {
    return new SchoolEngagementService(context).attachSessionToPhase(sessionId, phaseId ?? null);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => PersonalVisit, { description: 'Refused (BAD_USER_INPUT) when topics or follow-ups contain an e-mail address or a phone number.' })
  recordPersonalVisit(@Arg('input') input: RecordPersonalVisitInput, @Ctx() context: HubContext): Promise<PersonalVisit> {
    return new SchoolEngagementService(context).recordPersonalVisit(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => SchoolRecommendation)
  proposeSchoolRecommendation(@Arg('input') input: ProposeSchoolRecommendationInput, @Ctx() context: HubContext): Promise<SchoolRecommendation> {
    return new SchoolEngagementService(context).proposeSchoolRecommendation(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => SchoolRecommendation, { description: 'Records the school leader\'s decision (ACCEPTED, DECLINED with a reason) or the implementation.' })
  decideSchoolRecommendation(@Arg('input') input: DecideSchoolRecommendationInput, @Ctx() context: HubContext): Promise<SchoolRecommendation> {
    return new SchoolEngagementService(context).decideSchoolRecommendation(input);
  }

  @Authorized(...STAFF)
  @Subscription(() => EngagementPlanUpdate, {
    description: 'Committed changes to engagement plans (intake, commitments, phases, sessions, visits, recommendations): district staff only.',
    subscribe: ({ args, context }) =>
      pipe(
        (context as HubContext).pubSub.subscribe(Topic.ENGAGEMENT_PLAN_UPDATED),
        filter((event: EngagementPlanUpdatedEvent) => (!args.planId || event.planId === args.planId) && (!args.schoolId || event.schoolId === args.schoolId)),
      ),
  })
  engagementPlanUpdated(
    @Parent() event: EngagementPlanUpdatedEvent,
    @Arg('planId', () => ID, { nullable: true }) _planId: string | null,
    @Arg('schoolId', () => ID, { nullable: true }) _schoolId: string | null,
  ): EngagementPlanUpdate {
    return { ...event, occurredAt: new Date(event.occurredAt) };
  }
}

@Resolver(() => EngagementPlan)
export class EngagementPlanResolver {
  @FieldResolver(() => School)
  async school(@Parent() plan: EngagementPlan, @Ctx() context: HubContext): Promise<School> {
    return (await geographyLoaders(context).schoolById.load(plan.school.id))!;
  }

  @FieldResolver(() => [EngagementCommitment], { description: 'By due date.' })
  commitments(@Parent() plan: EngagementPlan, @Ctx() context: HubContext): Promise<EngagementCommitment[]> {
    return schoolEngagementLoaders(context).commitmentsByPlan.load(plan.id);
  }

  @FieldResolver(() => [EngagementPhase], { description: 'By start date.' })
  phases(@Parent() plan: EngagementPlan, @Ctx() context: HubContext): Promise<EngagementPhase[]> {
    return schoolEngagementLoaders(context).phasesByPlan.load(plan.id);
  }

  @FieldResolver(() => [SchoolRecommendation], { description: 'Both reports\' recommendations, oldest first.' })
  recommendations(@Parent() plan: EngagementPlan, @Ctx() context: HubContext): Promise<SchoolRecommendation[]> {
    return schoolEngagementLoaders(context).recommendationsByPlan.load(plan.id);
  }
}

@Resolver(() => EngagementPhase)
export class EngagementPhaseResolver {
  @FieldResolver(() => ID)
  planId(@Parent() phase: EngagementPhase): string {
    return phase.plan.id;
  }

  @FieldResolver(() => [EngagementSession], { description: 'Engagement sessions attached to the phase, by date.' })
  sessions(@Parent() phase: EngagementPhase, @Ctx() context: HubContext): Promise<EngagementSession[]> {
    return schoolEngagementLoaders(context).sessionsByPhase.load(phase.id);
  }

  @FieldResolver(() => Int)
  visitCount(@Parent() phase: EngagementPhase, @Ctx() context: HubContext): Promise<number> {
    return schoolEngagementLoaders(context).visitCountByPhase.load(phase.id);
  }

  @FieldResolver(() => [PersonalVisit], { nullable: true, description: 'District staff only; null for everyone else (visitCount is public).' })
  visits(@Parent() phase: EngagementPhase, @Ctx() context: HubContext): Promise<PersonalVisit[] | null> {
    return new SchoolEngagementService(context).visitsOfPhase(phase.id);
  }
}

@Resolver(() => PersonalVisit)
export class PersonalVisitResolver {
  @FieldResolver(() => FocalGroup, { nullable: true })
  focalGroup(@Parent() visit: PersonalVisit, @Ctx() context: HubContext): Promise<FocalGroup | null> {
    return visit.focalGroup ? focalGroupLoaders(context).focalGroupById.load(visit.focalGroup.id) : Promise.resolve(null);
  }

  @FieldResolver(() => ID)
  phaseId(@Parent() visit: PersonalVisit): string {
    return visit.phase.id;
  }
}

@Resolver(() => EngagementSession)
export class EngagementSessionPhaseResolver {
  @FieldResolver(() => EngagementPhase, { nullable: true, description: 'The phase of a school engagement plan the session belongs to.' })
  phase(@Parent() session: EngagementSession, @Ctx() context: HubContext): Promise<EngagementPhase | null> {
    return session.phase ? schoolEngagementLoaders(context).phaseById.load(session.phase.id) : Promise.resolve(null);
  }
}

@Resolver(() => SchoolReport)
export class SchoolReportResolver {
  @FieldResolver(() => School)
  async school(@Parent() report: SchoolReport, @Ctx() context: HubContext): Promise<School> {
    return (await geographyLoaders(context).schoolById.load(report.schoolId))!;
  }
}
