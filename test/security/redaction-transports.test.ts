import { randomUUID } from 'node:crypto';
import { Topic } from '../../src/core/pubsub';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import {
  AdoptScenarioDocument,
  CompareScenariosDocument,
  RequestSponsorDocument,
  RequestUpdatedDocument,
  RunScenarioDocument,
  ScenarioCompletedDocument,
  ScenarioDocument,
  ScenarioIdsDocument,
  UpdateRequestDocument,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_ID, type LiveClient } from '../support/ws-client';

/** How one request's sponsor reaches a viewer on one transport: absent altogether, redacted (null) or the partner's id. */
type SponsorView = 'absent' | null | string;

const ROLES = ['ADMIN', 'BUDGET_STAFF', 'LIAISON', 'PARTNER', 'VIEWER'] as const;

/**
 * The same field, the sponsoring partner of a request, read by every role over HTTP (request.partner),
 * over a real graphql-ws subscription (requestUpdated.partnerId) and in the CSV export of the adopted
 * plan (partner_id), must agree; and must be what the README's redaction table says.
 */
describe('one redaction policy over HTTP, WebSocket and CSV', () => {
  let hub: TestHub;
  let liaison: string;
  const clients: LiveClient[] = [];
  let ownPartner: Partner;
  let otherPartner: Partner;
  let cycleId: string;
  let adoptedId: string;
  let whatIfId: string;
  const requests: Record<'own' | 'other' | 'unsponsored', string> = { own: '', other: '', unsponsored: '' };

  const tokenOf = (role: (typeof ROLES)[number]) => (role === 'PARTNER' ? hub.token(Role.PARTNER, ownPartner.id) : hub.token(Role[role]));
  const sponsorIdOf = (key: keyof typeof requests) => (key === 'own' ? ownPartner.id : key === 'other' ? otherPartner.id : null);

  beforeAll(async () => {
    hub = await startTestHub();
    liaison = await hub.token(Role.LIAISON);
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'Redaction biennium' });
    em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 10_000_000, tier1Fte: 10, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'redaction-reach', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    ownPartner = em.create(Partner, { name: 'Own partner (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    otherPartner = em.create(Partner, { name: 'Other partner (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    const request = (title: string, sponsor: Partner | null) =>
      em.create(Request, {
        title,
        description: `${title} (synthetic test request)`,
        priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
        peopleImpacted: 50,
        oneTimeCents: 0,
        recurringCents: 100_000,
        fte: 0,
        earliestYear: 2027,
        status: RequestStatus.UNDER_REVIEW,
        partner: sponsor,
      });
    requests.own = request('Homework club', ownPartner).id;
    requests.other = request('Parent cafe', otherPartner).id;
    requests.unsponsored = request('Translated newsletters', null).id;
    await em.flush();
    cycleId = cycle.id;
    const budget = await hub.token(Role.BUDGET_STAFF);
    const run = async (name: string) => dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId, name, lensId: lens.id, solver: 'GREEDY' } }, budget)).runScenario.id;
    adoptedId = await run('Adopted plan');
    whatIfId = await run('What if revenue falls');
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: adoptedId }, budget));
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await hub.stop();
  });

  async function overHttp(token: string, key: keyof typeof requests): Promise<SponsorView> {
    const response = await hub.graphql(RequestSponsorDocument, { id: requests[key] }, token);
    if (response.errors?.length) {
      expect(errorCodeOf(response)).toBe('NOT_FOUND');
      return 'absent';
    }
    return dataOf(response).request.partner?.id ?? null;
  }

  async function overCsv(token: string): Promise<Map<string, SponsorView>> {
    const response = await fetch(hub.url.replace('/graphql', `/exports/plan.csv?cycleId=${cycleId}`), { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const [header, ...rows] = (await response.text()).trim().split('\r\n').map((line) => line.split(','));
    const [requestColumn, partnerColumn] = [header.indexOf('request_id'), header.indexOf('partner_id')];
    return new Map(rows.map((row) => [row[requestColumn], row[partnerColumn] === '' ? null : row[partnerColumn]]));
  }

  /** Changes every request through a real mutation and collects what one subscriber of `token` hears. */
  async function overWebSocket(token: string): Promise<Map<string, SponsorView>> {
    const client = connectLive(hub.wsUrl, bearer(token));
    clients.push(client);
    const probe = () =>
      hub.pubSub.pubSub.publish(Topic.REQUEST_UPDATED, {
        requestId: PROBE_ID,
        partnerId: ownPartner.id,
        focalGroupIds: [],
        changedFields: [],
        status: RequestStatus.SUBMITTED,
        version: 1,
        occurredAt: new Date().toISOString(),
      });
    const subscription = await client.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(probe);
    const marker = `Changed ${randomUUID()}`;
    for (const id of Object.values(requests)) {
      const { version } = await hub.em().findOneOrFail(Request, id);
      dataOf(await hub.graphql(UpdateRequestDocument, { input: { id, version, description: marker } }, liaison));
    }
    // A marker event after the three, published to everyone: once it arrives, every event meant for this subscriber has.
    const done = { requestId: `done-${marker}`, partnerId: ownPartner.id, focalGroupIds: [], changedFields: [], status: RequestStatus.SUBMITTED, version: 1, occurredAt: new Date().toISOString() };
    hub.pubSub.pubSub.publish(Topic.REQUEST_UPDATED, done);
    const heard = new Map<string, SponsorView>();
    for (;;) {
      const event = (await subscription.next()).requestUpdated;
      if (event.requestId === done.requestId) break;
      heard.set(event.requestId, event.partnerId ?? null);
    }
    subscription.unsubscribe();
    return heard;
  }

  /** What the README's table says. */
  function expected(role: (typeof ROLES)[number], key: keyof typeof requests): SponsorView {
    const sponsor = sponsorIdOf(key);
    if (role === 'VIEWER') return null;
    if (role === 'PARTNER') return key === 'own' ? ownPartner.id : 'absent';
    return sponsor;
  }

  it.each(ROLES)('%s reads the same sponsor over HTTP, over graphql-ws and in the CSV export', async (role) => {
    const token = await tokenOf(role);
    const [csv, ws] = [await overCsv(token), await overWebSocket(token)];
    for (const key of Object.keys(requests) as (keyof typeof requests)[]) {
      const id = requests[key];
      const views = { http: await overHttp(token, key), ws: ws.has(id) ? ws.get(id)! : 'absent', csv: csv.has(id) ? csv.get(id)! : 'absent' };
      expect({ key, ...views }).toEqual({ key, http: expected(role, key), ws: expected(role, key), csv: expected(role, key) });
    }
  });

  it.each(['VIEWER', 'PARTNER'] as const)('%s sees the adopted plan but cannot list, read, compare or follow unadopted what-ifs', async (role) => {
    const token = await tokenOf(role);
    expect(dataOf(await hub.graphql(ScenarioIdsDocument, { cycleId }, token)).scenarios).toEqual([{ id: adoptedId, adopted: true }]);
    expect(dataOf(await hub.graphql(ScenarioDocument, { id: adoptedId }, token)).scenario.id).toBe(adoptedId);
    const whatIf = await hub.graphql(ScenarioDocument, { id: whatIfId }, token);
    const missing = await hub.graphql(ScenarioDocument, { id: randomUUID() }, token);
    expect(normalised(whatIf, whatIfId)).toEqual(normalised(missing, missingId(missing)));
    expect(errorCodeOf(whatIf)).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(CompareScenariosDocument, { a: adoptedId, b: whatIfId }, token))).toBe('NOT_FOUND');
    const client = connectLive(hub.wsUrl, bearer(token));
    clients.push(client);
    expect((await client.subscribe(ScenarioCompletedDocument, { cycleId }).nextResult()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('staff list and read every scenario', async () => {
    for (const role of ['ADMIN', 'BUDGET_STAFF', 'LIAISON'] as const) {
      const listed = dataOf(await hub.graphql(ScenarioIdsDocument, { cycleId }, await tokenOf(role))).scenarios.map((scenario) => scenario.id);
      expect(listed.sort()).toEqual([adoptedId, whatIfId].sort());
      expect(dataOf(await hub.graphql(ScenarioDocument, { id: whatIfId }, await tokenOf(role))).scenario.id).toBe(whatIfId);
    }
  });

  it('answers another partner\'s request exactly like a random id, for reads and writes', async () => {
    const partner = await tokenOf('PARTNER');
    const randomId = randomUUID();
    const foreign = await hub.graphql(RequestSponsorDocument, { id: requests.other }, partner);
    const missing = await hub.graphql(RequestSponsorDocument, { id: randomId }, partner);
    expect(errorCodeOf(foreign)).toBe('NOT_FOUND');
    expect(normalised(foreign, requests.other)).toEqual(normalised(missing, randomId));
    const { version } = await hub.em().findOneOrFail(Request, requests.other);
    const foreignWrite = await hub.graphql(UpdateRequestDocument, { input: { id: requests.other, version, title: 'Mine now' } }, partner);
    const missingWrite = await hub.graphql(UpdateRequestDocument, { input: { id: randomId, version, title: 'Mine now' } }, partner);
    expect(normalised(foreignWrite, requests.other)).toEqual(normalised(missingWrite, randomId));
    expect((await hub.em().findOneOrFail(Request, requests.other)).title).toBe('Parent cafe');
  });
});

/** The id named in a NOT_FOUND error (the random id the test made up). */
function missingId(response: GraphQLResponse<unknown>): string {
  return String(response.errors![0].extensions!.id);
}

/** An error response with the asked-for id replaced, so two responses can be compared for everything else. */
function normalised(response: GraphQLResponse<unknown>, id: string): unknown {
  return JSON.parse(JSON.stringify({ data: response.data ?? null, errors: response.errors }).split(id).join('<id>'));
}
