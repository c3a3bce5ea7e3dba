import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { mayReadVisitDetails } from '../../core/redaction-policy';
import { runWrite, type WriteScope } from '../../core/unit-of-work';
import { EngagementSession } from '../engagement/engagement-session.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { School } from '../geography/school.entity';
import { findPlain } from '../shared/plain-rows';
import { assertVersion, snapshot } from '../shared/snapshot';
import { EngagementCommitment } from './engagement-commitment.entity';
import { EngagementPhase, EngagementPhaseKind } from './engagement-phase.entity';
import { EngagementPlan } from './engagement-plan.entity';
import { PersonalVisit } from './personal-visit.entity';
import { assertNoContactDetails } from './personal-data';
import { RecommendationStatus, SchoolRecommendation } from './school-recommendation.entity';
import { schoolYearWindow, within } from './school-year';
import { schoolEngagementLoaders } from './school-engagement.loaders';
import { computeSchoolReport, type SchoolReport } from './school-report';
import { renderSchoolReportPdf } from './school-report-pdf';
import { SurveyWave } from '../surveys/survey-wave.entity';
import type { SchoolReportPeriod } from './school-recommendation.entity';
import { geographyLoaders } from '../geography/geography.loaders';
import type {
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

/** Which recommendation statuses may follow which. */
const NEXT_STATUSES: Record<RecommendationStatus, RecommendationStatus[]> = {
  [RecommendationStatus.PROPOSED]: [RecommendationStatus.ACCEPTED, RecommendationStatus.DECLINED],
  [RecommendationStatus.ACCEPTED]: [RecommendationStatus.IMPLEMENTED, RecommendationStatus.DECLINED],
  [RecommendationStatus.IMPLEMENTED]: [],
  [RecommendationStatus.DECLINED]: [],
};

export interface PlanListFilter {
  schoolId?: string | null;
  schoolYear?: string | null;
}

async function findOrFail<T extends object>(em: EntityManager, entity: new () => T, name: string, id: string): Promise<T> {
  const found = await em.findOne(entity, id as never);
  if (!found) throw new NotFoundError(name, id);
  return found;
}

function assertDates(startsAt: Date, endsAt: Date | null | undefined): void {
  if (endsAt && endsAt < startsAt) throw new BadUserInputError('A phase cannot end before it starts');
}

function assertInSchoolYear(plan: EngagementPlan, at: Date, what: string): void {
  if (!within(schoolYearWindow(plan.schoolYear), at)) throw new BadUserInputError(`${what} must fall in the plan's school year ${plan.schoolYear} (1 July to 30 June)`);
}

export class SchoolEngagementService {
  constructor(private readonly context: HubContext) {}

  // ---- reads ----

  engagementPlans(filter: PlanListFilter): Promise<EngagementPlan[]> {
    if (filter.schoolYear) schoolYearWindow(filter.schoolYear);
    return findPlain(
      this.context.em,
      EngagementPlan,
      { ...(filter.schoolId ? { school: filter.schoolId } : {}), ...(filter.schoolYear ? { schoolYear: filter.schoolYear } : {}) },
      { orderBy: { schoolYear: 'desc', createdAt: 'asc', id: 'asc' } },
    );
  }

  async engagementPlan(id: string): Promise<EngagementPlan> {
    const plan = await schoolEngagementLoaders(this.context).planById.load(id);
    if (!plan) throw new NotFoundError('EngagementPlan', id);
    return plan;
  }

  /** null for anyone but district staff: the public sees how many visits, never one. */
  async visitsOfPhase(phaseId: string): Promise<PersonalVisit[] | null> {
    if (!mayReadVisitDetails(this.context.viewer!)) return null;
    return schoolEngagementLoaders(this.context).visitsByPhase.load(phaseId);
  }

  async personalVisits(phaseId: string): Promise<PersonalVisit[]> {
    if (!(await schoolEngagementLoaders(this.context).phaseById.load(phaseId))) throw new NotFoundError('EngagementPhase', phaseId);
    return schoolEngagementLoaders(this.context).visitsByPhase.load(phaseId);
  }

  /** Public figures for everyone; the visit summary for district staff only; survey figures suppressed for everyone alike. */
  async schoolReport(planId: string, period: SchoolReportPeriod): Promise<SchoolReport> {
    const plan = await this.engagementPlan(planId);
    const school = (await geographyLoaders(this.context).schoolById.load(plan.school.id))!;
    return computeSchoolReport(this.context.em, plan, school.region.id, period, {
      includeVisitDetails: mayReadVisitDetails(this.context.viewer!),
      minCellSize: this.context.config.MIN_CELL_SIZE,
    });
  }

  /** The same report as `schoolReport`, as a PDF, with the names its ids stand for. */
  async schoolReportPdf(planId: string, period: SchoolReportPeriod): Promise<Buffer> {
    const report = await this.schoolReport(planId, period);
    const school = (await geographyLoaders(this.context).schoolById.load(report.schoolId))!;
    const region = (await geographyLoaders(this.context).regionById.load(school.region.id))!;
    const waveIds = [...new Set(report.surveys.flatMap((survey) => survey.cells.map((cell) => cell.group.waveId)).filter((id): id is string => id !== null))];
    const waves = waveIds.length === 0 ? [] : await findPlain(this.context.em, SurveyWave, { id: { $in: waveIds } });
    const visitGroupIds = (report.visits?.byFocalGroup ?? []).map((row) => row.key).filter((id): id is string => id !== null);
    const extraGroups = visitGroupIds.length === 0 ? [] : await findPlain(this.context.em, FocalGroup, { id: { $in: visitGroupIds } });
    return renderSchoolReportPdf(report, {
      schoolName: school.name,
      regionName: region.name,
      titleOne: school.titleOne,
      highPriority: school.highPriority,
      focalGroups: new Map([...report.attendance.map((group) => [group.focalGroupId, group.focalGroup.name] as const), ...extraGroups.map((group) => [group.id, group.name] as const)]),
      waves: new Map(waves.map((wave) => [wave.id, wave.name])),
      generatedAt: new Date(),
    });
  }

  // ---- writes ----

  createEngagementPlan(input: CreateEngagementPlanInput): Promise<EngagementPlan> {
    schoolYearWindow(input.schoolYear);
    return this.writePlan('createEngagementPlan', async ({ em, audit }) => {
      const school = await findOrFail(em, School, 'School', input.schoolId);
      if (await em.count(EngagementPlan, { school, schoolYear: input.schoolYear })) {
        throw new ConflictError(`${school.name} already has an engagement plan for ${input.schoolYear}`, { schoolId: school.id, schoolYear: input.schoolYear });
      }
      const plan = em.create(EngagementPlan, { school, schoolYear: input.schoolYear, origin: input.origin, originReason: input.originReason });
      await em.flush();
      audit({ action: 'createEngagementPlan', entityType: 'EngagementPlan', entityId: plan.id, after: snapshot(plan) });
      return { plan, result: plan };
    });
  }

  updateEngagementPlan(input: UpdateEngagementPlanInput): Promise<EngagementPlan> {
    return this.writePlan('updateEngagementPlan', async ({ em, audit }) => {
      const plan = await findOrFail(em, EngagementPlan, 'EngagementPlan', input.id);
      assertVersion(plan, input.version, 'EngagementPlan');
      const before = snapshot(plan);
      if (input.origin != null) plan.origin = input.origin;
      if (input.originReason != null) plan.originReason = input.originReason;
      await em.flush();
      audit({ action: 'updateEngagementPlan', entityType: 'EngagementPlan', entityId: plan.id, before, after: snapshot(plan) });
      return { plan, result: plan };
    });
  }

  recordEngagementIntake(input: RecordEngagementIntakeInput): Promise<EngagementPlan> {
    assertNoContactDetails('participants', input.participants);
    assertNoContactDetails('agreedNeeds', input.agreedNeeds);
    return this.writePlan('recordEngagementIntake', async ({ em, audit }) => {
      const plan = await findOrFail(em, EngagementPlan, 'EngagementPlan', input.id);
      assertVersion(plan, input.version, 'EngagementPlan');
      const before = snapshot(plan);
      plan.intakeHeldAt = input.heldAt;
      plan.intakeParticipants = input.participants;
      plan.agreedNeeds = input.agreedNeeds;
      await em.flush();
      audit({ action: 'recordEngagementIntake', entityType: 'EngagementPlan', entityId: plan.id, before, after: snapshot(plan) });
      return { plan, result: plan };
    });
  }

  addEngagementCommitment(input: AddEngagementCommitmentInput): Promise<EngagementCommitment> {
    return this.writePlan('addEngagementCommitment', async ({ em, audit }) => {
      const plan = await findOrFail(em, EngagementPlan, 'EngagementPlan', input.planId);
      const commitment = em.create(EngagementCommitment, { plan, party: input.party, description: input.description, owner: input.owner, dueAt: input.dueAt });
      await em.flush();
      audit({ action: 'addEngagementCommitment', entityType: 'EngagementCommitment', entityId: commitment.id, after: snapshot(commitment) });
      return { plan, result: commitment };
    });
  }

  updateEngagementCommitment(input: UpdateEngagementCommitmentInput): Promise<EngagementCommitment> {
    return this.writePlan('updateEngagementCommitment', async ({ em, audit }) => {
      const commitment = await findOrFail(em, EngagementCommitment, 'EngagementCommitment', input.id);
      assertVersion(commitment, input.version, 'EngagementCommitment');
      const before = snapshot(commitment);
      if (input.status != null) commitment.status = input.status;
      if (input.description != null) commitment.description = input.description;
      if (input.owner != null) commitment.owner = input.owner;
      if (input.dueAt != null) commitment.dueAt = input.dueAt;
      await em.flush();
      audit({ action: 'updateEngagementCommitment', entityType: 'EngagementCommitment', entityId: commitment.id, before, after: snapshot(commitment) });
      return { plan: await em.findOneOrFail(EngagementPlan, commitment.plan.id), result: commitment };
    });
  }

  addEngagementPhase(input: AddEngagementPhaseInput): Promise<EngagementPhase> {
    assertDates(input.startsAt, input.endsAt);
    return this.writePlan('addEngagementPhase', async ({ em, audit }) => {
      const plan = await findOrFail(em, EngagementPlan, 'EngagementPlan', input.planId);
      assertInSchoolYear(plan, input.startsAt, 'A phase\'s start');
      const phase = em.create(EngagementPhase, { plan, kind: input.kind, objectives: input.objectives, startsAt: input.startsAt, endsAt: input.endsAt ?? null });
      await em.flush();
      audit({ action: 'addEngagementPhase', entityType: 'EngagementPhase', entityId: phase.id, after: snapshot(phase) });
      return { plan, result: phase };
    });
  }

  updateEngagementPhase(input: UpdateEngagementPhaseInput): Promise<EngagementPhase> {
    return this.writePlan('updateEngagementPhase', async ({ em, audit }) => {
      const phase = await findOrFail(em, EngagementPhase, 'EngagementPhase', input.id);
      assertVersion(phase, input.version, 'EngagementPhase');
      const plan = await em.findOneOrFail(EngagementPlan, phase.plan.id);
      const before = snapshot(phase);
      if (input.objectives != null) phase.objectives = input.objectives;
      if (input.startsAt != null) {
        assertInSchoolYear(plan, input.startsAt, 'A phase\'s start');
        phase.startsAt = input.startsAt;
      }
      if (input.endsAt !== undefined) phase.endsAt = input.endsAt;
      assertDates(phase.startsAt, phase.endsAt);
      await em.flush();
      audit({ action: 'updateEngagementPhase', entityType: 'EngagementPhase', entityId: phase.id, before, after: snapshot(phase) });
      return { plan, result: phase };
    });
  }

  /** Attaches an engagement session held at the plan's school to one of its phases (phaseId null detaches it). */
  attachSessionToPhase(sessionId: string, phaseId: string | null): Promise<EngagementSession> {
    return runWrite(this.context, async (scope) => {
      const { em, audit } = scope;
      const session = await findOrFail(em, EngagementSession, 'EngagementSession', sessionId);
      const before = { phase: session.phase?.id ?? null };
      let plan: EngagementPlan | null = null;
      if (phaseId === null) {
        if (session.phase) plan = (await em.findOneOrFail(EngagementPhase, session.phase.id, { populate: ['plan'] })).plan;
        session.phase = null;
      } else {
        const phase = await em.findOne(EngagementPhase, phaseId, { populate: ['plan'] });
        if (!phase) throw new NotFoundError('EngagementPhase', phaseId);
        plan = phase.plan;
        if (session.school?.id !== plan.school.id) throw new BadUserInputError('Only a session held at the plan\'s school can attach to its phases', { sessionId, phaseId });
        assertInSchoolYear(plan, session.heldAt, 'The session');
        session.phase = phase;
      }
      session.updatedAt = new Date();
      await em.flush();
      audit({ action: 'attachSessionToPhase', entityType: 'EngagementSession', entityId: session.id, before, after: { phase: phaseId } });
      if (plan) this.announce(scope, plan, 'attachSessionToPhase');
      return session;
    });
  }

  recordPersonalVisit(input: RecordPersonalVisitInput): Promise<PersonalVisit> {
    assertNoContactDetails('topics', input.topics);
    assertNoContactDetails('followUps', input.followUps);
    assertNoContactDetails('staffRole', [input.staffRole]);
    return this.writePlan('recordPersonalVisit', async ({ em, audit }) => {
      const phase = await em.findOne(EngagementPhase, input.phaseId, { populate: ['plan'] });
      if (!phase) throw new NotFoundError('EngagementPhase', input.phaseId);
      if (phase.kind !== EngagementPhaseKind.PERSONAL_VISITS) throw new BadUserInputError('Personal visits belong to a PERSONAL_VISITS phase', { phaseId: phase.id });
      assertInSchoolYear(phase.plan, input.visitedAt, 'The visit');
      const focalGroup = input.focalGroupId ? await findOrFail(em, FocalGroup, 'FocalGroup', input.focalGroupId) : null;
      const visit = em.create(PersonalVisit, {
        phase,
        visitedAt: input.visitedAt,
        focalGroup,
        language: input.language,
        staffRole: input.staffRole,
        topics: input.topics,
        followUps: input.followUps,
      });
      await em.flush();
      audit({ action: 'recordPersonalVisit', entityType: 'PersonalVisit', entityId: visit.id, after: snapshot(visit) });
      return { plan: phase.plan, result: visit };
    });
  }

  proposeSchoolRecommendation(input: ProposeSchoolRecommendationInput): Promise<SchoolRecommendation> {
    return this.writePlan('proposeSchoolRecommendation', async ({ em, audit }) => {
      const plan = await findOrFail(em, EngagementPlan, 'EngagementPlan', input.planId);
      const recommendation = em.create(SchoolRecommendation, { plan, period: input.period, text: input.text });
      await em.flush();
      audit({ action: 'proposeSchoolRecommendation', entityType: 'SchoolRecommendation', entityId: recommendation.id, after: snapshot(recommendation) });
      return { plan, result: recommendation };
    });
  }

  decideSchoolRecommendation(input: DecideSchoolRecommendationInput): Promise<SchoolRecommendation> {
    const reason = input.reason?.trim() || null;
    if (input.status === RecommendationStatus.DECLINED && !reason) throw new BadUserInputError('A declined recommendation needs the reason it was declined', { field: 'reason' });
    if (input.status !== RecommendationStatus.DECLINED && reason) throw new BadUserInputError('A reason is recorded only when a recommendation is declined', { field: 'reason' });
    return this.writePlan('decideSchoolRecommendation', async ({ em, audit }) => {
      const recommendation = await findOrFail(em, SchoolRecommendation, 'SchoolRecommendation', input.id);
      assertVersion(recommendation, input.version, 'SchoolRecommendation');
      if (!NEXT_STATUSES[recommendation.status].includes(input.status)) {
        throw new BadUserInputError(`A ${recommendation.status} recommendation cannot become ${input.status}`, { from: recommendation.status, to: input.status });
      }
      const before = snapshot(recommendation);
      recommendation.status = input.status;
      recommendation.declineReason = reason;
      recommendation.decidedAt = new Date();
      if (input.decidedBy !== undefined && input.decidedBy !== null) recommendation.decidedBy = input.decidedBy;
      await em.flush();
      audit({ action: 'decideSchoolRecommendation', entityType: 'SchoolRecommendation', entityId: recommendation.id, before, after: snapshot(recommendation) });
      return { plan: await em.findOneOrFail(EngagementPlan, recommendation.plan.id), result: recommendation };
    });
  }

  /** One write on a plan: its transaction, audit, and an engagementPlanUpdated event after commit. */
  private writePlan<T>(change: string, work: (scope: WriteScope) => Promise<{ plan: EngagementPlan; result: T }>): Promise<T> {
    return runWrite(this.context, async (scope) => {
      const { plan, result } = await work(scope);
      this.announce(scope, plan, change);
      return result;
    });
  }

  private announce(scope: WriteScope, plan: EngagementPlan, change: string): void {
    scope.publish({
      topic: Topic.ENGAGEMENT_PLAN_UPDATED,
      payload: { planId: plan.id, schoolId: plan.school.id, schoolYear: plan.schoolYear, change, occurredAt: new Date().toISOString() },
    });
  }
}
