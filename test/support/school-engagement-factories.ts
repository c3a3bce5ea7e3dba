import type { EntityManager } from '@mikro-orm/postgresql';
import { EngagementSession, EngagementSessionKind, ProcessStep } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { FocalGroup, FocalGroupCategory } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { CommitmentParty, CommitmentStatus, EngagementCommitment } from '../../src/modules/school-engagement/engagement-commitment.entity';
import { EngagementPhase, EngagementPhaseKind } from '../../src/modules/school-engagement/engagement-phase.entity';
import { EngagementPlan, EngagementPlanOrigin } from '../../src/modules/school-engagement/engagement-plan.entity';
import { PersonalVisit } from '../../src/modules/school-engagement/personal-visit.entity';

/** Factories that arrange school-engagement data directly in the database (flush is the caller's). */
export const makeRegion = (em: EntityManager, code: string) => em.create(Region, { name: `${code.toLowerCase()} region`, code });

export const makeSchool = (em: EntityManager, region: Region, name: string, flags: { titleOne?: boolean; highPriority?: boolean } = {}) =>
  em.create(School, { name, region, titleOne: flags.titleOne ?? false, highPriority: flags.highPriority ?? false });

export const makeFocalGroup = (em: EntityManager, name: string, populationShare: number, region: Region | null) =>
  em.create(FocalGroup, { name, category: FocalGroupCategory.COMMUNITY, populationShare, region });

export function makeSession(
  em: EntityManager,
  school: School,
  heldAt: string,
  totalAttendees: number,
  attendance: [FocalGroup, number][],
  phase: EngagementPhase | null = null,
): EngagementSession {
  const session = em.create(EngagementSession, {
    title: `Session at ${school.name} on ${heldAt.slice(0, 10)}`,
    kind: EngagementSessionKind.SMALL_GROUP,
    region: school.region,
    school,
    phase,
    heldAt: new Date(heldAt),
    processStep: ProcessStep.EXPLORING,
    totalAttendees,
  });
  for (const [focalGroup, count] of attendance) em.create(SessionAttendance, { session, focalGroup, count });
  return session;
}

export const makePlan = (em: EntityManager, school: School, schoolYear: string) =>
  em.create(EngagementPlan, { school, schoolYear, origin: EngagementPlanOrigin.INITIATED_BY_TEAM, originReason: 'Title I school with low family survey response' });

export const makePhase = (em: EntityManager, plan: EngagementPlan, kind: EngagementPhaseKind, startsAt: string) =>
  em.create(EngagementPhase, { plan, kind, objectives: [`Objective of ${kind}`], startsAt: new Date(startsAt) });

export const makeVisit = (em: EntityManager, phase: EngagementPhase, visitedAt: string, focalGroup: FocalGroup | null, language: string, topics: string[], followUps: string[] = []) =>
  em.create(PersonalVisit, { phase, visitedAt: new Date(visitedAt), focalGroup, language, staffRole: 'Family liaison', topics, followUps });

export const makeCommitment = (em: EntityManager, plan: EngagementPlan, party: CommitmentParty, dueAt: string, status: CommitmentStatus) =>
  em.create(EngagementCommitment, { plan, party, description: `${party} commitment due ${dueAt.slice(0, 10)}`, owner: party === CommitmentParty.DISTRICT ? 'Engagement team lead' : 'Principal', dueAt: new Date(dueAt), status });
