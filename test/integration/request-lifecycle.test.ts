import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { PriorityArea } from '../../src/modules/partners/partner.entity';
import { REQUEST_TRANSITIONS } from '../../src/modules/requests/request-lifecycle';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { ResolutionAcknowledgement } from '../../src/modules/requests/resolution-acknowledgement.entity';
import { Topic, type RequestUpdatedEvent } from '../../src/core/pubsub';
import {
  AcknowledgeResolutionDocument,
  RequestDocument,
  SubmitRequestDocument,
  TransitionRequestDocument,
  UpdateRequestDocument,
  type TransitionRequestMutationVariables,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

describe('request lifecycle', () => {
  let hub: TestHub;
  let liaison: string;
  let budgetStaff: string;
  let groups: FocalGroup[];
  const transition = (variables: Pick<TransitionRequestMutationVariables, 'id' | 'to'> & Partial<TransitionRequestMutationVariables>, token: string) =>
    hub.graphql(TransitionRequestDocument, { note: null, version: null, ...variables }, token);

  /** A request already in `status`, raised by `raisedBy`, arranged directly in the database. */
  async function requestIn(status: RequestStatus, raisedBy: FocalGroup[] = [groups[0]]): Promise<Request> {
    const em = hub.em();
    const request = em.create(Request, {
      title: `In ${status}`,
      description: 'arranged',
      priorityArea: PriorityArea.MENTAL_HEALTH,
      peopleImpacted: 10,
      oneTimeCents: 100,
      recurringCents: 0,
      fte: 0,
      earliestYear: 2027,
      status,
    });
    request.focalGroups.set(raisedBy.map((group) => em.getReference(FocalGroup, group.id)));
    await em.flush();
    return request;
  }

  beforeAll(async () => {
    hub = await startTestHub();
    liaison = await hub.token(Role.LIAISON);
    budgetStaff = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    groups = ['Youth council', 'Night-shift parents', 'Mandarin-speaking families'].map((name) =>
      em.create(FocalGroup, { name, category: FocalGroupCategory.FAMILY_ROLE, populationShare: 0.2, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED }),
    );
    await em.flush();
  });
  afterAll(() => hub.stop());

  const allowedPairs = Object.entries(REQUEST_TRANSITIONS)
    .flatMap(([from, targets]) => targets.map((to) => [from as RequestStatus, to] as const))
    .filter(([, to]) => to !== RequestStatus.RESOLVED);

  it('covers the whole table: 15 transitions, 2 of them into RESOLVED', () => {
    expect(allowedPairs).toHaveLength(13);
  });

  it.each(allowedPairs)('moves %s -> %s and bumps the version', async (from, to) => {
    const request = await requestIn(from);
    const moved = dataOf(await transition({ id: request.id, to, version: 1 }, budgetStaff)).transitionRequest;
    expect(moved).toMatchObject({ status: to, version: 2, allowedTransitions: [...REQUEST_TRANSITIONS[to]] });
  });

  it.each([
    [RequestStatus.SUBMITTED, RequestStatus.FUNDED, ['UNDER_REVIEW', 'DECLINED']],
    [RequestStatus.TIERED, RequestStatus.SUBMITTED, ['FUNDED', 'DEFERRED', 'DECLINED']],
    [RequestStatus.IMPLEMENTED, RequestStatus.DECLINED, ['RESOLVED']],
    [RequestStatus.DEFERRED, RequestStatus.DEFERRED, ['UNDER_REVIEW', 'TIERED', 'FUNDED']],
    [RequestStatus.FUNDED, RequestStatus.RESOLVED, ['IMPLEMENTED', 'DEFERRED']],
  ])('refuses %s -> %s and names the allowed next states', async (from, to, allowed) => {
    const request = await requestIn(from);
    const response = await transition({ id: request.id, to }, liaison);
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toBe(`A request cannot move from ${from} to ${to}; allowed next states: ${allowed.join(', ')}`);
    expect(response.errors?.[0].extensions?.allowed).toEqual(allowed);
    expect((await hub.em().findOneOrFail(Request, request.id)).status).toBe(from);
  });

  it('treats RESOLVED as final', async () => {
    const request = await requestIn(RequestStatus.RESOLVED);
    const response = await transition({ id: request.id, to: 'UNDER_REVIEW' }, liaison);
    expect(response.errors?.[0].message).toBe('A request cannot move from RESOLVED to UNDER_REVIEW; RESOLVED is final');
    expect(response.errors?.[0].extensions?.allowed).toEqual([]);
    const update = await hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: 1, title: 'Too late' } }, liaison);
    expect(errorCodeOf(update)).toBe('BAD_USER_INPUT');
    expect(update.errors?.[0].message).toContain('RESOLVED');
  });

  it('resolves only once every focal group acknowledged, walking the whole path through GraphQL', async () => {
    const [youth, nightShift, mandarin] = groups;
    const submitted = dataOf(
      await hub.graphql(
        SubmitRequestDocument,
        {
          input: {
            title: 'Counsellors who speak home languages',
            description: 'Two bilingual counsellors.',
            priorityArea: 'MENTAL_HEALTH',
            focalGroupIds: [youth.id, nightShift.id],
            peopleImpacted: 300,
            oneTimeCents: 0,
            recurringCents: 18_000_000,
            fte: 2,
            earliestYear: 2027,
          },
        },
        liaison,
      ),
    ).submitRequest;
    const id = submitted.id;
    for (const to of ['UNDER_REVIEW', 'TIERED', 'FUNDED', 'IMPLEMENTED'] as const) {
      dataOf(await transition({ id, to }, budgetStaff));
    }

    const early = await transition({ id, to: 'RESOLVED' }, liaison);
    expect(errorCodeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0].message).toBe(
      'A request is RESOLVED only once every focal group acknowledged it; still waiting for: Night-shift parents, Youth council',
    );

    const acknowledge = (focalGroupId: string, acknowledgedBy = 'Spokesperson (recorded by liaison)') =>
      hub.graphql(AcknowledgeResolutionDocument, { input: { requestId: id, focalGroupId, acknowledgedBy, note: 'Thanks for following up.' } }, liaison);
    const afterYouth = dataOf(await acknowledge(youth.id)).acknowledgeResolution;
    expect(afterYouth.awaitingAcknowledgementFrom).toEqual([{ id: nightShift.id }]);
    expect(afterYouth.acknowledgements).toEqual([{ acknowledgedBy: 'Spokesperson (recorded by liaison)', note: 'Thanks for following up.', focalGroup: { id: youth.id } }]);

    const stillWaiting = await transition({ id, to: 'RESOLVED' }, liaison);
    expect(stillWaiting.errors?.[0].message).toContain('still waiting for: Night-shift parents');
    expect(stillWaiting.errors?.[0].extensions?.awaitingAcknowledgementFrom).toEqual([nightShift.id]);

    expect(errorCodeOf(await acknowledge(youth.id))).toBe('CONFLICT');
    const notTheirs = await acknowledge(mandarin.id);
    expect(errorCodeOf(notTheirs)).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(AcknowledgeResolutionDocument, { input: { requestId: id, focalGroupId: nightShift.id, acknowledgedBy: 'x' } }, budgetStaff))).toBe('FORBIDDEN');

    expect(dataOf(await acknowledge(nightShift.id)).acknowledgeResolution.awaitingAcknowledgementFrom).toEqual([]);
    const resolved = dataOf(await transition({ id, to: 'RESOLVED', note: 'Counsellors hired; both groups agreed.' }, liaison)).transitionRequest;
    // submit 1, four transitions -> 5, acknowledgements do not touch the request row, RESOLVED -> 6
    expect(resolved).toMatchObject({ status: 'RESOLVED', version: 6, allowedTransitions: [], statusNote: 'Counsellors hired; both groups agreed.' });
    expect(await hub.em().count(ResolutionAcknowledgement, { request: id })).toBe(2);
  });

  it('accepts acknowledgements only for a final answer, and reopening a declined request withdraws them', async () => {
    const underReview = await requestIn(RequestStatus.UNDER_REVIEW);
    const tooEarly = await hub.graphql(AcknowledgeResolutionDocument, { input: { requestId: underReview.id, focalGroupId: groups[0].id, acknowledgedBy: 'x' } }, liaison);
    expect(errorCodeOf(tooEarly)).toBe('BAD_USER_INPUT');
    expect(tooEarly.errors?.[0].message).toBe('A resolution can be acknowledged once the request is DECLINED or IMPLEMENTED; it is UNDER_REVIEW');

    const declined = await requestIn(RequestStatus.DECLINED, [groups[0], groups[1]]);
    dataOf(await hub.graphql(AcknowledgeResolutionDocument, { input: { requestId: declined.id, focalGroupId: groups[0].id, acknowledgedBy: 'x' } }, liaison));
    const reopened = dataOf(await transition({ id: declined.id, to: 'UNDER_REVIEW', note: 'New revenue forecast' }, liaison)).transitionRequest;
    expect(reopened.awaitingAcknowledgementFrom.map((group) => group.id).sort()).toEqual([groups[0].id, groups[1].id].sort());
    expect(await hub.em().count(ResolutionAcknowledgement, { request: declined.id })).toBe(0);
  });

  it('records the note as statusNote and in the audit, publishes the change and checks an optional version', async () => {
    const request = await requestIn(RequestStatus.TIERED);
    const events: RequestUpdatedEvent[] = [];
    const iterator = hub.pubSub.pubSub.subscribe(Topic.REQUEST_UPDATED)[Symbol.asyncIterator]();
    void (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) events.push(next.value);
    })();

    const deferred = dataOf(
      await transition({ id: request.id, to: 'DEFERRED', note: '  FY2028 money cap reached: needs $12,400 more  ', version: 1 }, budgetStaff),
    ).transitionRequest;
    expect(deferred).toMatchObject({ status: 'DEFERRED', statusNote: 'FY2028 money cap reached: needs $12,400 more', version: 2 });
    const stale = await transition({ id: request.id, to: 'FUNDED', version: 1 }, budgetStaff);
    expect(errorCodeOf(stale)).toBe('CONFLICT');
    const funded = dataOf(await transition({ id: request.id, to: 'FUNDED' }, budgetStaff)).transitionRequest;
    expect(funded).toMatchObject({ status: 'FUNDED', statusNote: null, version: 3 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await iterator.return?.();

    expect(events.map(({ changedFields, status, version }) => ({ changedFields, status, version }))).toEqual([
      { changedFields: ['status', 'statusNote', 'allowedTransitions'], status: 'DEFERRED', version: 2 },
      { changedFields: ['status', 'statusNote', 'allowedTransitions'], status: 'FUNDED', version: 3 },
    ]);
    expect(events[0]).toMatchObject({ requestId: request.id, partnerId: null, focalGroupIds: [groups[0].id] });

    const audits = await hub.em().find(AuditEvent, { entityId: request.id, action: 'transitionRequest' }, { orderBy: { createdAt: 'asc' } });
    expect(audits).toHaveLength(2);
    expect(audits[0].before).toMatchObject({ status: 'TIERED', statusNote: null, version: 1 });
    expect(audits[0].after).toMatchObject({ status: 'DEFERRED', statusNote: 'FY2028 money cap reached: needs $12,400 more', version: 2 });
    expect(audits[0].actorRole).toBe('BUDGET_STAFF');

    const detail = dataOf(await hub.graphql(RequestDocument, { id: request.id, horizonYears: 1 }, await hub.token(Role.VIEWER))).request;
    expect(detail.allowedTransitions).toEqual(['IMPLEMENTED', 'DEFERRED']);
  });

  it('refuses transitions from tokens without a staff role and unknown ids', async () => {
    const request = await requestIn(RequestStatus.SUBMITTED);
    expect(errorCodeOf(await transition({ id: request.id, to: 'UNDER_REVIEW' }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await transition({ id: '00000000-0000-4000-8000-000000000000', to: 'UNDER_REVIEW' }, liaison))).toBe('NOT_FOUND');
    expect(dataOf(await transition({ id: request.id, to: 'UNDER_REVIEW' }, await hub.token(Role.ADMIN))).transitionRequest.status).toBe('UNDER_REVIEW');
  });
});
