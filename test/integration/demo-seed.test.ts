import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_TOKENS, isSeeded, seedDemoDistrict } from '../../src/db/seed/demo-district';
import { authenticate } from '../../src/modules/auth/authentication';
import { ApiToken } from '../../src/modules/auth/api-token.entity';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { EngagementSession, EngagementSessionKind } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { ReviewScore } from '../../src/modules/equity-lenses/review-score.entity';
import { FocalGroup, FocalGroupCategory } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { Survey } from '../../src/modules/surveys/survey.entity';
import { AdoptScenarioDocument, KeyResultsDocument, RegionsDocument, RunScenarioDocument } from '../generated/graphql';
import { isLanguageCode } from '../../src/core/languages';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

const OPEN = [RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW];
const DAY = 86_400_000;

async function loadRequests(em: EntityManager): Promise<Request[]> {
  return em.find(Request, {}, { populate: ['focalGroups', 'dependsOn', 'communications', 'partner'], orderBy: { title: 'asc' } });
}

/** Kahn's algorithm: the graph is acyclic exactly when every request can be ordered after its dependencies. */
function isAcyclic(requests: Request[]): boolean {
  const waitingOn = new Map(requests.map((request) => [request.id, request.dependsOn.getItems().length]));
  const dependents = new Map<string, string[]>();
  for (const request of requests) {
    for (const dependency of request.dependsOn.getItems()) dependents.set(dependency.id, [...(dependents.get(dependency.id) ?? []), request.id]);
  }
  const ready = requests.filter((request) => waitingOn.get(request.id) === 0).map((request) => request.id);
  let ordered = 0;
  while (ready.length > 0) {
    const id = ready.pop()!;
    ordered += 1;
    for (const dependent of dependents.get(id) ?? []) {
      const remaining = waitingOn.get(dependent)! - 1;
      waitingOn.set(dependent, remaining);
      if (remaining === 0) ready.push(dependent);
    }
  }
  return ordered === requests.length;
}

/** What the seed must reproduce exactly on another database: content, not generated ids. */
async function fingerprint(em: EntityManager) {
  const requests = await loadRequests(em);
  const sessions = await em.find(EngagementSession, {}, { populate: ['attendance.focalGroup'], orderBy: { heldAt: 'asc' } });
  return {
    requests: requests.map((r) => [r.title, r.oneTimeCents, r.recurringCents, r.fte, r.earliestYear, r.status, r.communications.length]),
    sessions: sessions.map((s) => [s.title, s.heldAt.toISOString(), s.totalAttendees, s.attendance.getItems().map((a) => `${a.focalGroup.name}:${a.count}`).sort()]),
    fiscalYears: (await em.find(FiscalYear, {}, { orderBy: { year: 'asc' } })).map((fy) => [fy.year, fy.tier1MoneyCents, fy.tier1Fte, fy.tier2MoneyCents, fy.tier2Fte]),
    reviewScores: (await em.find(ReviewScore, {}, { populate: ['request'] })).map((s) => `${s.request.title}/${s.reviewer}:${s.score}`).sort(),
  };
}

describe('demo district seed', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    expect(await isSeeded(hub.em())).toBe(false);
    expect(await seedDemoDistrict(hub.em())).toBe(true);
  });
  afterAll(() => hub.stop());

  it('is idempotent: a second run sees the marker and adds nothing', async () => {
    expect(await isSeeded(hub.em())).toBe(true);
    const before = await fingerprint(hub.em());
    expect(await seedDemoDistrict(hub.em())).toBe(false);
    expect(await fingerprint(hub.em())).toEqual(before);
    expect(await hub.em().count(Region)).toBe(3);
    expect(await hub.em().count(ApiToken)).toBe(5);
    expect(await hub.em().count(Survey)).toBe(1);
  });

  it('is deterministic: a fresh database gets exactly the same district', async () => {
    const other = await startTestHub();
    try {
      await seedDemoDistrict(other.em());
      expect(await fingerprint(other.em())).toEqual(await fingerprint(hub.em()));
    } finally {
      await other.stop();
    }
  });

  it('has 3 labelled regions and 10 schools, some of them Title I', async () => {
    const em = hub.em();
    const regions = await em.find(Region, {}, { orderBy: { code: 'asc' } });
    expect(regions.map((region) => region.code)).toEqual(['CENTRAL', 'NORTH', 'SOUTH']);
    expect(regions.every((region) => region.name.includes('(demo)'))).toBe(true);
    const schools = await em.find(School, {});
    expect(schools).toHaveLength(10);
    const titleOne = schools.filter((school) => school.titleOne).length;
    expect(titleOne).toBeGreaterThan(0);
    expect(titleOne).toBeLessThan(10);
    expect(new Set(schools.map((school) => school.region.id)).size).toBe(3);
  });

  it('has 12 focal groups over all six categories, with the district languages and invented liaisons', async () => {
    const groups = await hub.em().find(FocalGroup, {});
    expect(groups).toHaveLength(12);
    expect(new Set(groups.map((group) => group.category))).toEqual(new Set(Object.values(FocalGroupCategory)));
    const languages = new Set(groups.flatMap((group) => group.languages));
    // ISO 639 codes: Vietnamese, Arabic, Karen, Somali, Spanish, Nepali.
    for (const language of ['vi', 'ar', 'kar', 'so', 'es', 'ne']) expect(languages).toContain(language);
    const names = groups.map((group) => group.name);
    expect(names).toEqual(expect.arrayContaining(['Grandparents raising grandchildren', 'Youth ages 14–18', 'Faith community members', 'Karen-speaking families']));
    for (const group of groups) {
      expect(group.populationShare).toBeGreaterThan(0);
      expect(group.populationShare).toBeLessThan(0.5);
      expect(group.liaisonEmail).toMatch(/^[a-z.]+@example\.org$/);
    }
  });

  it('has 15 partners of mixed kinds, priorities, training and agreement status, with example.org contacts', async () => {
    const partners = await hub.em().find(Partner, {}, { populate: ['regions'] });
    expect(partners).toHaveLength(15);
    expect(new Set(partners.map((partner) => partner.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(partners.map((partner) => partner.agreementStatus)).size).toBe(4);
    const trained = partners.filter((partner) => partner.trainedOnProtocolsAt).length;
    expect(trained).toBe(11);
    const areas = new Set(partners.flatMap((partner) => partner.priorityAreas));
    for (const area of [PriorityArea.AFTER_SCHOOL_AND_SUMMER, PriorityArea.MENTAL_HEALTH, PriorityArea.EARLY_CHILDHOOD]) expect(areas).toContain(area);
    for (const partner of partners) {
      expect(partner.regions.length).toBeGreaterThan(0);
      expect(partner.contacts.length).toBeGreaterThan(0);
      for (const contact of partner.contacts) expect(contact.email).toMatch(/@example\.org$/);
      for (const contact of partner.contacts) if (contact.language) expect(isLanguageCode(contact.language)).toBe(true);
    }
  });

  it('has a FOLLOW_THROUGH key result: the share of requests answered within 14 days, from the communication log', async () => {
    const requests = await loadRequests(hub.em());
    const due = requests.filter((request) => request.createdAt.getTime() + 14 * DAY <= Date.now());
    const answered = due.filter((request) =>
      request.communications.getItems().some((communication) => communication.direction === 'TO_COMMUNITY' && communication.communicatedAt.getTime() <= request.createdAt.getTime() + 14 * DAY),
    );
    expect(due.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.length).toBeLessThan(due.length);
    const keyResults = dataOf(await hub.graphql(KeyResultsDocument, { objectiveId: null }, await hub.token(Role.VIEWER))).keyResults;
    const followThrough = keyResults.filter((keyResult) => keyResult.measure === 'FOLLOW_THROUGH');
    expect(followThrough).toHaveLength(1);
    expect(followThrough[0]).toMatchObject({ title: '90% of requests answered within 14 days', parameters: { withinDays: 14 } });
    expect(followThrough[0].currentValue).toBeCloseTo((100 * answered.length) / due.length, 9);
  });

  it('has 60 requests with integer-cent cost profiles in range, acyclic dependencies and alternatives', async () => {
    const requests = await loadRequests(hub.em());
    expect(requests).toHaveLength(60);
    for (const request of requests) {
      expect(Number.isInteger(request.oneTimeCents)).toBe(true);
      expect(Number.isInteger(request.recurringCents)).toBe(true);
      expect(request.oneTimeCents).toBeGreaterThanOrEqual(5_000_00);
      expect(request.oneTimeCents).toBeLessThanOrEqual(250_000_00);
      expect(request.recurringCents).toBeLessThanOrEqual(request.oneTimeCents * 0.4);
      expect(request.fte).toBeGreaterThanOrEqual(0);
      expect(request.fte).toBeLessThanOrEqual(2);
      expect(request.earliestYear).toBeGreaterThanOrEqual(2027);
      expect(request.earliestYear).toBeLessThanOrEqual(2029);
      expect(request.focalGroups.length).toBeGreaterThanOrEqual(1);
      expect(request.focalGroups.length).toBeLessThanOrEqual(3);
      expect(request.communications.length).toBeGreaterThanOrEqual(1);
      expect(request.communications.length).toBeLessThanOrEqual(3);
    }
    expect(requests.reduce((sum, request) => sum + request.dependsOn.length, 0)).toBe(10);
    expect(isAcyclic(requests)).toBe(true);

    const alternatives = new Map<string, number>();
    for (const request of requests) if (request.alternativeGroup) alternatives.set(request.alternativeGroup, (alternatives.get(request.alternativeGroup) ?? 0) + 1);
    expect(Object.fromEntries(alternatives)).toEqual({ 'student-counselling-model': 2, 'family-liaison-model': 3, 'interpretation-model': 2 });

    const byStatus = Object.fromEntries(Object.values(RequestStatus).map((status) => [status, requests.filter((r) => r.status === status).length]));
    expect(byStatus).toMatchObject({ UNDER_REVIEW: 49, SUBMITTED: 5, DECLINED: 3, IMPLEMENTED: 3 });
    expect(requests.filter((r) => r.status === RequestStatus.DECLINED).every((r) => r.statusNote)).toBe(true);
    const topics = new Set(requests.map((request) => request.surveyTopic).filter(Boolean));
    expect(topics).toEqual(new Set(['Barriers to Engagement', 'Sense of Belonging', 'School Climate']));
    expect(requests.filter((request) => request.partner).length).toBeGreaterThan(30);
  });

  it('sizes Tier 1 at half and Tier 2 at a fifth of what the open requests would cost from their earliest year', async () => {
    const em = hub.em();
    const open = (await loadRequests(em)).filter((request) => OPEN.includes(request.status));
    const demandCents = open.reduce((sum, r) => sum + r.oneTimeCents + r.recurringCents * (2030 - r.earliestYear + 1), 0);
    const years = await em.find(FiscalYear, {}, { orderBy: { year: 'asc' } });
    expect(years.map((fy) => fy.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(years.every((fy) => Number.isInteger(fy.tier1MoneyCents) && Number.isInteger(fy.tier2MoneyCents))).toBe(true);
    const tier1 = years.reduce((sum, fy) => sum + fy.tier1MoneyCents, 0);
    const tier2 = years.reduce((sum, fy) => sum + fy.tier2MoneyCents, 0);
    expect(tier1 / demandCents).toBeCloseTo(0.5, 2);
    expect(tier2 / demandCents).toBeCloseTo(0.2, 2);
    const fteYears = open.reduce((sum, r) => sum + r.fte * (2030 - r.earliestYear + 1), 0);
    expect(years.reduce((sum, fy) => sum + fy.tier1Fte, 0) / fteYears).toBeCloseTo(0.5, 1);
  });

  it('has the District Equity Lens with its derived and reviewed criteria and Fingers to Five scores', async () => {
    const em = hub.em();
    const lens = await em.findOneOrFail(EquityLens, { key: 'district-equity' });
    expect(lens.name).toBe('District Equity Lens');
    expect(lens.criteria.map(({ key, kind, source }) => ({ key, kind, source }))).toEqual([
      { key: 'representationGap', kind: CriterionKind.DERIVED, source: DerivedSource.REPRESENTATION_GAP },
      { key: 'surveyNeed', kind: CriterionKind.DERIVED, source: DerivedSource.SURVEY_NEED },
      { key: 'reach', kind: CriterionKind.DERIVED, source: DerivedSource.REACH },
      { key: 'priorityAlignment', kind: CriterionKind.DERIVED, source: DerivedSource.PRIORITY_ALIGNMENT },
      { key: 'communityVoice', kind: CriterionKind.REVIEWED, source: null },
    ]);
    expect(lens.criteria.reduce((sum, criterion) => sum + criterion.weight, 0)).toBeCloseTo(1, 10);
    expect(lens.criteria.find((criterion) => criterion.key === 'communityVoice')?.guidance).toContain('Fingers to Five');
    const scores = await em.find(ReviewScore, {}, { populate: ['request'] });
    expect(scores.length).toBeGreaterThan(40);
    for (const score of scores) {
      expect(score).toMatchObject({ lensKey: 'district-equity', criterionKey: 'communityVoice' });
      expect(Number.isInteger(score.score) && score.score >= 0 && score.score <= 5).toBe(true);
      expect(score.request.status).toBe(RequestStatus.UNDER_REVIEW);
    }
  });

  it('has 40 engagement sessions over every region and step, showing who is missing from the conversation', async () => {
    const em = hub.em();
    const sessions = await em.find(EngagementSession, {}, { populate: ['attendance'] });
    expect(sessions).toHaveLength(40);
    expect(new Set(sessions.map((session) => session.region.id)).size).toBe(3);
    expect(new Set(sessions.map((session) => session.processStep)).size).toBe(9);
    const kinds = new Set(sessions.map((session) => session.kind));
    for (const kind of [EngagementSessionKind.HOME_VISIT, EngagementSessionKind.SMALL_GROUP, EngagementSessionKind.CIVIC_DINNER, EngagementSessionKind.VIRTUAL]) {
      expect(kinds).toContain(kind);
    }
    for (const session of sessions) {
      expect(session.totalAttendees).toBeGreaterThan(0);
      for (const attendance of session.attendance) expect(attendance.count).toBeLessThanOrEqual(session.totalAttendees);
    }

    // A group's attendance share is measured where it lives: its region's sessions, or the whole district's.
    const groups = await em.find(FocalGroup, {});
    const attendance = await em.find(SessionAttendance, {}, { populate: ['session'] });
    const ratio = (group: FocalGroup) => {
      const inScope = sessions.filter((session) => !group.region || session.region.id === group.region.id);
      const attended = attendance.filter((row) => row.focalGroup.id === group.id).reduce((sum, row) => sum + row.count, 0);
      return attended / inScope.reduce((sum, session) => sum + session.totalAttendees, 0) / group.populationShare;
    };
    const missing = groups.filter((group) => ratio(group) < 0.5).map((group) => group.name);
    expect(missing).toEqual(expect.arrayContaining(['Karen-speaking families', 'Somali-speaking families', 'Youth ages 14–18']));
    expect(groups.filter((group) => ratio(group) > 1.2).map((group) => group.name)).toContain('Faith community members');
  });

  it('lets each of the five demo tokens query regions, and scopes the PARTNER token to one demo partner', async () => {
    for (const token of Object.values(DEMO_TOKENS)) {
      const { regions } = dataOf(await hub.graphql(RegionsDocument, {}, token));
      expect(regions).toHaveLength(3);
      expect(regions.flatMap((region) => region.schools)).toHaveLength(10);
    }
    const viewer = (await authenticate(hub.em(), { authorization: `Bearer ${DEMO_TOKENS.PARTNER}` }, { publicReads: false }))?.viewer;
    expect(viewer?.role).toBe(Role.PARTNER);
    const partner = await hub.em().findOneOrFail(Partner, { id: viewer!.partnerId! });
    expect(partner.name).toBe('Northside Family Resource Center');
    expect(await hub.em().count(Request, { partner })).toBe(4);
    expect((await authenticate(hub.em(), { authorization: `Bearer ${DEMO_TOKENS.ADMIN}` }, { publicReads: false }))?.viewer.partnerId).toBeNull();
  });
  it('gives budget staff a proven plan of the demo cycle with runScenario\'s defaults, and adopts it', async () => {
    const em = hub.em();
    const [cycle] = await em.find(BudgetCycle, {});
    const [lens] = await em.find(EquityLens, {});
    const budget = await hub.token(Role.BUDGET_STAFF);
    const input = { cycleId: cycle.id, lensId: lens.id, name: 'Demo plan' };
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input }, budget)).runScenario;
    expect(scenario).toMatchObject({ status: 'COMPLETED', solver: 'OPTIMAL', mipGap: 0.01 });
    for (const tier of scenario.tiers) {
      expect(tier.status).toBe('OPTIMAL');
      expect(tier.gap).toBeLessThanOrEqual(0.01);
    }
    const candidates = await em.count(Request, { status: { $in: [RequestStatus.UNDER_REVIEW, RequestStatus.TIERED, RequestStatus.FUNDED, RequestStatus.DEFERRED] } });
    expect(scenario.items).toHaveLength(candidates);
    expect(new Set(scenario.items.map((item) => item.tier))).toEqual(new Set([1, 2, 3]));
    expect(dataOf(await hub.graphql(AdoptScenarioDocument, { id: scenario.id }, budget)).adoptScenario.adopted).toBe(true);
  }, 60_000);
});
