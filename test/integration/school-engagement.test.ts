import { Topic } from '../../src/core/pubsub';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import {
  AddEngagementCommitmentDocument,
  AddEngagementPhaseDocument,
  AttachSessionToPhaseDocument,
  AuditTrailDocument,
  CreateEngagementPlanDocument,
  CreateEngagementSessionDocument,
  CreateFocalGroupDocument,
  CreateRegionDocument,
  CreateSchoolDocument,
  DecideSchoolRecommendationDocument,
  EngagementPlanDocument,
  EngagementPlansDocument,
  EngagementPlanUpdatedDocument,
  PersonalVisitsDocument,
  ProposeSchoolRecommendationDocument,
  RecordEngagementIntakeDocument,
  RecordPersonalVisitDocument,
  UpdateEngagementCommitmentDocument,
  type RecordPersonalVisitInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_OCCURRED_AT, type LiveClient } from '../support/ws-client';

describe('school engagement plans', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let budget: string;
  let viewer: string;
  let partner: string;
  let regionId: string;
  let schoolId: string;
  let otherSchoolId: string;
  let renterGroupId: string;
  let planId: string;
  let inquiryPhaseId: string;
  let visitPhaseId: string;
  const clients: LiveClient[] = [];

  const visitInput = (overrides: Partial<RecordPersonalVisitInput> = {}): RecordPersonalVisitInput => ({
    phaseId: visitPhaseId,
    visitedAt: '2026-10-05T17:00:00.000Z',
    focalGroupId: renterGroupId,
    language: 'es',
    staffRole: 'Family liaison',
    topics: ['Bus schedule', 'Homework help'],
    followUps: ['Share the after-school tutoring schedule'],
    ...overrides,
  });

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    budget = await hub.token(Role.BUDGET_STAFF);
    viewer = await hub.token(Role.VIEWER);
    const em = hub.em();
    const partnerRow = em.create(Partner, { name: 'Family Resource Network', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    await em.flush();
    partner = await hub.token(Role.PARTNER, partnerRow.id);
    regionId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'North', code: 'NORTH' } }, admin)).createRegion.id;
    schoolId = dataOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'Maple Elementary', regionId, titleOne: true, highPriority: true } }, admin)).createSchool.id;
    otherSchoolId = dataOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'Oak Middle', regionId, titleOne: false } }, admin)).createSchool.id;
    renterGroupId = dataOf(
      await hub.graphql(CreateFocalGroupDocument, { input: { name: 'Renters', category: 'HOUSING', populationShare: 0.3, regionId } }, liaison),
    ).createFocalGroup.id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await hub.stop();
  });

  it('lets liaisons create one plan per school and year, and nobody else', async () => {
    const input = { schoolId, schoolYear: '2026-27', origin: 'INITIATED_BY_TEAM' as const, originReason: 'Title I school; family survey response fell to 12%' };
    const plan = dataOf(await hub.graphql(CreateEngagementPlanDocument, { input }, liaison)).createEngagementPlan;
    planId = plan.id;
    expect(plan).toMatchObject({ schoolYear: '2026-27', origin: 'INITIATED_BY_TEAM', version: 1 });
    expect(errorCodeOf(await hub.graphql(CreateEngagementPlanDocument, { input }, admin))).toBe('CONFLICT');
    expect(errorCodeOf(await hub.graphql(CreateEngagementPlanDocument, { input: { ...input, schoolYear: '2026-28' } }, admin))).toBe('BAD_USER_INPUT');
    for (const token of [budget, viewer, partner]) expect(errorCodeOf(await hub.graphql(CreateEngagementPlanDocument, { input: { ...input, schoolYear: '2027-28' } }, token))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(CreateEngagementPlanDocument, { input: { ...input, schoolYear: '2027-28' } }, null))).toBe('UNAUTHENTICATED');
    // A school may ask too, with its own reason.
    const requested = dataOf(
      await hub.graphql(CreateEngagementPlanDocument, { input: { schoolId: otherSchoolId, schoolYear: '2026-27', origin: 'REQUESTED_BY_SCHOOL', originReason: 'New principal asked for help with family nights' } }, admin),
    ).createEngagementPlan;
    expect(requested.origin).toBe('REQUESTED_BY_SCHOOL');
  });

  it('records the intake (roles, not names), commitments of both sides and phases, with an audit trail', async () => {
    const intake = dataOf(
      await hub.graphql(
        RecordEngagementIntakeDocument,
        { input: { id: planId, version: 1, heldAt: '2026-08-20T16:00:00.000Z', participants: ['Principal', 'Family liaison', 'PTA president'], agreedNeeds: ['Reach Spanish-speaking renters', 'Evening sessions'] } },
        liaison,
      ),
    ).recordEngagementIntake;
    expect(intake).toMatchObject({ version: 2, intakeParticipants: ['Principal', 'Family liaison', 'PTA president'], agreedNeeds: ['Reach Spanish-speaking renters', 'Evening sessions'] });
    expect(errorCodeOf(await hub.graphql(RecordEngagementIntakeDocument, { input: { id: planId, version: 1, heldAt: '2026-08-20T16:00:00.000Z', participants: [], agreedNeeds: [] } }, liaison))).toBe('CONFLICT');

    const commitment = dataOf(
      await hub.graphql(AddEngagementCommitmentDocument, { input: { planId, party: 'SCHOOL', description: 'Open the library for evening sessions', owner: 'Principal', dueAt: '2026-10-01T00:00:00.000Z' } }, liaison),
    ).addEngagementCommitment;
    expect(commitment).toMatchObject({ party: 'SCHOOL', status: 'OPEN' });
    await hub.graphql(AddEngagementCommitmentDocument, { input: { planId, party: 'DISTRICT', description: 'Provide interpreters', owner: 'Engagement team lead', dueAt: '2026-09-15T00:00:00.000Z' } }, liaison);
    const kept = dataOf(await hub.graphql(UpdateEngagementCommitmentDocument, { input: { id: commitment.id, version: commitment.version, status: 'KEPT' } }, liaison)).updateEngagementCommitment;
    expect(kept.status).toBe('KEPT');

    inquiryPhaseId = dataOf(
      await hub.graphql(AddEngagementPhaseDocument, { input: { planId, kind: 'LEADER_INQUIRY', objectives: ['Agree on the questions to ask families'], startsAt: '2026-09-01T00:00:00.000Z', endsAt: '2026-09-30T00:00:00.000Z' } }, liaison),
    ).addEngagementPhase.id;
    visitPhaseId = dataOf(
      await hub.graphql(AddEngagementPhaseDocument, { input: { planId, kind: 'PERSONAL_VISITS', objectives: ['Listen to 20 families'], startsAt: '2026-10-01T00:00:00.000Z' } }, liaison),
    ).addEngagementPhase.id;
    expect(errorCodeOf(await hub.graphql(AddEngagementPhaseDocument, { input: { planId, kind: 'FAMILY_SMALL_GROUPS', objectives: [], startsAt: '2026-11-01T00:00:00.000Z', endsAt: '2026-10-01T00:00:00.000Z' } }, liaison))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCodeOf(await hub.graphql(AddEngagementPhaseDocument, { input: { planId, kind: 'FAMILY_SMALL_GROUPS', objectives: [], startsAt: '2027-08-01T00:00:00.000Z' } }, liaison))).toBe('BAD_USER_INPUT');

    const audit = await hub.em().find(AuditEvent, { entityId: { $in: [planId, commitment.id, inquiryPhaseId] } }, { orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['createEngagementPlan', 'recordEngagementIntake', 'addEngagementCommitment', 'updateEngagementCommitment', 'addEngagementPhase']);
    expect(audit[1].before).toMatchObject({ intakeParticipants: [] });
    expect(audit[1].after).toMatchObject({ intakeParticipants: ['Principal', 'Family liaison', 'PTA president'] });
    expect(audit[1].actorRole).toBe('LIAISON');
    // The same trail through GraphQL, newest first.
    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'EngagementPlan', id: planId }, budget)).auditTrail;
    expect(trail.map((event) => event.action)).toEqual(['recordEngagementIntake', 'createEngagementPlan']);
    expect(errorCodeOf(await hub.graphql(AuditTrailDocument, { entity: 'EngagementPlan', id: planId }, viewer))).toBe('FORBIDDEN');
  });

  it('attaches sessions held at the school to a phase, and refuses sessions of another school', async () => {
    const session = async (school: string) =>
      dataOf(
        await hub.graphql(
          CreateEngagementSessionDocument,
          { input: { title: 'Leader inquiry', kind: 'SMALL_GROUP', regionId, schoolId: school, heldAt: '2026-09-10T17:00:00.000Z', processStep: 'CONVENING', totalAttendees: 6, attendance: [] } },
          liaison,
        ),
      ).createEngagementSession.id;
    const here = await session(schoolId);
    const elsewhere = await session(otherSchoolId);
    const attached = dataOf(await hub.graphql(AttachSessionToPhaseDocument, { sessionId: here, phaseId: inquiryPhaseId }, liaison)).attachSessionToPhase;
    expect(attached.phase).toEqual({ id: inquiryPhaseId, kind: 'LEADER_INQUIRY' });
    expect(errorCodeOf(await hub.graphql(AttachSessionToPhaseDocument, { sessionId: elsewhere, phaseId: inquiryPhaseId }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(AttachSessionToPhaseDocument, { sessionId: here, phaseId: null }, viewer))).toBe('FORBIDDEN');
    const plan = dataOf(await hub.graphql(EngagementPlanDocument, { id: planId }, budget)).engagementPlan;
    expect(plan.phases.find((phase) => phase.id === inquiryPhaseId)!.sessions.map((row) => row.id)).toEqual([here]);
    expect(plan.school).toMatchObject({ name: 'Maple Elementary', titleOne: true, highPriority: true });
  });

  it('records personal visits with focal group, language, topics and follow-ups, and refuses contact details', async () => {
    const visit = dataOf(await hub.graphql(RecordPersonalVisitDocument, { input: visitInput() }, liaison)).recordPersonalVisit;
    expect(visit).toMatchObject({ language: 'es', topics: ['Bus schedule', 'Homework help'], followUps: ['Share the after-school tutoring schedule'], focalGroup: { id: renterGroupId } });
    dataOf(await hub.graphql(RecordPersonalVisitDocument, { input: visitInput({ language: 'so', focalGroupId: null, topics: ['Meals'], visitedAt: '2026-10-06T17:00:00.000Z' }) }, admin));
    const refused = [
      visitInput({ topics: ['Call back at (555) 010-1234'] }),
      visitInput({ followUps: ['Email mom at maria.family@example.org'] }),
      visitInput({ followUps: ['WhatsApp +252 61 555 0123'] }),
      visitInput({ language: 'Spanish' }),
      visitInput({ phaseId: inquiryPhaseId }),
      visitInput({ visitedAt: '2027-07-02T00:00:00.000Z' }),
    ];
    for (const input of refused) expect(errorCodeOf(await hub.graphql(RecordPersonalVisitDocument, { input }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RecordPersonalVisitDocument, { input: visitInput() }, budget))).toBe('FORBIDDEN');
    const stored = await hub.em().getConnection().execute<{ count: string }[]>('select count(*) from personal_visit');
    expect(Number(stored[0].count)).toBe(2);
  });

  it('shows visit details to district staff only; everyone else sees the count', async () => {
    const visitsFor = async (token: string | null) => {
      const plans = dataOf(await hub.graphql(EngagementPlansDocument, { schoolId, schoolYear: '2026-27' }, token)).engagementPlans;
      expect(plans).toHaveLength(1);
      const listed = plans[0].phases.find((phase) => phase.id === visitPhaseId)!;
      const one = dataOf(await hub.graphql(EngagementPlanDocument, { id: planId }, token)).engagementPlan.phases.find((phase) => phase.id === visitPhaseId)!;
      expect(one.visitCount).toBe(listed.visitCount);
      return one;
    };
    for (const token of [admin, liaison, budget]) {
      const phase = await visitsFor(token);
      expect(phase.visitCount).toBe(2);
      expect(phase.visits!.map((visit) => visit.language)).toEqual(['es', 'so']);
    }
    for (const token of [viewer, partner, null]) {
      const phase = await visitsFor(token);
      expect(phase.visitCount).toBe(2);
      expect(phase.visits).toBeNull();
    }
    expect(dataOf(await hub.graphql(PersonalVisitsDocument, { phaseId: visitPhaseId }, budget)).personalVisits).toHaveLength(2);
    expect(errorCodeOf(await hub.graphql(PersonalVisitsDocument, { phaseId: visitPhaseId }, viewer))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(PersonalVisitsDocument, { phaseId: visitPhaseId }, partner))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(PersonalVisitsDocument, { phaseId: visitPhaseId }, null))).toBe('UNAUTHENTICATED');
  });

  it('walks recommendations through the school leader\'s decision; a decline needs its reason', async () => {
    const propose = async (text: string) =>
      dataOf(await hub.graphql(ProposeSchoolRecommendationDocument, { input: { planId, period: 'MID_YEAR', text } }, liaison)).proposeSchoolRecommendation;
    const first = await propose('Hold family nights in Spanish first');
    const second = await propose('Move conferences to evenings');
    expect(first.status).toBe('PROPOSED');
    expect(errorCodeOf(await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: second.id, version: 1, status: 'DECLINED' } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: second.id, version: 1, status: 'DECLINED', reason: '   ' } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: first.id, version: 1, status: 'IMPLEMENTED' } }, liaison))).toBe('BAD_USER_INPUT');
    const accepted = dataOf(await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: first.id, version: 1, status: 'ACCEPTED', decidedBy: 'Principal' } }, liaison)).decideSchoolRecommendation;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decidedBy: 'Principal', declineReason: null });
    const implemented = dataOf(await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: first.id, version: accepted.version, status: 'IMPLEMENTED' } }, admin)).decideSchoolRecommendation;
    expect(implemented).toMatchObject({ status: 'IMPLEMENTED', decidedBy: 'Principal' });
    const declined = dataOf(
      await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: second.id, version: 1, status: 'DECLINED', decidedBy: 'Principal', reason: 'Union contract fixes conference hours' } }, liaison),
    ).decideSchoolRecommendation;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Union contract fixes conference hours' });
    expect(errorCodeOf(await hub.graphql(DecideSchoolRecommendationDocument, { input: { id: second.id, version: declined.version, status: 'ACCEPTED' } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(ProposeSchoolRecommendationDocument, { input: { planId, period: 'MID_YEAR', text: 'x' } }, budget))).toBe('FORBIDDEN');
    const audit = await hub.em().find(AuditEvent, { entityType: 'SchoolRecommendation', entityId: second.id }, { orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['proposeSchoolRecommendation', 'decideSchoolRecommendation']);
  });

  it('announces committed plan changes to district staff subscribers, and refuses others', async () => {
    const staff = connectLive(hub.wsUrl, bearer(liaison));
    clients.push(staff);
    const probe = () => hub.pubSub.pubSub.publish(Topic.ENGAGEMENT_PLAN_UPDATED, { planId, schoolId, schoolYear: '2026-27', change: 'probe', occurredAt: PROBE_OCCURRED_AT });
    const updates = await staff.subscribe(EngagementPlanUpdatedDocument, { planId, schoolId: null }).ready(probe);
    await hub.graphql(AddEngagementCommitmentDocument, { input: { planId, party: 'DISTRICT', description: 'Send the mid-year data', owner: 'Data analyst', dueAt: '2027-01-15T00:00:00.000Z' } }, liaison);
    expect((await updates.next()).engagementPlanUpdated).toMatchObject({ planId, schoolId, schoolYear: '2026-27', change: 'addEngagementCommitment' });
    // A write that fails announces nothing.
    await hub.graphql(RecordPersonalVisitDocument, { input: visitInput({ topics: ['call 555-010-1234'] }) }, liaison);
    await updates.expectNothing();

    const outsider = connectLive(hub.wsUrl, bearer(viewer));
    clients.push(outsider);
    const refused = outsider.subscribe(EngagementPlanUpdatedDocument, { planId: null, schoolId: null });
    const result = await refused.nextResult();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
