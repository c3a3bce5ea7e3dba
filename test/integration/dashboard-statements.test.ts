import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../../src/modules/requests/communication.entity';
import { Request } from '../../src/modules/requests/request.entity';
import { DashboardRequestsByRegionDocument } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

const REQUESTS_PER_GROUP = 2;
const COMMUNICATIONS_PER_REQUEST = 2;

/** Adds focal groups to the region until it has `total`, each with sponsored requests and a communication log. */
async function growRegionTo(hub: TestHub, regionId: string, existing: number, total: number): Promise<void> {
  const em = hub.em();
  const region = em.getReference(Region, regionId);
  for (let index = existing; index < total; index += 1) {
    const group = em.create(FocalGroup, { name: `Dashboard group ${index}`, category: FocalGroupCategory.HOUSING, populationShare: 0.001, region, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED });
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
    hub = await startTestHub({ env: { MAX_QUERY_COST: '100000000' } });
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
    const forTen = await measure(10);
    await growRegionTo(hub, region.id, 10, 500);
    const forFiveHundred = await measure(500);

    console.log(`SQL statements for the dashboard query: N=10 -> ${forTen}, N=500 -> ${forFiveHundred}`);
    expect(forFiveHundred).toBe(forTen);
    // token lookup, regions, focal groups, request links, requests, partners, communications
    expect(forTen).toBe(7);
  });
});
