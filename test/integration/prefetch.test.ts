import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../../src/modules/requests/communication.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { PrefetchLeanOneDocument, PrefetchLeanPageDocument, PrefetchOneDocument, PrefetchPageDocument } from '../generated/graphql';
import { plainRowMapper } from '../../src/modules/shared/plain-rows';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

/**
 * A list prefetches the relations its selection asks for in one statement (shared/prefetch.ts);
 * one request read by id answers its relations through the loaders. Both must say the same, for
 * every audience: the redaction policy applies to prefetched rows exactly as to loaded ones.
 */
describe('prefetched relations', () => {
  let hub: TestHub;
  let ownPartnerId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const em = hub.em();
    const partners = ['Own partner', 'Other partner'].map((name) => em.create(Partner, { name, kind: PartnerKind.NON_PROFIT, priorityAreas: [] }));
    ownPartnerId = partners[0].id;
    const groups = ['First group', 'Second group', 'Third group'].map((name) =>
      em.create(FocalGroup, { name, category: FocalGroupCategory.HOUSING, populationShare: 0.1, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED }),
    );
    for (let index = 0; index < 9; index += 1) {
      const request = em.create(Request, {
        title: `Prefetched request ${index}`,
        description: 'arranged for the prefetch test',
        priorityArea: PriorityArea.BASIC_NEEDS,
        // Every third request has no sponsor; the rest alternate between the two partners.
        partner: index % 3 === 2 ? null : partners[index % 2],
        peopleImpacted: 5,
        oneTimeCents: 1000,
        recurringCents: 0,
        fte: 0,
        earliestYear: 2027,
        status: RequestStatus.SUBMITTED,
        createdAt: new Date(Date.UTC(2026, 0, 1 + index)),
      });
      request.focalGroups.add(groups.filter((_, groupIndex) => (index + groupIndex) % 2 === 0));
      for (let message = 0; message < index % 3; message += 1) {
        em.create(Communication, {
          request,
          channel: CommunicationChannel.EMAIL,
          direction: CommunicationDirection.TO_COMMUNITY,
          language: 'en',
          summary: `Message ${message} about request ${index}`,
          communicatedAt: new Date(Date.UTC(2026, 1, 1 + message)),
          loggedBy: 'test',
        });
      }
    }
    await em.flush();
    // Before 1970 and finer than a millisecond: prefetched rows carry dates as epoch milliseconds, loaded ones as pg's text.
    await em.getConnection().execute(`update communication set communicated_at = '1969-12-31 23:59:59.999512+00' where id = (select min(id::text)::uuid from communication)`);
  });
  afterAll(() => hub.stop());

  const audiences: [string, () => Promise<string | null>][] = [
    ['budget staff', () => hub.token(Role.BUDGET_STAFF)],
    ['a partner', () => hub.token(Role.PARTNER, ownPartnerId)],
    ['the public', async () => null],
  ];

  it.each(audiences)('answers %s the same relations in a list as for one request read by id', async (_, tokenOf) => {
    const token = await tokenOf();
    const { requests } = dataOf(await hub.graphql(PrefetchPageDocument, { first: 20, withLog: true }, token));
    const nodes = requests.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((node) => node.focalGroups.length > 0 && node.alsoGroups.some((group) => group.requests.length > 0))).toBe(true);
    for (const { includedLog, ...node } of nodes) {
      expect(includedLog).toEqual(node.communications.map(({ summary }) => ({ summary })));
      const { request } = dataOf(await hub.graphql(PrefetchOneDocument, { id: node.id }, token));
      expect(node).toEqual(request);
    }
  });

  it('maps rows of several shapes through one mapper: numbers, dates and references converted, absent properties left out', () => {
    const em = hub.em();
    const byColumn = plainRowMapper(em, Request, 'columns');
    const byProperty = plainRowMapper(em, Request);
    const created = '2026-01-02T03:04:05.678+00:00';
    const wide = { id: 'a', one_time_cents: '12345678901', fte: '1.50', partner_id: 'p', created_at: created, extra: 7 };
    const narrow = { id: 'b', title: 'T' };
    // Alternating shapes: each row must be built by its own shape's builder.
    const [first, second, third] = [byColumn(wide), byColumn(narrow), byColumn({ ...wide, id: 'c', partner_id: null })] as unknown as Record<string, unknown>[];
    expect(first).toEqual({ id: 'a', oneTimeCents: 12345678901, fte: 1.5, partner: { id: 'p' }, createdAt: new Date(created), extra: 7 });
    expect(second).toEqual({ id: 'b', title: 'T' });
    expect('partner' in second).toBe(false);
    expect(third).toEqual(expect.objectContaining({ id: 'c', partner: null }));
    expect(byProperty({ id: 'd', oneTimeCents: '5', partner: 'q' } as never)).toEqual({ id: 'd', oneTimeCents: 5, partner: { id: 'q' } });
    // A copy, never the row it was given.
    expect(byColumn(narrow)).not.toBe(narrow);
  });

  it('answers a date of a prefetched row to the millisecond the loaded row has', async () => {
    const { requests } = dataOf(await hub.graphql(PrefetchPageDocument, { first: 20, withLog: false }, await hub.token(Role.BUDGET_STAFF)));
    const times = requests.edges.flatMap((edge) => edge.node.communications.map((communication) => communication.communicatedAt));
    expect(times).toContain('1969-12-31T23:59:59.999Z');
    expect(times).toContain('2026-02-01T00:00:00.000Z');
  });

  it('redacts prefetched rows like loaded ones: a partner sees only its own requests, sponsors and logs', async () => {
    const token = await hub.token(Role.PARTNER, ownPartnerId);
    const { requests } = dataOf(await hub.graphql(PrefetchPageDocument, { first: 20, withLog: false }, token));
    const nodes = requests.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.partner?.id === ownPartnerId && !('includedLog' in node))).toBe(true);
    // The groups' other requests are listed only where they are the partner's own (the page lists all of those).
    const nested = nodes.flatMap((node) => node.alsoGroups.flatMap((group) => group.requests.map((request) => request.id)));
    expect(nested.length).toBeGreaterThan(nodes.length);
    expect(new Set(nested)).toEqual(new Set(nodes.map((node) => node.id)));
    expect(nodes.some((node) => node.communications.length > 0)).toBe(true);

    const publicPage = dataOf(await hub.graphql(PrefetchPageDocument, { first: 20, withLog: true }, null)).requests.edges.map((edge) => edge.node);
    expect(publicPage).toHaveLength(9);
    expect(publicPage.every((node) => node.communications.length === 0)).toBe(true);
  });
  it('fetches related rows without ids where only GraphQL reads them, and keeps ids a resolver sorts by', async () => {
    // Two requests created at the same instant: a focal group lists them newest first, ties by id.
    await hub.em().getConnection().execute(`update request set created_at = '2026-01-01T00:00:00Z' where title in ('Prefetched request 0', 'Prefetched request 2', 'Prefetched request 4')`);
    const token = await hub.token(Role.BUDGET_STAFF);
    hub.sql.reset();
    const { requests } = dataOf(await hub.graphql(PrefetchLeanPageDocument, { first: 20 }, token));
    const page = hub.sql.texts().filter((statement) => /from "request"/.test(statement) && /\blimit\b/.test(statement));
    expect(page).toHaveLength(1);
    // The communications, partner and group names are sent on as they are: no id of theirs is read.
    expect(page[0]).toMatch(/json_build_array\(prefetch_\d+\."summary", floor\(/);
    expect(page[0]).toMatch(/json_build_array\(prefetch_\d+\."name"\) from partner/);
    const nodes = requests.edges.map((edge) => edge.node);
    expect(nodes.some((node) => node.focalGroups.some((group) => group.requests.length > 1))).toBe(true);
    for (const node of nodes) {
      const { request } = dataOf(await hub.graphql(PrefetchLeanOneDocument, { id: node.id }, token));
      expect(node).toEqual(request);
    }
  });
});
