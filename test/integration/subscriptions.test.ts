import WebSocket from 'ws';
import { ApiToken } from '../../src/modules/auth/api-token.entity';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { hashSecret } from '../../src/modules/auth/secrets';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { LiveUpdatesService } from '../../src/modules/live-updates/live-updates.service';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { createHubServer, type HubServer } from '../../src/server/app';
import { createContext } from '../../src/server/context';
import { Topic, type PlanChangedEvent, type RequestUpdatedEvent } from '../../src/core/pubsub';
import type { LiveUpdateLimits } from '../../src/server/subscription-server';
import { runWrite } from '../../src/core/unit-of-work';
import { BadUserInputError } from '../../src/core/errors';
import {
  LiveTransitionRequestDocument,
  PlanChangedDocument,
  RequestUpdatedDocument,
  ScenarioCompletedDocument,
  SurveyResultsPublishedDocument,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_ID, PROBE_OCCURRED_AT, sleep, waitUntil, type LiveClient } from '../support/ws-client';

describe('live updates over graphql-ws', () => {
  let hub: TestHub;
  let liaison: string;
  let partnerA: Partner;
  let partnerB: Partner;
  let groupOne: FocalGroup;
  let groupTwo: FocalGroup;
  const clients: LiveClient[] = [];
  const instances: HubServer[] = [];

  const live = (url: string, authorization: string | null, options?: Parameters<typeof connectLive>[2]) => {
    const client = connectLive(url, authorization, options);
    clients.push(client);
    return client;
  };

  /** A second API instance on the same database and pubsub, with its own sockets and limits. */
  async function startInstance(
    liveUpdates: Partial<LiveUpdateLimits> = {},
    port = 0,
    shareLiveUpdateExecution = true,
  ): Promise<{ server: HubServer; wsUrl: string; port: number }> {
    const server = await createHubServer({ config: hub.config, orm: hub.orm, pubSub: hub.pubSub, logError: () => undefined, liveUpdates, shareLiveUpdateExecution });
    instances.push(server);
    const boundPort = await server.listen(port, '127.0.0.1');
    return { server, wsUrl: `ws://127.0.0.1:${boundPort}/graphql`, port: boundPort };
  }

  async function createRequest(title: string, partner: Partner | null, groups: FocalGroup[]): Promise<Request> {
    const em = hub.em();
    const request = em.create(Request, {
      title,
      description: `${title}: synthetic request for the live-updates tests`,
      priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
      partner: partner ? em.getReference(Partner, partner.id) : null,
      peopleImpacted: 120,
      oneTimeCents: 500_000,
      recurringCents: 0,
      fte: 0,
      earliestYear: 2027,
    });
    request.focalGroups.set(groups.map((group) => em.getReference(FocalGroup, group.id)));
    await em.flush();
    return request;
  }

  const transition = (id: string, to: RequestStatus, version?: number, note?: string) =>
    hub.graphql(LiveTransitionRequestDocument, { id, to, version: version ?? null, note: note ?? null }, liaison);

  const publishRequestProbe = (partnerId: string | null, focalGroupIds: string[] = []) => () =>
    hub.pubSub.pubSub.publish(Topic.REQUEST_UPDATED, {
      requestId: PROBE_ID,
      partnerId,
      focalGroupIds,
      changedFields: [],
      status: RequestStatus.SUBMITTED,
      version: 1,
      occurredAt: new Date().toISOString(),
    });

  const publishPlanChange = (event: Partial<PlanChangedEvent> & Pick<PlanChangedEvent, 'partnerIds'>) =>
    hub.pubSub.pubSub.publish(Topic.PLAN_CHANGED, { cycleId: 'cycle-1', scenarioId: 'scenario-1', occurredAt: '2027-03-01T12:00:00.000Z', ...event });

  beforeAll(async () => {
    hub = await startTestHub();
    liaison = await hub.token(Role.LIAISON);
    const em = hub.em();
    partnerA = em.create(Partner, { name: 'Harbor Youth Collective', kind: PartnerKind.NON_PROFIT, priorityAreas: [PriorityArea.AFTER_SCHOOL_AND_SUMMER] });
    partnerB = em.create(Partner, { name: 'Maple Street Family Center', kind: PartnerKind.NON_PROFIT, priorityAreas: [PriorityArea.FAMILY_ENGAGEMENT] });
    groupOne = em.create(FocalGroup, { name: 'Grandparents raising grandchildren', category: FocalGroupCategory.FAMILY_ROLE, populationShare: 0.04, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED });
    groupTwo = em.create(FocalGroup, { name: 'Night-shift workers', category: FocalGroupCategory.WORK, populationShare: 0.07, languages: ['en', 'es'], proximity: IssueProximity.INDIRECTLY_IMPACTED });
    await em.flush();
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop().catch(() => undefined)));
    await hub.stop();
  });

  it('delivers a committed transition exactly once, with what a client needs to update in place', async () => {
    const request = await createRequest('Saturday homework club', partnerA, [groupOne]);
    const subscription = await live(hub.wsUrl, bearer(await hub.token(Role.ADMIN))).subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));

    const before = Date.now();
    const response = await transition(request.id, RequestStatus.UNDER_REVIEW, 1, 'Reviewed by the committee');
    expect(dataOf(response).transitionRequest).toEqual({ id: request.id, status: 'UNDER_REVIEW', version: 2 });

    const { requestUpdated } = await subscription.next();
    expect(requestUpdated).toEqual({
      requestId: request.id,
      partnerId: partnerA.id,
      focalGroupIds: [groupOne.id],
      changedFields: ['status', 'statusNote', 'allowedTransitions'],
      status: 'UNDER_REVIEW',
      version: 2,
      occurredAt: expect.any(String),
    });
    expect(Date.parse(requestUpdated.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(requestUpdated.occurredAt)).toBeLessThanOrEqual(Date.now());
    await subscription.expectNothing();
    expect(subscription.results).toHaveLength(1);
  });

  it('filters by partner and by focal group', async () => {
    const ofA = await createRequest('Bilingual family nights', partnerA, [groupOne]);
    const ofB = await createRequest('Late pick-up for shift workers', partnerB, [groupTwo]);
    const ofNobody = await createRequest('Grandparent support circle', null, [groupOne, groupTwo]);
    const staff = live(hub.wsUrl, bearer(liaison));
    const byPartner = await staff.subscribe(RequestUpdatedDocument, { partnerId: partnerA.id, focalGroupId: null }).ready(publishRequestProbe(partnerA.id));
    const byGroup = await staff.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: groupTwo.id }).ready(publishRequestProbe(null, [groupTwo.id]));

    for (const request of [ofA, ofB, ofNobody]) dataOf(await transition(request.id, RequestStatus.UNDER_REVIEW, 1));

    await waitUntil(() => byGroup.results.length === 2, 'both focal-group events');
    await sleep(200);
    expect(byPartner.events.map((event) => event.requestUpdated.requestId)).toEqual([ofA.id]);
    expect(byGroup.events.map((event) => event.requestUpdated.requestId).sort()).toEqual([ofB.id, ofNobody.id].sort());
  });

  it('a PARTNER hears only its own requests and plan items, even subscribing without arguments', async () => {
    const ofA = await createRequest('Summer reading vans', partnerA, [groupOne]);
    const ofB = await createRequest('Evening counselling hours', partnerB, [groupOne]);
    const ofNobody = await createRequest('Translated report cards', null, [groupOne]);
    const partnerClient = live(hub.wsUrl, bearer(await hub.token(Role.PARTNER, partnerA.id)));
    const requests = await partnerClient.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(partnerA.id));
    const sameGroup = await partnerClient.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: groupOne.id }).ready(publishRequestProbe(partnerA.id, [groupOne.id]));
    const plans = await partnerClient.subscribe(PlanChangedDocument, { cycleId: null }).ready(() => publishPlanChange({ cycleId: PROBE_ID, partnerIds: [partnerA.id] }));

    for (const request of [ofB, ofNobody, ofA]) dataOf(await transition(request.id, RequestStatus.UNDER_REVIEW, 1));
    publishPlanChange({ scenarioId: 'only-b', partnerIds: [partnerB.id] });
    publishPlanChange({ scenarioId: 'a-and-b', partnerIds: [partnerB.id, partnerA.id] });

    expect((await requests.next()).requestUpdated).toMatchObject({ requestId: ofA.id, partnerId: partnerA.id });
    expect((await sameGroup.next()).requestUpdated).toMatchObject({ requestId: ofA.id, partnerId: partnerA.id });
    expect((await plans.next()).planChanged).toEqual({ cycleId: 'cycle-1', scenarioId: 'a-and-b', partnerIds: [partnerA.id], occurredAt: '2027-03-01T12:00:00.000Z' });
    await Promise.all([requests.expectNothing(), sameGroup.expectNothing(), plans.expectNothing()]);
  });

  it('refuses a PARTNER asking for another partner\'s requests with FORBIDDEN', async () => {
    const partnerClient = live(hub.wsUrl, bearer(await hub.token(Role.PARTNER, partnerA.id)));
    const refused = partnerClient.subscribe(RequestUpdatedDocument, { partnerId: partnerB.id, focalGroupId: null });
    const result = await refused.nextResult();
    expect(result.errors?.[0]).toMatchObject({ message: 'A partner may only select its own requests', extensions: { code: 'FORBIDDEN' } });
    await waitUntil(() => refused.completed, 'the refused subscription to complete');
  });

  it('gives a VIEWER plan and survey notices and request changes without the partner, and no what-if runs', async () => {
    const request = await createRequest('Community garden', partnerB, [groupTwo]);
    const viewer = live(hub.wsUrl, bearer(await hub.token(Role.VIEWER)));
    const requests = await viewer.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));
    const plans = await viewer.subscribe(PlanChangedDocument, { cycleId: 'cycle-1' }).ready(() => publishPlanChange({ scenarioId: PROBE_ID, partnerIds: [] }));
    const surveys = await viewer
      .subscribe(SurveyResultsPublishedDocument, { surveyId: 'survey-1' })
      .ready(() => hub.pubSub.pubSub.publish(Topic.SURVEY_RESULTS_PUBLISHED, { surveyId: 'survey-1', rowsAccepted: 0, occurredAt: PROBE_OCCURRED_AT }));

    dataOf(await transition(request.id, RequestStatus.UNDER_REVIEW, 1));
    publishPlanChange({ cycleId: 'cycle-2', partnerIds: [partnerA.id] });
    publishPlanChange({ partnerIds: [partnerA.id, partnerB.id] });
    hub.pubSub.pubSub.publish(Topic.SURVEY_RESULTS_PUBLISHED, { surveyId: 'survey-2', rowsAccepted: 5, occurredAt: '2027-03-02T09:30:00.000Z' });
    hub.pubSub.pubSub.publish(Topic.SURVEY_RESULTS_PUBLISHED, { surveyId: 'survey-1', rowsAccepted: 412, occurredAt: '2027-03-03T10:00:00.000Z' });

    expect((await requests.next()).requestUpdated).toMatchObject({ requestId: request.id, partnerId: null, focalGroupIds: [groupTwo.id], status: 'UNDER_REVIEW', version: 2 });
    expect((await plans.next()).planChanged).toEqual({ cycleId: 'cycle-1', scenarioId: 'scenario-1', partnerIds: [], occurredAt: '2027-03-01T12:00:00.000Z' });
    expect((await surveys.next()).surveyResultsPublished).toEqual({ surveyId: 'survey-1', rowsAccepted: 412, occurredAt: '2027-03-03T10:00:00.000Z' });
    await Promise.all([requests.expectNothing(), plans.expectNothing(), surveys.expectNothing()]);
    // What-if runs are staff deliberation: a viewer cannot follow them (the HTTP scenarios list hides them too).
    const whatIfs = await viewer.subscribe(ScenarioCompletedDocument, { cycleId: 'cycle-1' }).nextResult();
    expect(whatIfs.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const refused = await viewer.subscribe(RequestUpdatedDocument, { partnerId: partnerB.id, focalGroupId: null }).nextResult();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a missing or unknown token with close code 4401 and the reason, and accepts a bare token', async () => {
    const anonymous = live(hub.wsUrl, null);
    const withoutToken = anonymous.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null });
    await waitUntil(() => withoutToken.error !== null, 'the anonymous connection to be refused');
    expect(anonymous.closes).toEqual([{ code: 4401, reason: 'Unauthorized: connection_init payload.authorization must carry a bearer token, or the browser a session cookie' }]);

    const impostor = live(hub.wsUrl, bearer('cbh_not-a-real-token'));
    const withBadToken = impostor.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null });
    await waitUntil(() => withBadToken.error !== null, 'the unknown token to be refused');
    expect(impostor.closes).toEqual([{ code: 4401, reason: 'Unauthorized: Unknown token' }]);
    expect(withBadToken.results).toEqual([]);

    const bare = live(hub.wsUrl, liaison);
    await bare.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));
    expect(bare.closes).toEqual([]);
  });

  it('closes a connection whose token is revoked with 4401 at the next re-check, and keeps one whose token is valid', async () => {
    // Only the credential check is quick: a 150 ms ping would also cut a healthy socket whenever this
    // process (client and server at once) stalls for longer than that.
    const credentialCheckMs = 150;
    const { wsUrl } = await startInstance({ credentialCheckMs });
    const em = hub.em();
    const { secret: doomedToken } = createUserWithToken(em, { email: 'doomed@example.org', displayName: 'test token to revoke', role: Role.LIAISON, tokenName: 'doomed' });
    await em.flush();
    const doomed = live(wsUrl, bearer(doomedToken));
    const healthy = live(wsUrl, bearer(liaison));
    const doomedSubscription = await doomed.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));
    const healthySubscription = await healthy.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));

    const revoked = await hub.em().nativeUpdate(ApiToken, { tokenHash: hashSecret(doomedToken) }, { revokedAt: new Date() });
    expect(revoked).toBe(1);
    const started = Date.now();
    await waitUntil(() => doomed.closes.length === 1, 'the revoked connection to be closed', 2_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(doomed.closes).toEqual([{ code: 4401, reason: 'Unauthorized: credentials revoked, expired or changed' }]);
    expect(doomedSubscription.error).not.toBeNull();

    await sleep(credentialCheckMs * 4);
    expect(healthy.closes).toEqual([]);
    healthySubscription.probesSeen = 0;
    await healthySubscription.ready(publishRequestProbe(null));
  });

  it('publishes nothing for a mutation that fails or rolls back, and exactly once for the next that commits', async () => {
    const request = await createRequest('Parent leadership academy', partnerA, [groupOne]);
    const subscription = await live(hub.wsUrl, bearer(liaison)).subscribe(RequestUpdatedDocument, { partnerId: partnerA.id, focalGroupId: null }).ready(publishRequestProbe(partnerA.id));

    expect(errorCodeOf(await transition(request.id, RequestStatus.FUNDED, 1))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await transition(request.id, RequestStatus.UNDER_REVIEW, 7))).toBe('CONFLICT');
    // A write that already queued its event and then fails inside the transaction.
    const context = await createContext({ rootEm: hub.orm.em, pubSub: hub.pubSub.pubSub, config: hub.config }, { authorization: bearer(liaison) });
    const rolledBack = runWrite(context, async ({ em, publish }) => {
      const row = await em.findOneOrFail(Request, request.id);
      row.status = RequestStatus.DECLINED;
      await em.flush();
      publish({ topic: Topic.REQUEST_UPDATED, payload: { requestId: request.id, partnerId: partnerA.id, focalGroupIds: [], changedFields: ['status'], status: 'DECLINED', version: 2, occurredAt: new Date().toISOString() } satisfies RequestUpdatedEvent });
      throw new BadUserInputError('changed my mind');
    });
    await expect(rolledBack).rejects.toThrow('changed my mind');
    expect((await hub.em().findOneOrFail(Request, request.id)).status).toBe(RequestStatus.SUBMITTED);
    await subscription.expectNothing();

    dataOf(await transition(request.id, RequestStatus.DECLINED, 1));
    expect((await subscription.next()).requestUpdated).toMatchObject({ requestId: request.id, status: 'DECLINED', version: 2 });
    await subscription.expectNothing();
  });

  it('closes sockets with 1001 on shutdown; the client reconnects to the restarted instance and hears later events', async () => {
    const request = await createRequest('Mobile family resource center', partnerB, [groupTwo]);
    const first = await startInstance();
    const client = live(first.wsUrl, bearer(liaison), { retryAttempts: 20, retryWait: () => sleep(100), shouldRetry: () => true });
    const subscription = await client.subscribe(RequestUpdatedDocument, { partnerId: partnerB.id, focalGroupId: null }).ready(publishRequestProbe(partnerB.id));

    await first.server.stop();
    await waitUntil(() => client.closes.length === 1, 'the server-side close');
    expect(client.closes[0]).toEqual({ code: 1001, reason: 'Server shutting down' });

    await startInstance({}, first.port);
    await waitUntil(() => client.connections() === 2, 'the client to reconnect');
    subscription.probesSeen = 0;
    await subscription.ready(publishRequestProbe(partnerB.id));
    dataOf(await transition(request.id, RequestStatus.UNDER_REVIEW, 1));
    expect((await subscription.next()).requestUpdated).toMatchObject({ requestId: request.id, status: 'UNDER_REVIEW' });
    await subscription.expectNothing();
  });

  it('does not close a connection that authenticated while a re-check was waiting for the database', async () => {
    const credentialCheckMs = 100;
    const { wsUrl, port } = await startInstance({ credentialCheckMs });
    const em = hub.em();
    const { secret: revokedToken } = createUserWithToken(em, { email: 'revoked-mid-check@example.org', displayName: 'token revoked during a check', role: Role.LIAISON, tokenName: 'mid-check' });
    await em.flush();
    const revokedClient = live(wsUrl, bearer(revokedToken));
    await revokedClient.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));
    // A request puts the liaison's token in this instance's credential cache: its next connection needs no database.
    const warmUp = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: bearer(liaison) }, body: JSON.stringify({ query: '{ regions { id } }' }) });
    expect(warmUp.status).toBe(200);

    const latecomer = live(wsUrl, bearer(liaison));
    await hub.orm.em.fork().transactional(async (tx) => {
      // Holds every re-check at its token lookup until this transaction ends.
      await tx.execute('lock table api_token in access exclusive mode');
      const waitingChecks = async () =>
        Number((await hub.em().getConnection().execute<{ waiting: string }[]>(
          `select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%api_token%'`,
        ))[0].waiting);
      for (let attempt = 0; (await waitingChecks()) === 0; attempt += 1) {
        if (attempt > 200) throw new Error('no credential re-check came to wait for the lock');
        await sleep(20);
      }
      const subscription = latecomer.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null });
      await waitUntil(() => latecomer.connections() === 1, 'the latecomer to authenticate while the re-check waits');
      expect(subscription.error).toBeNull();
      await tx.execute('update api_token set revoked_at = now() where token_hash = ?', [hashSecret(revokedToken)]);
    });

    // The waiting re-check closes the revoked connection; in the same pass it would have closed the latecomer.
    await waitUntil(() => revokedClient.closes.length === 1, 'the re-check to close the revoked connection');
    expect(revokedClient.closes[0].code).toBe(4401);
    const stillOpen = latecomer.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null });
    await stillOpen.ready(publishRequestProbe(null));
    expect(latecomer.closes).toEqual([]);
  });

  it('terminates a socket that stops answering keep-alive pings, and keeps one that answers', async () => {
    const keepAliveMs = 300;
    const { wsUrl } = await startInstance({ keepAliveMs });
    const openRaw = async (autoPong: boolean) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { autoPong });
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: bearer(liaison) } }));
      await new Promise((resolve) => socket.once('message', resolve));
      return { socket, closed };
    };
    const dead = await openRaw(false);
    const alive = await openRaw(true);
    const started = Date.now();
    expect(await dead.closed).toBe(1006);
    expect(Date.now() - started).toBeLessThan(keepAliveMs * 2 + 1_000);
    await sleep(keepAliveMs * 2);
    expect(alive.socket.readyState).toBe(WebSocket.OPEN);
    alive.socket.close();
  });

  it('closes a consumer that falls too far behind with 1013 instead of queueing without bound', async () => {
    const maxPendingEvents = 20;
    const { wsUrl } = await startInstance({ maxPendingEvents, closeGraceMs: 15_000 });
    const client = live(wsUrl, bearer(liaison));
    let socket: WebSocket | null = null;
    client.client.on('opened', (opened) => {
      socket = opened as WebSocket;
    });
    const subscription = await client.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));

    // Stop reading: the kernel buffers fill, the server's writes stall and its queue grows.
    socket!.pause();
    const published = 400;
    const bulkyFields = Array.from({ length: 200 }, (_, index) => `field-${index}-${'x'.repeat(300)}`);
    for (let index = 0; index < published; index += 1) {
      hub.pubSub.pubSub.publish(Topic.REQUEST_UPDATED, {
        requestId: `flood-${index}`,
        partnerId: null,
        focalGroupIds: [],
        changedFields: bulkyFields,
        status: RequestStatus.SUBMITTED,
        version: 1,
        occurredAt: new Date().toISOString(),
      });
      if (index % 50 === 0) await sleep(20);
    }
    await sleep(1_000);
    socket!.resume();

    await waitUntil(() => client.closes.length === 1, 'the server to close the slow consumer', 10_000);
    expect(client.closes[0]).toEqual({ code: 1013, reason: `Too far behind: over ${maxPendingEvents} events waiting; reconnect and refetch` });
    const delivered = subscription.results.length;
    expect(delivered).toBeGreaterThan(0);
    expect(delivered).toBeLessThan(published);
    // What arrived is an unbroken prefix: the server dropped the tail, never events in the middle.
    expect(subscription.events.map((event) => event.requestUpdated.requestId)).toEqual(Array.from({ length: delivered }, (_, index) => `flood-${index}`));
  });

  it('limits subscriptions per connection', async () => {
    const { wsUrl } = await startInstance({ maxSubscriptionsPerConnection: 2 });
    const client = live(wsUrl, bearer(liaison));
    await client.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(null));
    await client.subscribe(PlanChangedDocument, { cycleId: null }).ready(() => publishPlanChange({ cycleId: PROBE_ID, partnerIds: [] }));
    const third = client.subscribe(ScenarioCompletedDocument, { cycleId: null });
    await waitUntil(() => third.error !== null, 'the third subscription to be refused');
    expect(third.error).toEqual([
      expect.objectContaining({ message: 'At most 2 subscriptions per connection; open another connection', extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect(client.closes).toEqual([]);
  });

  it('gives every audience its own filtered and redacted payload when many subscribers share one operation', async () => {
    const request = await createRequest('Homework help hotline', partnerA, [groupOne]);
    const listen = async (token: string, partnerId: string | null) => {
      const client = live(hub.wsUrl, bearer(token));
      const requests = await client.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(partnerId));
      const plans = await client.subscribe(PlanChangedDocument, { cycleId: null }).ready(() => publishPlanChange({ cycleId: PROBE_ID, partnerIds: partnerId ? [partnerId] : [] }));
      return { requests, plans };
    };
    const [admin, viewer] = [await hub.token(Role.ADMIN), await hub.token(Role.VIEWER)];
    const [ofA, ofB] = [await hub.token(Role.PARTNER, partnerA.id), await hub.token(Role.PARTNER, partnerB.id)];
    const staff = [await listen(admin, null), await listen(admin, null), await listen(liaison, null)];
    const partnerAApps = [await listen(ofA, partnerA.id), await listen(ofA, partnerA.id)];
    const partnerBApp = await listen(ofB, partnerB.id);
    const publicScreens = [await listen(viewer, null), await listen(viewer, null)];
    const toRequestUpdate = jest.spyOn(LiveUpdatesService.prototype, 'toRequestUpdate');
    const toPlanChange = jest.spyOn(LiveUpdatesService.prototype, 'toPlanChange');
    try {
      dataOf(await transition(request.id, RequestStatus.UNDER_REVIEW, 1));
      publishPlanChange({ scenarioId: 'plan-for-a-and-b', partnerIds: [partnerA.id, partnerB.id] });

      for (const { requests, plans } of staff) {
        expect((await requests.next()).requestUpdated).toMatchObject({ requestId: request.id, partnerId: partnerA.id, version: 2 });
        expect((await plans.next()).planChanged.partnerIds).toEqual([partnerA.id, partnerB.id]);
      }
      for (const { requests, plans } of partnerAApps) {
        expect((await requests.next()).requestUpdated).toMatchObject({ requestId: request.id, partnerId: partnerA.id, version: 2 });
        expect((await plans.next()).planChanged.partnerIds).toEqual([partnerA.id]);
      }
      expect((await partnerBApp.plans.next()).planChanged.partnerIds).toEqual([partnerB.id]);
      for (const { requests, plans } of publicScreens) {
        expect((await requests.next()).requestUpdated).toMatchObject({ requestId: request.id, partnerId: null, version: 2 });
        expect((await plans.next()).planChanged.partnerIds).toEqual([]);
      }
      await sleep(300);
      for (const { requests, plans } of [...staff, ...partnerAApps, partnerBApp, ...publicScreens]) {
        await Promise.all([requests.expectNothing(), plans.expectNothing()]);
      }
      expect(partnerBApp.requests.results).toEqual([]);

      // One execution per audience that heard the event: ADMIN, LIAISON, PARTNER of A and VIEWER
      // for the request (partner B's filter drops it first), the same plus PARTNER of B for the plan.
      expect(toRequestUpdate.mock.calls.filter(([event]) => event.requestId === request.id)).toHaveLength(4);
      expect(toPlanChange.mock.calls.filter(([event]) => event.scenarioId === 'plan-for-a-and-b')).toHaveLength(5);
    } finally {
      toRequestUpdate.mockRestore();
      toPlanChange.mockRestore();
    }
  });

  it('executes an event once per operation and audience instead of once per subscriber', async () => {
    const unshared = await startInstance({}, 0, false);
    /** Executions of one event for 20 apps of `partner` with the same variables and one with others. */
    const executionsOfOneEvent = async (wsUrl: string, partner: Partner, requestId: string) => {
      const partnerToken = await hub.token(Role.PARTNER, partner.id);
      const sameOperation = await Promise.all(
        Array.from({ length: 20 }, () =>
          live(wsUrl, bearer(partnerToken)).subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(publishRequestProbe(partner.id)),
        ),
      );
      const otherVariables = await live(wsUrl, bearer(partnerToken))
        .subscribe(RequestUpdatedDocument, { partnerId: partner.id, focalGroupId: null })
        .ready(publishRequestProbe(partner.id));
      const toRequestUpdate = jest.spyOn(LiveUpdatesService.prototype, 'toRequestUpdate');
      try {
        const event = {
          requestId,
          partnerId: partner.id,
          focalGroupIds: [groupOne.id],
          changedFields: ['status'],
          status: RequestStatus.UNDER_REVIEW,
          version: 2,
          occurredAt: '2027-03-04T08:00:00.000Z',
        };
        hub.pubSub.pubSub.publish(Topic.REQUEST_UPDATED, event);
        for (const subscription of [...sameOperation, otherVariables]) expect((await subscription.next()).requestUpdated).toEqual(event);
        return toRequestUpdate.mock.calls.filter(([executed]) => executed.requestId === requestId).length;
      } finally {
        toRequestUpdate.mockRestore();
        await Promise.all(clients.splice(0).map((client) => client.dispose()));
      }
    };

    // Different partners, so that apps of the first round that are still closing cannot hear the second event.
    expect(await executionsOfOneEvent(hub.wsUrl, partnerA, 'shared-execution')).toBe(2);
    expect(await executionsOfOneEvent(unshared.wsUrl, partnerB, 'execution-per-subscriber')).toBe(21);
  });
});
