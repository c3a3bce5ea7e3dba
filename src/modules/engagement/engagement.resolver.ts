import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { EngagementSession } from './engagement-session.entity';
import { CreateEngagementSessionInput, UpdateEngagementSessionInput } from './engagement.inputs';
import { EngagementService } from './engagement.service';
import { RepresentationReport } from './representation.service';
import { SessionAttendance } from './session-attendance.entity';
import { engagementLoaders } from './engagement.loaders';
import { focalGroupLoaders } from '../focal-groups/focal-groups.loaders';
import { geographyLoaders } from '../geography/geography.loaders';
import { Parent } from '../shared/parent';

@Resolver()
export class EngagementResolver {
  @Authorized(Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON, Role.VIEWER)
  @Query(() => [EngagementSession], { description: 'Sessions ordered by date; from and to are inclusive.' })
  engagementSessions(
    @Arg('regionId', () => ID, { nullable: true }) regionId: string | null,
    @Arg('schoolId', () => ID, { nullable: true }) schoolId: string | null,
    @Arg('from', () => DateTimeISO, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTimeISO, { nullable: true }) to: Date | null,
    @Ctx() context: HubContext,
  ): Promise<EngagementSession[]> {
    return new EngagementService(context).engagementSessions({ regionId, schoolId, from, to });
  }

  @Authorized(Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON, Role.VIEWER)
  @Query(() => EngagementSession)
  engagementSession(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<EngagementSession> {
    return new EngagementService(context).engagementSession(id);
  }

  @Authorized()
  @Query(() => RepresentationReport, { description: 'A public aggregate; regionId null reports on the whole district.' })
  representation(@Arg('regionId', () => ID, { nullable: true }) regionId: string | null, @Ctx() context: HubContext): Promise<RepresentationReport> {
    return new EngagementService(context).representation(regionId ?? null);
  }

  @Authorized(Role.LIAISON, Role.ADMIN)
  @Mutation(() => EngagementSession)
  createEngagementSession(@Arg('input') input: CreateEngagementSessionInput, @Ctx() context: HubContext): Promise<EngagementSession> {
    return new EngagementService(context).createEngagementSession(input);
  }

  @Authorized(Role.LIAISON, Role.ADMIN)
  @Mutation(() => EngagementSession, { description: 'A given attendance list replaces the previous one.' })
  updateEngagementSession(@Arg('input') input: UpdateEngagementSessionInput, @Ctx() context: HubContext): Promise<EngagementSession> {
    return new EngagementService(context).updateEngagementSession(input);
  }
}

@Resolver(() => EngagementSession)
export class EngagementSessionResolver {
  @FieldResolver(() => Region)
  async region(@Parent() session: EngagementSession, @Ctx() context: HubContext): Promise<Region> {
    return (await geographyLoaders(context).regionById.load(session.region.id))!;
  }

  @FieldResolver(() => School, { nullable: true })
  async school(@Parent() session: EngagementSession, @Ctx() context: HubContext): Promise<School | null> {
    return session.school ? geographyLoaders(context).schoolById.load(session.school.id) : null;
  }

  @FieldResolver(() => [SessionAttendance], { description: 'Members of each focal group among the attendees.' })
  attendance(@Parent() session: EngagementSession, @Ctx() context: HubContext): Promise<SessionAttendance[]> {
    return engagementLoaders(context).attendanceBySession.load(session.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Visible to district staff only; null for everyone else.' })
  notes(@Parent() session: EngagementSession, @Ctx() context: HubContext): string | null {
    return new EngagementService(context).notes(session);
  }
}

@Resolver(() => SessionAttendance)
export class SessionAttendanceResolver {
  @FieldResolver(() => FocalGroup)
  async focalGroup(@Parent() attendance: SessionAttendance, @Ctx() context: HubContext): Promise<FocalGroup> {
    return (await focalGroupLoaders(context).focalGroupById.load(attendance.focalGroup.id))!;
  }
}

@Resolver(() => RepresentationReport)
export class RepresentationReportResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'null for the whole district.' })
  region(@Parent() report: RepresentationReport, @Ctx() context: HubContext): Promise<Region | null> {
    return report.regionId ? geographyLoaders(context).regionById.load(report.regionId) : Promise.resolve(null);
  }
}
