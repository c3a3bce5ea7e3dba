import type { AppConfig } from '../../src/config';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { createHubServer, type HubServer } from '../../src/server/app';
import { Topic } from '../../src/core/pubsub';
import { createHubPubSub, type PubSubHandle } from '../../src/server/pubsub';
import { LiveTransitionRequestDocument, RequestUpdatedDocument } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_ID, type LiveClient } from '../support/ws-client';
import { channelPrefix, describeWithRedis, REDIS_URL } from '../support/redis';

describeWithRedis('live updates across two instances through Redis', () => {
  let hub: TestHub;
  let instanceB: HubServer;
  let pubSubB: PubSubHandle;
  let wsUrlB: string;
  let liaison: string;
  const clients: LiveClient[] = [];

  const connect = (url: string, token: string) => {
    const client = connectLive(url, bearer(token));
    clients.push(client);
    return client;
  };

  /** A probe published through `pubSub`: seen by a subscriber only once it crossed Redis on that pubsub's channels. */
  const probe = (pubSub: PubSubHandle, partnerId: string | null) => () =>
    pubSub.pubSub.publish(Topic.REQUEST_UPDATED, {
      requestId: PROBE_ID,
      partnerId,
      focalGroupIds: [],
      changedFields: [],
      status: RequestStatus.SUBMITTED,
      version: 1,
      occurredAt: new Date().toISOString(),
    });

  beforeAll(async () => {
    hub = await startTestHub({ env: { REDIS_URL: REDIS_URL!, REDIS_CHANNEL_PREFIX: channelPrefix() } });
    pubSubB = createHubPubSub(hub.config);
    instanceB = await createHubServer({ config: hub.config, orm: hub.orm, pubSub: pubSubB, logError: () => undefined });
    wsUrlB = `ws://127.0.0.1:${await instanceB.listen(0, '127.0.0.1')}/graphql`;
    liaison = await hub.token(Role.LIAISON);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await instanceB.stop();
    await pubSubB.close();
    await hub.stop();
  });

  it('delivers a mutation committed on instance A to subscribers on A and B, once each, and keeps partners apart', async () => {
    const em = hub.em();
    const partner = em.create(Partner, { name: 'Riverbend Mentors', kind: PartnerKind.NON_PROFIT, priorityAreas: [PriorityArea.MENTAL_HEALTH] });
    const otherPartner = em.create(Partner, { name: 'Oak Hill Library Friends', kind: PartnerKind.CULTURAL, priorityAreas: [PriorityArea.LANGUAGE_ACCESS] });
    const group = em.create(FocalGroup, { name: 'Teen parents', category: FocalGroupCategory.FAMILY_ROLE, languages: ['en'], populationShare: 0.01, proximity: IssueProximity.DIRECTLY_IMPACTED });
    const request = em.create(Request, {
      title: 'Peer mentoring after school',
      description: 'Synthetic request for the multi-instance test',
      priorityArea: PriorityArea.MENTAL_HEALTH,
      partner,
      peopleImpacted: 80,
      oneTimeCents: 250_000,
      recurringCents: 100_000,
      fte: 0.5,
      earliestYear: 2027,
    });
    request.focalGroups.add(group);
    await em.flush();

    // Probes go out through instance B's Redis connection, so a probe seen on A has crossed Redis too.
    const probeB = (partnerId: string | null) => probe(pubSubB, partnerId);
    const onA = await connect(hub.wsUrl, liaison).subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(probeB(null));
    const onB = await connect(wsUrlB, liaison).subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(probeB(null));
    const ownerOnB = await connect(wsUrlB, await hub.token(Role.PARTNER, partner.id))
      .subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null })
      .ready(probeB(partner.id));
    const otherOnB = await connect(wsUrlB, await hub.token(Role.PARTNER, otherPartner.id))
      .subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null })
      .ready(probeB(otherPartner.id));

    const response = await hub.graphql(LiveTransitionRequestDocument, { id: request.id, to: RequestStatus.UNDER_REVIEW, note: null, version: 1 }, liaison);
    expect(dataOf(response).transitionRequest.version).toBe(2);

    const expected = { requestId: request.id, partnerId: partner.id, focalGroupIds: [group.id], status: 'UNDER_REVIEW', version: 2 };
    expect((await onB.next()).requestUpdated).toMatchObject(expected);
    expect((await onA.next()).requestUpdated).toMatchObject(expected);
    expect((await ownerOnB.next()).requestUpdated).toMatchObject(expected);
    await Promise.all([onA.expectNothing(), onB.expectNothing(), ownerOnB.expectNothing(), otherOnB.expectNothing()]);
    expect(otherOnB.results).toEqual([]);
  });

  it('keeps deployments with different channel prefixes apart on one Redis', async () => {
    const otherDeployment: AppConfig = { ...hub.config, REDIS_CHANNEL_PREFIX: channelPrefix() };
    const pubSubOther = createHubPubSub(otherDeployment);
    const instanceOther = await createHubServer({ config: otherDeployment, orm: hub.orm, pubSub: pubSubOther, logError: () => undefined });
    try {
      const wsUrlOther = `ws://127.0.0.1:${await instanceOther.listen(0, '127.0.0.1')}/graphql`;
      const em = hub.em();
      const request = em.create(Request, {
        title: 'Family literacy evenings',
        description: 'Synthetic request for the channel prefix test',
        priorityArea: PriorityArea.LANGUAGE_ACCESS,
        partner: null,
        peopleImpacted: 60,
        oneTimeCents: 90_000,
        recurringCents: 0,
        fte: 0,
        earliestYear: 2027,
      });
      await em.flush();

      const sameDeployment = await connect(wsUrlB, liaison).subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(probe(pubSubB, null));
      const elsewhere = await connect(wsUrlOther, liaison).subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(probe(pubSubOther, null));

      dataOf(await hub.graphql(LiveTransitionRequestDocument, { id: request.id, to: RequestStatus.UNDER_REVIEW, note: null, version: 1 }, liaison));
      pubSubOther.pubSub.publish(Topic.REQUEST_UPDATED, {
        requestId: 'only-on-the-other-deployment',
        partnerId: null,
        focalGroupIds: [],
        changedFields: ['status'],
        status: RequestStatus.UNDER_REVIEW,
        version: 2,
        occurredAt: new Date().toISOString(),
      });

      expect((await sameDeployment.next()).requestUpdated).toMatchObject({ requestId: request.id, version: 2 });
      expect((await elsewhere.next()).requestUpdated).toMatchObject({ requestId: 'only-on-the-other-deployment' });
      await Promise.all([sameDeployment.expectNothing(), elsewhere.expectNothing()]);
    } finally {
      await instanceOther.stop();
      await pubSubOther.close();
    }
  });
});
