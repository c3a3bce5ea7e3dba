import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../../src/modules/requests/communication.entity';
import { Request } from '../../src/modules/requests/request.entity';
import { ResolutionAcknowledgement } from '../../src/modules/requests/resolution-acknowledgement.entity';
import { Topic, type RequestUpdatedEvent } from '../../src/core/pubsub';
import {
  FocalGroupAndPartnerRequestsDocument,
  LogCommunicationDocument,
  RequestDocument,
  RequestsDocument,
  SubmitRequestDocument,
  TransitionRequestDocument,
  UpdateRequestDocument,
  type RequestsQueryVariables,
  type SubmitRequestInput,
  type TransitionRequestMutationVariables,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

interface World {
  north: Region;
  south: Region;
  elders: FocalGroup;
  tenants: FocalGroup;
  farmworkers: FocalGroup;
  riverClub: Partner;
  hillFoundation: Partner;
}

async function seedWorld(hub: TestHub): Promise<World> {
  const em = hub.em();
  const north = em.create(Region, { name: 'North', code: 'NORTH' });
  const south = em.create(Region, { name: 'South', code: 'SOUTH' });
  const group = (name: string, region: Region) => em.create(FocalGroup, { name, category: FocalGroupCategory.COMMUNITY, populationShare: 0.1, region, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED });
  const world: World = {
    north,
    south,
    elders: group('Grandparents raising grandchildren', north),
    tenants: group('Renters near the rail yard', north),
    farmworkers: group('Seasonal farmworker families', south),
    riverClub: em.create(Partner, { name: 'River Youth Club', kind: PartnerKind.NON_PROFIT, priorityAreas: [] }),
    hillFoundation: em.create(Partner, { name: 'Hill Family Foundation', kind: PartnerKind.PHILANTHROPY, priorityAreas: [] }),
  };
  await em.flush();
  return world;
}

function recordRequestEvents(hub: TestHub) {
  const events: RequestUpdatedEvent[] = [];
  const iterator = hub.pubSub.pubSub.subscribe(Topic.REQUEST_UPDATED)[Symbol.asyncIterator]();
  void (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) events.push(next.value);
  })();
  return {
    events,
    /** Lets queued deliveries reach the array before an assertion. */
    settle: () => new Promise((resolve) => setTimeout(resolve, 20)),
    stop: () => iterator.return?.(),
  };
}

async function countRows(hub: TestHub): Promise<Record<string, number>> {
  const [row] = await hub.em().getConnection().execute<{ requests: string; groups: string; dependencies: string; audits: string }[]>(
    `select (select count(*) from request) as requests, (select count(*) from request_focal_groups) as groups,
            (select count(*) from request_dependency) as dependencies, (select count(*) from audit_event) as audits`,
  );
  return { requests: Number(row.requests), groups: Number(row.groups), dependencies: Number(row.dependencies), audits: Number(row.audits) };
}


describe('requests', () => {
  let hub: TestHub;
  let world: World;
  let liaison: string;
  let admin: string;
  let viewer: string;
  let riverToken: string;
  let hillToken: string;
  const baseInput = (overrides: Partial<SubmitRequestInput> = {}): SubmitRequestInput => ({
    title: 'Evening homework help',
    description: 'Tutors at the community centre three evenings a week.',
    priorityArea: 'AFTER_SCHOOL_AND_SUMMER',
    focalGroupIds: [world.elders.id],
    peopleImpacted: 120,
    oneTimeCents: 1_250_000,
    recurringCents: 400_000,
    fte: 1.5,
    earliestYear: 2027,
    ...overrides,
  });

  /** Omitted variables take the operation's defaults (`first` = 50), so they stay omitted instead of null. */
  const listRequests = (variables: Partial<RequestsQueryVariables>, token: string | null) => hub.graphql(RequestsDocument, variables as RequestsQueryVariables, token);
  const transition = (variables: Pick<TransitionRequestMutationVariables, 'id' | 'to'> & Partial<TransitionRequestMutationVariables>, token: string) =>
    hub.graphql(TransitionRequestDocument, { note: null, version: null, ...variables }, token);

  beforeAll(async () => {
    hub = await startTestHub();
    world = await seedWorld(hub);
    liaison = await hub.token(Role.LIAISON);
    admin = await hub.token(Role.ADMIN);
    viewer = await hub.token(Role.VIEWER);
    riverToken = await hub.token(Role.PARTNER, world.riverClub.id);
    hillToken = await hub.token(Role.PARTNER, world.hillFoundation.id);
  });
  afterAll(() => hub.stop());

  it('submits a request with groups, partner and dependencies, audits it and publishes its event', async () => {
    const recorder = recordRequestEvents(hub);
    const first = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Bus passes for tutoring' }) }, liaison)).submitRequest;
    const submitted = dataOf(
      await hub.graphql(
        SubmitRequestDocument,
        {
          input: baseInput({
            focalGroupIds: [world.elders.id, world.tenants.id, world.elders.id],
            partnerId: world.riverClub.id,
            dependsOnIds: [first.id],
            alternativeGroup: 'homework',
            surveyTopic: 'Barriers to Engagement',
          }),
        },
        liaison,
      ),
    ).submitRequest;
    await recorder.settle();
    recorder.stop();

    expect(submitted).toMatchObject({
      title: 'Evening homework help',
      status: 'SUBMITTED',
      statusNote: null,
      version: 1,
      priorityArea: 'AFTER_SCHOOL_AND_SUMMER',
      peopleImpacted: 120,
      oneTimeCents: 1_250_000,
      recurringCents: 400_000,
      fte: 1.5,
      earliestYear: 2027,
      alternativeGroup: 'homework',
      surveyTopic: 'Barriers to Engagement',
      allowedTransitions: ['UNDER_REVIEW', 'DECLINED'],
      partner: { id: world.riverClub.id },
      dependsOn: [{ id: first.id }],
    });
    expect(submitted.focalGroups.map((group) => group.id).sort()).toEqual([world.elders.id, world.tenants.id].sort());

    const detail = dataOf(await hub.graphql(RequestDocument, { id: submitted.id, horizonYears: 3 }, liaison)).request;
    // 1,250,000 one-time + 3 years x 400,000 recurring
    expect(detail.totalCostCents).toBe(2_450_000);
    expect(detail.partner).toEqual({ id: world.riverClub.id, name: 'River Youth Club' });
    expect(detail.dependsOn).toEqual([{ id: first.id, title: 'Bus passes for tutoring' }]);
    expect(detail.communications).toEqual([]);
    expect(detail.awaitingAcknowledgementFrom).toHaveLength(2);

    const audit = await hub.em().findOneOrFail(AuditEvent, { entityId: submitted.id });
    expect(audit).toMatchObject({ action: 'submitRequest', entityType: 'Request', actorRole: 'LIAISON' });
    expect(audit.after).toMatchObject({ title: 'Evening homework help', partner: world.riverClub.id, dependsOn: [first.id], status: 'SUBMITTED' });

    expect(recorder.events).toHaveLength(2);
    expect(recorder.events[1]).toMatchObject({ requestId: submitted.id, partnerId: world.riverClub.id, status: 'SUBMITTED', version: 1 });
    expect(recorder.events[1].focalGroupIds.sort()).toEqual([world.elders.id, world.tenants.id].sort());
    expect(recorder.events[1].changedFields).toEqual(expect.arrayContaining(['title', 'focalGroups', 'partner', 'dependsOn', 'status']));
    expect(Number.isNaN(Date.parse(recorder.events[1].occurredAt))).toBe(false);
  });

  it('pages newest first with stable cursors and a total count', async () => {
    const em = hub.em();
    const base = Date.UTC(2026, 0, 1);
    for (const [index, letter] of ['A', 'B', 'C', 'D', 'E'].entries()) {
      const request = em.create(Request, {
        title: `Pager ${letter}`,
        description: 'paging',
        priorityArea: PriorityArea.ATTENDANCE,
        peopleImpacted: 1,
        oneTimeCents: 0,
        recurringCents: 0,
        fte: 0,
        earliestYear: 2027,
        createdAt: new Date(base + index * 1000),
      });
      request.focalGroups.add(world.farmworkers);
    }
    await em.flush();

    const filter = { search: 'pager' };
    const titles = (page: { edges: { node: { title: string } }[] }) => page.edges.map((edge) => edge.node.title);
    const page1 = dataOf(await listRequests({ filter, first: 2 }, viewer)).requests;
    expect(titles(page1)).toEqual(['Pager E', 'Pager D']);
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.pageInfo.endCursor).toBe(page1.edges[1].cursor);
    const page2 = dataOf(await listRequests({ filter, first: 2, after: page1.pageInfo.endCursor }, viewer)).requests;
    expect(titles(page2)).toEqual(['Pager C', 'Pager B']);
    const page3 = dataOf(await listRequests({ filter, first: 2, after: page2.pageInfo.endCursor }, viewer)).requests;
    expect(titles(page3)).toEqual(['Pager A']);
    expect(page3.pageInfo).toEqual({ hasNextPage: false, endCursor: page3.edges[0].cursor });
    expect(page3.totalCount).toBe(5);

    expect(errorCodeOf(await listRequests({ first: 0 }, viewer))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await listRequests({ first: 101 }, viewer))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await listRequests({ after: 'not-a-cursor' }, viewer))).toBe('BAD_USER_INPUT');
  });

  it('filters by status, priority area, focal group, partner, region, title and earliest year', async () => {
    const submit = async (overrides: Partial<SubmitRequestInput>) =>
      dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput(overrides) }, admin)).submitRequest;
    const both = await submit({ title: 'Filter 100% both north groups', focalGroupIds: [world.elders.id, world.tenants.id], priorityArea: 'MENTAL_HEALTH', earliestYear: 2027 });
    const south = await submit({ title: 'Filter south', focalGroupIds: [world.farmworkers.id], partnerId: world.hillFoundation.id, earliestYear: 2029 });
    const tenants = await submit({ title: 'Filter tenants', focalGroupIds: [world.tenants.id], partnerId: world.hillFoundation.id, earliestYear: 2028 });
    dataOf(await transition({ id: tenants.id, to: 'UNDER_REVIEW' }, admin));

    const ids = async (filter: Record<string, unknown>) => {
      const page = dataOf(await listRequests({ filter: { search: 'filter', ...filter } }, admin)).requests;
      expect(page.totalCount).toBe(page.edges.length);
      return page.edges.map((edge) => edge.node.id);
    };
    expect(await ids({})).toEqual([tenants.id, south.id, both.id]);
    expect(await ids({ status: ['UNDER_REVIEW'] })).toEqual([tenants.id]);
    expect(await ids({ status: ['SUBMITTED', 'UNDER_REVIEW'] })).toEqual([tenants.id, south.id, both.id]);
    expect(await ids({ priorityArea: 'MENTAL_HEALTH' })).toEqual([both.id]);
    expect(await ids({ focalGroupId: world.tenants.id })).toEqual([tenants.id, both.id]);
    expect(await ids({ partnerId: world.hillFoundation.id })).toEqual([tenants.id, south.id]);
    // "both" is raised by two northern groups and must still be listed once.
    expect(await ids({ regionId: world.north.id })).toEqual([tenants.id, both.id]);
    expect(await ids({ regionId: world.south.id })).toEqual([south.id]);
    expect(await ids({ minEarliestYear: 2028 })).toEqual([tenants.id, south.id]);
    expect(await ids({ minEarliestYear: 2028, maxEarliestYear: 2028 })).toEqual([tenants.id]);
    // LIKE wildcards in the search are literal characters.
    expect(await ids({ search: '100%' })).toEqual([both.id]);
    expect(await ids({ search: 'FILTER SOUTH' })).toEqual([south.id]);
  });

  it('updates fields and relations, bumps the version once and lists exactly the changed fields', async () => {
    const request = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Update me', alternativeGroup: 'x' }) }, liaison)).submitRequest;
    const recorder = recordRequestEvents(hub);
    const updated = dataOf(
      await hub.graphql(
        UpdateRequestDocument,
        { input: { id: request.id, version: 1, title: 'Updated', focalGroupIds: [world.tenants.id], alternativeGroup: null, fte: 1.5 } },
        liaison,
      ),
    ).updateRequest;
    expect(updated).toMatchObject({ title: 'Updated', alternativeGroup: null, version: 2, focalGroups: [{ id: world.tenants.id }] });

    const relationOnly = dataOf(await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 2, partnerId: world.riverClub.id } }, liaison)).updateRequest;
    expect(relationOnly).toMatchObject({ version: 3, partner: { id: world.riverClub.id } });
    const noChange = dataOf(await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 3, title: 'Updated' } }, liaison)).updateRequest;
    expect(noChange.version).toBe(3);
    await recorder.settle();
    recorder.stop();

    expect(recorder.events.map((event) => event.changedFields)).toEqual([['title', 'focalGroups', 'alternativeGroup'], ['partner']]);
    expect(recorder.events.map((event) => event.version)).toEqual([2, 3]);

    const stale = await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 1, title: 'Lost' } }, liaison);
    expect(errorCodeOf(stale)).toBe('CONFLICT');
    const cleared = await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 3, title: null } }, liaison);
    expect(errorCodeOf(cleared)).toBe('BAD_USER_INPUT');
    expect(cleared.errors?.[0].message).toContain('title');
    expect((await hub.em().findOneOrFail(Request, request.id)).title).toBe('Updated');
    const audits = await hub.em().find(AuditEvent, { entityId: request.id, action: 'updateRequest' });
    expect(audits).toHaveLength(2);
  });

  it('rejects invalid input with stable codes', async () => {
    const code = async (input: SubmitRequestInput) => errorCodeOf(await hub.graphql(SubmitRequestDocument, { input }, liaison));
    expect(await code(baseInput({ oneTimeCents: -1 }))).toBe('BAD_USER_INPUT');
    expect(await code(baseInput({ recurringCents: -5 }))).toBe('BAD_USER_INPUT');
    expect(await code(baseInput({ fte: -0.5 }))).toBe('BAD_USER_INPUT');
    expect(await code(baseInput({ focalGroupIds: [] }))).toBe('BAD_USER_INPUT');
    expect(await code(baseInput({ focalGroupIds: ['not-an-id'] }))).toBe('BAD_USER_INPUT');
    expect(await code(baseInput({ focalGroupIds: ['00000000-0000-4000-8000-000000000000'] }))).toBe('NOT_FOUND');
    expect(await code(baseInput({ partnerId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await code(baseInput({ dependsOnIds: ['00000000-0000-4000-8000-000000000000'] }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(RequestDocument, { id: '00000000-0000-4000-8000-000000000000', horizonYears: 1 }, liaison))).toBe('NOT_FOUND');
    // A malformed id is refused as input (naming the argument) before any lookup.
    expect(errorCodeOf(await hub.graphql(RequestDocument, { id: 'nope', horizonYears: 1 }, liaison))).toBe('BAD_USER_INPUT');

    const request = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Self' }) }, liaison)).submitRequest;
    const self = await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 1, dependsOnIds: [request.id] } }, liaison);
    expect(errorCodeOf(self)).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0].message).toBe('A request cannot depend on itself');
    expect(errorCodeOf(await hub.graphql(RequestDocument, { id: request.id, horizonYears: 0 }, liaison))).toBe('BAD_USER_INPUT');
  });

  it('rolls back a write that fails part-way: no rows, no audit, no event', async () => {
    const a = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Cycle A' }) }, liaison)).submitRequest;
    const b = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Cycle B', dependsOnIds: [a.id] }) }, liaison)).submitRequest;
    const c = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Cycle C', dependsOnIds: [b.id] }) }, liaison)).submitRequest;
    const before = await countRows(hub);
    const recorder = recordRequestEvents(hub);

    // A -> C -> B -> A: the cycle is found after the pivot rows were written, so they must roll back.
    const cycle = await hub.graphql(UpdateRequestDocument, { input: { id: a.id, version: 1, title: 'Cycle A (renamed)', dependsOnIds: [c.id] } }, liaison);
    expect(errorCodeOf(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors?.[0].message).toContain('dependency cycle');
    expect(cycle.errors?.[0].extensions?.cycleThrough).toEqual([c.id]);

    const badGroup = await hub.graphql(
      SubmitRequestDocument,
      { input: baseInput({ title: 'Never stored', focalGroupIds: [world.elders.id, '00000000-0000-4000-8000-000000000000'], dependsOnIds: [a.id] }) },
      liaison,
    );
    expect(errorCodeOf(badGroup)).toBe('NOT_FOUND');
    await recorder.settle();
    recorder.stop();

    expect(await countRows(hub)).toEqual(before);
    const stored = await hub.em().findOneOrFail(Request, a.id, { populate: ['dependsOn'] });
    expect(stored).toMatchObject({ title: 'Cycle A', version: 1 });
    expect(stored.dependsOn.getItems()).toEqual([]);
    expect(await hub.em().count(Request, { title: 'Never stored' })).toBe(0);
    expect(recorder.events).toEqual([]);
  });

  it('logs communications in the request log, only about the request\'s own groups', async () => {
    const request = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Talk log', focalGroupIds: [world.elders.id, world.tenants.id] }) }, liaison)).submitRequest;
    const recorder = recordRequestEvents(hub);
    const logged = dataOf(
      await hub.graphql(
        LogCommunicationDocument,
        {
          input: {
            requestId: request.id,
            focalGroupId: world.tenants.id,
            channel: 'HOME_VISIT',
            direction: 'TO_COMMUNITY',
            language: 'es',
            summary: 'Explained the review timeline.',
            communicatedAt: '2026-03-02T17:30:00.000Z',
          },
        },
        liaison,
      ),
    ).logCommunication;
    await recorder.settle();
    recorder.stop();
    expect(logged).toMatchObject({
      channel: 'HOME_VISIT',
      direction: 'TO_COMMUNITY',
      language: 'es',
      summary: 'Explained the review timeline.',
      communicatedAt: '2026-03-02T17:30:00.000Z',
      loggedBy: 'test liaison',
      draft: false,
      focalGroup: { id: world.tenants.id },
      request: { id: request.id },
    });
    expect(recorder.events).toEqual([expect.objectContaining({ requestId: request.id, changedFields: ['communications'], version: 1 })]);
    expect(await hub.em().count(AuditEvent, { action: 'logCommunication', entityId: logged.id })).toBe(1);

    const otherGroup = await hub.graphql(
      LogCommunicationDocument,
      { input: { requestId: request.id, focalGroupId: world.farmworkers.id, channel: 'EMAIL', direction: 'TO_COMMUNITY', language: 'en', summary: 'x', communicatedAt: '2026-03-02T17:30:00.000Z' } },
      liaison,
    );
    expect(errorCodeOf(otherGroup)).toBe('BAD_USER_INPUT');
    expect(otherGroup.errors?.[0].message).toContain('Renters near the rail yard');
  });

  describe('PARTNER tokens', () => {
    let own: { id: string };
    let other: { id: string };

    beforeAll(async () => {
      own = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Scope river', focalGroupIds: [world.farmworkers.id] }) }, riverToken)).submitRequest;
      other = dataOf(
        await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Scope hill', focalGroupIds: [world.farmworkers.id], partnerId: world.hillFoundation.id }) }, liaison),
      ).submitRequest;
    });

    it('submits for its own partner by default and never for another', async () => {
      const stored = await hub.em().findOneOrFail(Request, own.id);
      expect(stored.partner?.id).toBe(world.riverClub.id);
      const forOther = await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Scope sneaky', partnerId: world.hillFoundation.id }) }, riverToken);
      expect(errorCodeOf(forOther)).toBe('FORBIDDEN');
      expect(await hub.em().count(Request, { title: 'Scope sneaky' })).toBe(0);
      // Another partner's request answers like a missing one (no id probing).
      const dependingOnOther = await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Scope sneaky', dependsOnIds: [other.id] }) }, riverToken);
      expect(errorCodeOf(dependingOnOther)).toBe('NOT_FOUND');
      const dropSponsor = await hub.graphql(UpdateRequestDocument, { input: { id: own.id, version: 1, partnerId: null } }, riverToken);
      expect(errorCodeOf(dropSponsor)).toBe('FORBIDDEN');
    });

    it('lists and reads only its own partner\'s requests', async () => {
      const river = dataOf(await listRequests({ filter: { search: 'scope' } }, riverToken)).requests;
      expect(river.edges.map((edge) => edge.node.id)).toEqual([own.id]);
      expect(river.totalCount).toBe(1);
      // Selecting by another sponsor is refused exactly as over WebSocket.
      expect(errorCodeOf(await listRequests({ filter: { partnerId: world.hillFoundation.id } }, riverToken))).toBe('FORBIDDEN');

      expect(dataOf(await hub.graphql(RequestDocument, { id: own.id, horizonYears: 1 }, riverToken)).request.title).toBe('Scope river');
      const foreign = await hub.graphql(RequestDocument, { id: other.id, horizonYears: 1 }, riverToken);
      expect(errorCodeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.data).toBeNull();

      const nested = dataOf(await hub.graphql(FocalGroupAndPartnerRequestsDocument, { focalGroupId: world.farmworkers.id, partnerId: world.hillFoundation.id }, riverToken));
      expect(nested.focalGroup.requests.map((request) => request.id)).toEqual([own.id]);
      expect(nested.partner.requests).toEqual([]);
      const hillView = dataOf(await hub.graphql(FocalGroupAndPartnerRequestsDocument, { focalGroupId: world.farmworkers.id, partnerId: world.hillFoundation.id }, hillToken));
      expect(hillView.partner.requests.map((request) => request.id)).toContain(other.id);
      expect(hillView.focalGroup.requests.map((request) => request.id)).not.toContain(own.id);
    });

    it('logs communications on its own requests only and cannot transition', async () => {
      const input = (requestId: string) => ({
        requestId,
        channel: 'EMAIL' as const,
        direction: 'FROM_COMMUNITY' as const,
        language: 'en',
        summary: 'Families asked about transport.',
        communicatedAt: '2026-04-01T10:00:00.000Z',
      });
      const logged = dataOf(await hub.graphql(LogCommunicationDocument, { input: input(own.id) }, riverToken)).logCommunication;
      expect(logged.loggedBy).toBe('test partner');
      expect(errorCodeOf(await hub.graphql(LogCommunicationDocument, { input: input(other.id) }, riverToken))).toBe('NOT_FOUND');
      expect(await hub.em().count(Communication, { request: other.id })).toBe(0);
      expect(errorCodeOf(await transition({ id: own.id, to: 'UNDER_REVIEW' }, riverToken))).toBe('FORBIDDEN');
      expect(errorCodeOf(await hub.graphql(UpdateRequestDocument, { input: { id: other.id, version: 1, title: 'Mine now' } }, riverToken))).toBe('NOT_FOUND');
    });

    it('does not see another partner\'s request through dependsOn', async () => {
      const dependent = dataOf(
        await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Scope dependent', partnerId: world.riverClub.id, dependsOnIds: [other.id, own.id] }) }, liaison),
      ).submitRequest;
      const asRiver = dataOf(await hub.graphql(RequestDocument, { id: dependent.id, horizonYears: 1 }, riverToken)).request;
      expect(asRiver.dependsOn.map((request) => request.id)).toEqual([own.id]);
      const asStaff = dataOf(await hub.graphql(RequestDocument, { id: dependent.id, horizonYears: 1 }, liaison)).request;
      expect(asStaff.dependsOn.map((request) => request.id).sort()).toEqual([other.id, own.id].sort());
    });
  });

  describe('VIEWER tokens', () => {
    it('read requests publicly but not the communication log or acknowledgement names, and cannot write', async () => {
      const request = dataOf(await hub.graphql(SubmitRequestDocument, { input: baseInput({ title: 'Public view', focalGroupIds: [world.elders.id, world.tenants.id] }) }, liaison)).submitRequest;
      const em = hub.em();
      em.create(Communication, {
        request: request.id,
        channel: CommunicationChannel.MEETING,
        direction: CommunicationDirection.TO_COMMUNITY,
        language: 'en',
        summary: 'Private conversation',
        communicatedAt: new Date('2026-05-01T12:00:00Z'),
        loggedBy: 'seed',
      });
      em.create(ResolutionAcknowledgement, { request: request.id, focalGroup: world.elders.id, acknowledgedBy: 'A named spokesperson' });
      await em.flush();

      const asViewer = dataOf(await hub.graphql(RequestDocument, { id: request.id, horizonYears: 2 }, viewer)).request;
      expect(asViewer).toMatchObject({ title: 'Public view', status: 'SUBMITTED', oneTimeCents: 1_250_000, totalCostCents: 2_050_000 });
      expect(asViewer.communications).toEqual([]);
      expect(asViewer.acknowledgements).toEqual([]);
      expect(asViewer.awaitingAcknowledgementFrom).toEqual([{ id: world.tenants.id, name: 'Renters near the rail yard' }]);

      const asStaff = dataOf(await hub.graphql(RequestDocument, { id: request.id, horizonYears: 2 }, liaison)).request;
      expect(asStaff.communications.map((entry) => entry.summary)).toEqual(['Private conversation']);
      expect(asStaff.acknowledgements.map((entry) => entry.acknowledgedBy)).toEqual(['A named spokesperson']);

      expect(errorCodeOf(await hub.graphql(SubmitRequestDocument, { input: baseInput() }, viewer))).toBe('FORBIDDEN');
      expect(errorCodeOf(await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 1, title: 'x' } }, viewer))).toBe('FORBIDDEN');
      expect(errorCodeOf(await transition({ id: request.id, to: 'UNDER_REVIEW' }, viewer))).toBe('FORBIDDEN');
      expect(
        errorCodeOf(
          await hub.graphql(
            LogCommunicationDocument,
            { input: { requestId: request.id, channel: 'EMAIL', direction: 'TO_COMMUNITY', language: 'en', summary: 'x', communicatedAt: '2026-03-02T17:30:00.000Z' } },
            viewer,
          ),
        ),
      ).toBe('FORBIDDEN');
      // Without credentials the caller is the public audience: the same list a viewer reads.
      expect(dataOf(await listRequests({}, null)).requests.totalCount).toBe(dataOf(await listRequests({}, viewer)).requests.totalCount);
    });
  });
});
