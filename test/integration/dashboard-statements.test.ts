import { EntityFactory } from '@mikro-orm/core';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { EngagementSession, EngagementSessionKind, ProcessStep } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../../src/modules/requests/communication.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import {
  DashboardAdoptScenarioDocument,
  DashboardPlanDocument,
  DashboardRegionGroupsDocument,
  DashboardRepresentationDocument,
  DashboardRequestsByRegionDocument,
  DashboardRequestsPageDocument,
  DashboardRequestsTotalDocument,
  DashboardRunScenarioDocument,
  CreateSurveyDocument,
  ImportSurveyResponsesDocument,
  SurveyResultsDocument,
} from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

const REQUESTS_PER_GROUP = 2;
const COMMUNICATIONS_PER_REQUEST = 2;

/** Adds focal groups to the region until it has `total`, each with sponsored requests and a communication log (and, with `sessions`, one attended session). */
async function growRegionTo(hub: TestHub, regionId: string, existing: number, total: number, sessions = false): Promise<void> {
  const em = hub.em();
  const region = em.getReference(Region, regionId);
  for (let index = existing; index < total; index += 1) {
    const group = em.create(FocalGroup, { name: `Dashboard group ${index}`, category: FocalGroupCategory.HOUSING, populationShare: 0.001, region, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED });
    if (sessions) {
      const session = em.create(EngagementSession, { title: `Session ${index}`, kind: EngagementSessionKind.SMALL_GROUP, region, heldAt: new Date(Date.UTC(2026, 2, 1)), processStep: ProcessStep.EXPLORING, totalAttendees: 20 });
      em.create(SessionAttendance, { session, focalGroup: group, count: 1 + (index % 7) });
    }
    for (let requestIndex = 0; requestIndex < REQUESTS_PER_GROUP; requestIndex += 1) {
      const partner = em.create(Partner, { name: `Dashboard partner ${index}-${requestIndex}`, kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
      const request = em.create(Request, {
        title: `Dashboard request ${index}-${requestIndex}`,
        description: 'seeded for the statement count',
        priorityArea: PriorityArea.BASIC_NEEDS,
        partner,
        peopleImpacted: 5,
        oneTimeCents: 1000,
        recurringCents: 0,
        fte: 0,
        earliestYear: 2027,
        // A candidate of a scenario, so the adopted plan funds it.
        status: RequestStatus.UNDER_REVIEW,
      });
      request.focalGroups.add(group);
      for (let message = 0; message < COMMUNICATIONS_PER_REQUEST; message += 1) {
        em.create(Communication, {
          request,
          focalGroup: group,
          channel: CommunicationChannel.TEXT_MESSAGE,
          direction: CommunicationDirection.TO_COMMUNITY,
          language: 'en',
          summary: `Update ${message} on request ${index}-${requestIndex}`,
          communicatedAt: new Date(Date.UTC(2026, 1, 1 + message)),
          loggedBy: 'seed',
        });
      }
    }
  }
  await em.flush();
}

describe('dashboard statement count', () => {
  let hub: TestHub;

  beforeAll(async () => {
    // 500 groups in one region is beyond the declared list maxima the public cost limit assumes; this test measures statements, not limits.
    // The token is read once and then trusted (CREDENTIAL_CACHE_SECONDS), so the counts are the queries' own.
    hub = await startTestHub({ env: { MAX_QUERY_COST: '100000000', CREDENTIAL_CACHE_SECONDS: '300' } });
  });
  afterAll(() => hub.stop());

  it('answers regions > focalGroups > requests > partner + communications in the same number of SQL statements for 10 and 500 groups', async () => {
    const staff = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    const region = em.create(Region, { name: 'Dashboard region', code: 'DASH' });
    await em.flush();

    const measure = async (groups: number) => {
      hub.sql.reset();
      const { regions } = dataOf(await hub.graphql(DashboardRequestsByRegionDocument, {}, staff));
      const statements = hub.sql.count;
      const focalGroups = regions.find((candidate) => candidate.id === region.id)!.focalGroups;
      expect(focalGroups).toHaveLength(groups);
      for (const group of focalGroups) {
        expect(group.requests).toHaveLength(REQUESTS_PER_GROUP);
        for (const request of group.requests) {
          expect(request.partner?.name).toMatch(/^Dashboard partner /);
          expect(request.communications).toHaveLength(COMMUNICATIONS_PER_REQUEST);
        }
      }
      return statements;
    };

    await growRegionTo(hub, region.id, 0, 10);
    // The token's first use reads it and records lastUsedAt; neither is the dashboard query's.
    dataOf(await hub.graphql(DashboardRequestsByRegionDocument, {}, staff));
    const forTen = await measure(10);
    await growRegionTo(hub, region.id, 10, 500);
    const forFiveHundred = await measure(500);

    console.log(`SQL statements for the dashboard query: N=10 -> ${forTen}, N=500 -> ${forFiveHundred}`);
    expect(forFiveHundred).toBe(forTen);
    // regions with every region's groups, their requests, partners and communications built as JSON
    expect(forTen).toBe(1);
  });
});

/** Entities MikroORM hydrates (EntityFactory.create) while `work` runs, by entity name. */
async function hydratedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const created: string[] = [];
  const create = EntityFactory.prototype.create;
  const spy = jest.spyOn(EntityFactory.prototype, 'create').mockImplementation(function (this: EntityFactory, entityName, ...rest) {
    created.push(typeof entityName === 'function' ? entityName.name : String(entityName));
    return create.call(this, entityName, ...rest);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return created;
}

/** Entities of the lists that the dashboards read: their read paths answer plain rows. */
const LIST_ENTITIES = ['Request', 'FocalGroup', 'Partner', 'Communication', 'Allocation', 'Region', 'School'];

describe('canonical dashboard queries', () => {
  let hub: TestHub;

  beforeAll(async () => {
    // The token is read once and then trusted (CREDENTIAL_CACHE_SECONDS), so the counts are the queries' own.
    hub = await startTestHub({ env: { CREDENTIAL_CACHE_SECONDS: '300' } });
  });
  afterAll(() => hub.stop());

  it('answer each canonical query in the same number of statements at two sizes, hydrating no managed entity of a list', async () => {
    const staff = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    const region = em.create(Region, { name: 'Canonical region', code: 'CANON' });
    const cycle = em.create(BudgetCycle, { name: 'Canonical cycle' });
    em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 1e12, tier1Fte: 1000, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, {
      key: 'reach',
      name: 'Reach',
      criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }],
    });
    em.create(School, { name: 'Canonical school', region });
    await em.flush();
    const admin = await hub.token(Role.ADMIN);
    const { createSurvey: survey } = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Canonical survey',
            waves: [{ name: 'Fall', fieldedAt: '2026-09-01T00:00:00Z' }],
            items: [{ code: 'Q1', prompt: 'I feel welcome at school.', topic: 'Belonging', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }],
          },
        },
        admin,
      ),
    );
    /** Answers from RESPONDENTS_PER_GROUP families of each group in [from, to), so every group has a cell above the minimum size. */
    const RESPONDENTS_PER_GROUP = 12;
    const answerSurvey = async (from: number, to: number) => {
      const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
      for (let group = from; group < to; group += 1) {
        for (let family = 0; family < RESPONDENTS_PER_GROUP; family += 1) lines.push(`Fall,Q1,Canonical school,Dashboard group ${group},en,${1 + (family % 5)},g${group}-f${family}`);
      }
      dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId: survey.id, csv: lines.join('\n'), importKey: `groups ${from}-${to}` }, admin));
    };

    const adoptPlan = async () => {
      const { runScenario } = dataOf(
        await hub.graphql(DashboardRunScenarioDocument, { input: { cycleId: cycle.id, lensId: lens.id, name: 'Canonical plan', solver: 'GREEDY', discount: 0.9, coverageBonus: 0 } }, staff),
      );
      dataOf(await hub.graphql(DashboardAdoptScenarioDocument, { id: runScenario.id }, staff));
    };

    const canonical = {
      requestsPage: async (size: number) => {
        const { requests } = dataOf(await hub.graphql(DashboardRequestsPageDocument, { first: 50 }, staff));
        expect(requests.edges).toHaveLength(Math.min(50, size * REQUESTS_PER_GROUP));
        expect(requests.edges.every((edge) => edge.node.focalGroups.length === 1 && edge.node.communications.length >= COMMUNICATIONS_PER_REQUEST)).toBe(true); // adoption adds a draft letter
      },
      regionGroups: async (size: number) => {
        const { region: answer } = dataOf(await hub.graphql(DashboardRegionGroupsDocument, { id: region.id }, staff));
        expect(answer.focalGroups).toHaveLength(size);
        expect(answer.focalGroups.every((group) => group.requests.length === REQUESTS_PER_GROUP)).toBe(true);
      },
      plan: async (size: number) => {
        const { plan } = dataOf(await hub.graphql(DashboardPlanDocument, { cycleId: cycle.id }, staff));
        expect(plan).toHaveLength(size * REQUESTS_PER_GROUP);
        expect(plan.every((allocation) => allocation.request.partner?.name.startsWith('Dashboard partner '))).toBe(true);
      },
      representation: async (size: number) => {
        const { representation } = dataOf(await hub.graphql(DashboardRepresentationDocument, {}, staff));
        expect(representation.sessionCount).toBe(size);
        expect(representation.groups).toHaveLength(size);
      },
      surveyResults: async (size: number) => {
        const { surveyResults } = dataOf(await hub.graphql(SurveyResultsDocument, { surveyId: survey.id, groupBy: ['TOPIC', 'FOCAL_GROUP'], filter: null, minCellSize: null }, staff));
        const published = surveyResults.cells.filter((cell) => !cell.suppressed && cell.group.focalGroupId);
        expect(published).toHaveLength(size);
        expect(published.every((cell) => cell.respondents === RESPONDENTS_PER_GROUP)).toBe(true);
      },
    };

    const measure = async (size: number) => {
      const statements: Record<string, number> = {};
      for (const [name, query] of Object.entries(canonical)) {
        hub.sql.reset();
        const hydrated = await hydratedDuring(() => query(size));
        statements[name] = hub.sql.count;
        expect({ name, hydrated: hydrated.filter((entity) => LIST_ENTITIES.includes(entity)) }).toEqual({ name, hydrated: [] });
      }
      return statements;
    };

    await growRegionTo(hub, region.id, 0, 5, true);
    await answerSurvey(0, 5);
    // The spy sees hydration: adoption loads the scenario it adopts as a managed entity.
    expect(await hydratedDuring(adoptPlan)).toContain('Scenario');
    const small = await measure(5);
    await growRegionTo(hub, region.id, 5, 60, true);
    await answerSurvey(5, 60);
    await adoptPlan();
    const large = await measure(60);

    console.log(`SQL statements per canonical query at 5 and 60 groups: ${JSON.stringify(small)} / ${JSON.stringify(large)}`);
    expect(large).toEqual(small);
    // the page with its groups, partners and communications built as JSON
    expect(small.requestsPage).toBe(1);
    // the region with its groups and their requests built as JSON
    expect(small.regionGroups).toBe(1);
    // a cached aggregate, asked once: the data versions; the cycle; allocations with their requests and partners built as JSON
    expect(small.plan).toBe(3);
  });

  it('counts the rows of a connection only when totalCount is selected', async () => {
    const liaison = await hub.token(Role.LIAISON);
    const em = hub.em();
    const region = em.create(Region, { name: 'Counted region', code: 'COUNT' });
    await em.flush();
    await growRegionTo(hub, region.id, 1000, 1004);
    hub.sql.reset();
    dataOf(await hub.graphql(DashboardRequestsPageDocument, { first: 5 }, liaison));
    expect(hub.sql.statements.some((statement) => /select count\(/i.test(statement))).toBe(false);
    hub.sql.reset();
    const { requests } = dataOf(await hub.graphql(DashboardRequestsTotalDocument, { first: 5 }, liaison));
    expect(requests.totalCount).toBeGreaterThan(5);
    expect(hub.sql.statements.filter((statement) => /select count\(/i.test(statement))).toHaveLength(1);
  });

  it('sends a page as a statement PostgreSQL plans once per connection, not on every request', async () => {
    const liaison = await hub.token(Role.LIAISON);
    hub.sql.reset();
    dataOf(await hub.graphql(DashboardRequestsPageDocument, { first: 5 }, liaison));
    const page = hub.sql.texts().filter((statement) => /from "request"/.test(statement) && /\blimit\b/.test(statement));
    expect(page).toHaveLength(1);
    // The page size is a literal: with `limit $1` PostgreSQL would judge a generic plan too costly and plan every execution.
    expect(page[0]).toMatch(/ limit 6$/);
    // Related rows carry what their selection names: not every reference (the groups' region is not asked), nor an id nothing reads.
    expect(page[0]).toMatch(/json_build_array\(prefetch_\d+\."name"\)/);
    expect(page[0]).not.toMatch(/"region_id"/);
    const plans = await hub.em().getConnection().getKnex().transaction(async (connection) => {
      await connection.raw(`prepare page_plan as ${page[0]}`);
      for (let execution = 0; execution < 7; execution++) await connection.raw('execute page_plan');
      const [counts] = (await connection.raw(`select generic_plans, custom_plans from pg_prepared_statements where name = 'page_plan'`)).rows;
      await connection.raw('deallocate page_plan');
      return counts as { generic_plans: string; custom_plans: string };
    });
    expect(Number(plans.generic_plans)).toBeGreaterThan(0);
  });
});
