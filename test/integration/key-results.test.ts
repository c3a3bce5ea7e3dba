import { EngagementSession, EngagementSessionKind, ProcessStep } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { AgreementStatus, Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import {
  CreateKeyResultDocument,
  CreateObjectiveDocument,
  CreateSurveyDocument,
  ImportSurveyResponsesDocument,
  KeyResultsDocument,
  ObjectivesDocument,
  UpdateKeyResultDocument,
  UpdateObjectiveDocument,
  type CreateKeyResultInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;
const PERIOD = { periodStart: '2027-01-01T00:00:00Z', periodEnd: '2027-07-01T00:00:00Z' };

/**
 * Partners: 2 of 4 trained (50%); aligned (a priority area and a SIGNED agreement): 2 of 4 (50%).
 * Sessions in the first half of 2027: 2 (a third one is in 2026); Spanish-speaking families attended 12 + 8 = 20 of them.
 * Survey, item BAR1 (Barriers to Engagement), 10 Spanish-speaking and 10 other respondents per wave:
 *   Fall 2026: Spanish 5/10 favourable, others 2/10 -> 35% overall, 50% Spanish.
 *   Fall 2027: Spanish 8/10, others 4/10 -> 60% overall (+25 points), 80% Spanish (+30 points).
 */
describe('objectives and key results measured from the data', () => {
  let hub: TestHub;
  let admin: string;
  let objectiveId: string;
  let spanishId: string;
  let fall2026: string;
  let fall2027: string;
  const now = Date.now();
  const halfway = { startDate: new Date(now - YEAR).toISOString(), targetDate: new Date(now + YEAR).toISOString() };

  const createKeyResult = async (input: Omit<CreateKeyResultInput, 'objectiveId'>) =>
    dataOf(await hub.graphql(CreateKeyResultDocument, { input: { objectiveId, ...input } }, admin)).createKeyResult;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    em.create(School, { name: 'Maple', region: north });
    const spanish = em.create(FocalGroup, { name: 'Spanish-speaking families', category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY, populationShare: 0.2, languages: ['es'], proximity: IssueProximity.DIRECTLY_IMPACTED });
    const grandparents = em.create(FocalGroup, { name: 'Grandparents raising children', category: FocalGroupCategory.FAMILY_ROLE, populationShare: 0.05, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED });
    spanishId = spanish.id;
    const partner = (name: string, trained: boolean, priorityAreas: PriorityArea[], agreementStatus: AgreementStatus) =>
      em.create(Partner, { name, kind: PartnerKind.NON_PROFIT, priorityAreas, agreementStatus, trainedOnProtocolsAt: trained ? new Date('2026-05-01') : null });
    partner('Trained and aligned', true, [PriorityArea.MENTAL_HEALTH], AgreementStatus.SIGNED);
    partner('Trained, no priority', true, [], AgreementStatus.SIGNED);
    partner('Untrained, aligned', false, [PriorityArea.EARLY_CHILDHOOD], AgreementStatus.SIGNED);
    partner('Untrained, draft agreement', false, [PriorityArea.AFTER_SCHOOL_AND_SUMMER], AgreementStatus.DRAFT);
    const session = (heldAt: string, attendance: [FocalGroup, number][]) => {
      const created = em.create(EngagementSession, { title: `Session ${heldAt}`, kind: EngagementSessionKind.SMALL_GROUP, region: north, heldAt: new Date(heldAt), processStep: ProcessStep.EXPLORING, totalAttendees: attendance.reduce((sum, [, count]) => sum + count, 0) });
      for (const [focalGroup, count] of attendance) em.create(SessionAttendance, { session: created, focalGroup, count });
    };
    session('2027-01-10T18:00:00Z', [[spanish, 12], [grandparents, 3]]);
    session('2027-02-10T18:00:00Z', [[spanish, 8]]);
    session('2026-06-01T18:00:00Z', [[spanish, 100]]);
    await em.flush();

    const survey = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Family Survey',
            waves: [
              { name: 'Fall 2026', fieldedAt: '2026-09-01T00:00:00Z' },
              { name: 'Fall 2027', fieldedAt: '2027-09-01T00:00:00Z' },
            ],
            items: [{ code: 'BAR1', prompt: 'Events fit my schedule.', topic: 'Barriers to Engagement', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }],
          },
        },
        admin,
      ),
    ).createSurvey;
    fall2026 = survey.waves.find((wave) => wave.name === 'Fall 2026')!.id;
    fall2027 = survey.waves.find((wave) => wave.name === 'Fall 2027')!.id;
    const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
    const favourable = { 'Fall 2026': { spanish: 5, others: 2 }, 'Fall 2027': { spanish: 8, others: 4 } };
    for (const [wave, counts] of Object.entries(favourable)) {
      for (let n = 0; n < 10; n += 1) {
        lines.push(`${wave},BAR1,Maple,Spanish-speaking families,es,${n < counts.spanish ? 5 : 2},${wave}-es-${n}`);
        lines.push(`${wave},BAR1,Maple,,en,${n < counts.others ? 4 : 1},${wave}-en-${n}`);
      }
    }
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId: survey.id, csv: lines.join('\n'), importKey: null }, admin));
    objectiveId = dataOf(await hub.graphql(CreateObjectiveDocument, { input: { title: 'Families are partners in every school', description: null } }, admin)).createObjective.id;
  });
  afterAll(() => hub.stop());

  it('measures each kind of key result against hand-computed values and rates its status', async () => {
    const trained = await createKeyResult({ title: '100% of partners trained', measure: 'PERCENT_PARTNERS_TRAINED', parameters: {}, baseline: 0, target: 100, ...halfway });
    expect(trained).toMatchObject({ currentValue: 50, progress: 0.5, status: 'ON_TRACK' });
    expect(trained.expectedProgress).toBeCloseTo(0.5, 3);

    const aligned = await createKeyResult({ title: 'All partnerships aligned', measure: 'PERCENT_PARTNERS_ALIGNED', parameters: {}, baseline: 40, target: 100, ...halfway });
    expect(aligned.currentValue).toBe(50);
    expect(aligned.progress).toBeCloseTo(10 / 60, 10);
    expect(aligned.status).toBe('OFF_TRACK');

    const sessions = await createKeyResult({ title: 'Six sessions this spring', measure: 'SESSIONS_HELD', parameters: PERIOD, baseline: 0, target: 6, ...halfway });
    expect(sessions.currentValue).toBe(2);
    expect(sessions.status).toBe('AT_RISK');

    const reached = await createKeyResult({ title: 'Reach 20 Spanish-speaking families', measure: 'FAMILIES_REACHED_PER_GROUP', parameters: { focalGroupId: spanishId, ...PERIOD }, baseline: 0, target: 20, ...halfway });
    expect(reached).toMatchObject({ currentValue: 20, progress: 1, status: 'ON_TRACK' });

    const surveyChange = { topic: 'Barriers to Engagement', fromWaveId: fall2026, toWaveId: fall2027 };
    const overall = await createKeyResult({ title: '+10 points on Barriers', measure: 'SURVEY_FAVOURABILITY_CHANGE', parameters: surveyChange, baseline: 0, target: 10, ...halfway });
    expect(overall).toMatchObject({ currentValue: 25, progress: 2.5, status: 'ON_TRACK' });
    const spanish = await createKeyResult({ title: '+40 points among Spanish-speaking families', measure: 'SURVEY_FAVOURABILITY_CHANGE', parameters: { ...surveyChange, focalGroupId: spanishId }, baseline: 0, target: 40, ...halfway });
    expect(spanish.currentValue).toBe(30);
    expect(spanish.progress).toBe(0.75);
    expect(spanish.parameters).toMatchObject({ topic: 'Barriers to Engagement', focalGroupId: spanishId, periodStart: null });

    const noData = await createKeyResult({ title: 'Belonging up', measure: 'SURVEY_FAVOURABILITY_CHANGE', parameters: { ...surveyChange, topic: 'Sense of Belonging' }, baseline: 0, target: 5, ...halfway });
    expect(noData).toMatchObject({ currentValue: null, progress: null, status: null });

    const overdue = await createKeyResult({
      title: 'Half trained by yesterday... and all by now',
      measure: 'PERCENT_PARTNERS_TRAINED',
      parameters: {},
      baseline: 0,
      target: 100,
      startDate: new Date(now - 2 * YEAR).toISOString(),
      targetDate: new Date(now - DAY).toISOString(),
    });
    expect(overdue).toMatchObject({ currentValue: 50, expectedProgress: 1, status: 'OFF_TRACK' });

    const viewer = await hub.token(Role.VIEWER);
    hub.sql.reset();
    const { keyResults } = dataOf(await hub.graphql(KeyResultsDocument, { objectiveId }, viewer));
    expect(keyResults.map((keyResult) => [keyResult.title, keyResult.currentValue, keyResult.status])).toEqual([
      ['100% of partners trained', 50, 'ON_TRACK'],
      ['All partnerships aligned', 50, 'OFF_TRACK'],
      ['Six sessions this spring', 2, 'AT_RISK'],
      ['Reach 20 Spanish-speaking families', 20, 'ON_TRACK'],
      ['+10 points on Barriers', 25, 'ON_TRACK'],
      ['+40 points among Spanish-speaking families', 30, 'ON_TRACK'],
      ['Belonging up', null, null],
      ['Half trained by yesterday... and all by now', 50, 'OFF_TRACK'],
    ]);
    // token, objective, key results, then one statement per kind of measure (+ waves and two survey tables), and the objectives batch:
    // bounded by the kinds of measure, not by the number of key results.
    expect(hub.sql.count).toBeLessThanOrEqual(10);
    const { objectives } = dataOf(await hub.graphql(ObjectivesDocument, {}, viewer));
    expect(objectives[0].keyResults).toHaveLength(8);
  });

  it('updates objectives and key results with versions, validates parameters, and is ADMIN-only', async () => {
    const objective = dataOf(await hub.graphql(UpdateObjectiveDocument, { input: { id: objectiveId, version: 1, title: 'Families are partners', description: 'District-wide' } }, admin)).updateObjective;
    expect(objective).toMatchObject({ title: 'Families are partners', description: 'District-wide', version: 2 });
    expect(errorCodeOf(await hub.graphql(UpdateObjectiveDocument, { input: { id: objectiveId, version: 1, title: 'Stale' } }, admin))).toBe('CONFLICT');

    const created = await createKeyResult({ title: 'Sessions', measure: 'SESSIONS_HELD', parameters: {}, baseline: 0, target: 3, ...halfway });
    expect(created.currentValue).toBe(3);
    const updated = dataOf(await hub.graphql(UpdateKeyResultDocument, { input: { id: created.id, version: 1, target: 4, parameters: PERIOD } }, admin)).updateKeyResult;
    expect(updated).toMatchObject({ version: 2, target: 4, currentValue: 2, progress: 0.5 });
    expect(errorCodeOf(await hub.graphql(UpdateKeyResultDocument, { input: { id: created.id, version: 1, target: 5 } }, admin))).toBe('CONFLICT');

    const base = { objectiveId, title: 'x', baseline: 0, target: 1, ...halfway };
    const attempt = (input: Partial<CreateKeyResultInput>) => hub.graphql(CreateKeyResultDocument, { input: { ...base, measure: 'SESSIONS_HELD', parameters: {}, ...input } }, admin);
    expect(errorCodeOf(await attempt({ measure: 'SURVEY_FAVOURABILITY_CHANGE', parameters: { topic: 'Barriers to Engagement' } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt({ measure: 'FAMILIES_REACHED_PER_GROUP', parameters: {} }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt({ measure: 'FAMILIES_REACHED_PER_GROUP', parameters: { focalGroupId: '00000000-0000-0000-0000-000000000000' } }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await attempt({ startDate: halfway.targetDate, targetDate: halfway.startDate }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt({ parameters: { periodStart: PERIOD.periodEnd, periodEnd: PERIOD.periodStart } }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await attempt({ objectiveId: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    for (const role of [Role.LIAISON, Role.VIEWER, Role.BUDGET_STAFF]) {
      expect(errorCodeOf(await hub.graphql(CreateObjectiveDocument, { input: { title: 'Nope', description: null } }, await hub.token(role)))).toBe('FORBIDDEN');
    }
    expect(errorCodeOf(await hub.graphql(KeyResultsDocument, { objectiveId: '00000000-0000-0000-0000-000000000000' }, admin))).toBe('NOT_FOUND');
  });
});
