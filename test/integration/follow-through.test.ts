import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { SPANISH_TEMPLATE } from '../../src/modules/communications/letter';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../../src/modules/requests/communication.entity';
import { RequestStatus } from '../../src/modules/requests/request.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import {
  AdoptScenarioDocument,
  CommunicationAuditDocument,
  CommunicationDraftsDocument,
  CreateKeyResultDocument,
  CreateObjectiveDocument,
  ExportLinkDocument,
  FocalGroupsNotYetToldDocument,
  LanguagesDocument,
  MeDocument,
  RequestsAwaitingAcknowledgementDocument,
  RunScenarioDocument,
  UnansweredRequestsDocument,
  UpdateCommunicationDraftDocument,
  UpsertCommunicationTemplateDocument,
} from '../generated/graphql';
import { makeRequest } from '../support/factories';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const DAY = 86_400_000;

/**
 * Two groups. Somali-speaking families (so; liaison: the LIAISON test user) and Spanish-speaking
 * families (es, en; another liaison). Days are counted back from the start of the test (now):
 *   r1 Chess club       (Somali)          raised 30 days ago, status unchanged; only a message FROM the group (29 days ago),
 *                                         so an answer is owed since then
 *   r2 Bus passes       (Somali, Spanish) raised 20 days ago; answered to both groups 18 days ago in en, to the
 *                                         Somali group 11 days ago in so; status changed 10 days ago -> owed again
 *   r3 Library hours    (Spanish)         raised 15 days ago, answered to the Spanish group 12 days ago in es;
 *                                         the group wrote back 8 days ago -> owed again since then
 *   r4 Crossing guard   (Spanish)         raised 3 days ago, SUBMITTED, not answered
 *   r5 Old playground   (Somali)          raised 60 days ago, RESOLVED, never answered (closed: never owed)
 *   r6 Field trip       (Spanish)         raised 50 days ago, DECLINED 5 days ago, answered 4 days ago; not acknowledged yet
 */
describe('follow-through: unanswered requests, acknowledgements, groups not yet told, the audit and FOLLOW_THROUGH', () => {
  let hub: TestHub;
  let liaison: string;
  let budget: string;
  let admin: string;
  let liaisonUserId: string;
  let partnerId: string;
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  let ids: Record<'somali' | 'spanish' | 'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'r6' | 'cycle' | 'lens', string>;
  const period = { from: ago(40).toISOString(), to: new Date(now + DAY).toISOString() };

  beforeAll(async () => {
    hub = await startTestHub({ env: { EXPORT_LINK_SECRET: 'a-test-secret-that-is-long-enough-0123456789' } });
    liaison = await hub.token(Role.LIAISON);
    budget = await hub.token(Role.BUDGET_STAFF);
    admin = await hub.token(Role.ADMIN);
    const me = dataOf(await hub.graphql(MeDocument, {}, liaison)).me;
    liaisonUserId = me.user!.id;
    const em = hub.em();
    const group = (name: string, languages: string[], liaisonEmail: string) =>
      em.create(FocalGroup, { name, category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY, populationShare: 0.1, languages, proximity: IssueProximity.DIRECTLY_IMPACTED, liaisonEmail });
    const somali = group('Somali-speaking families', ['so'], me.user!.email.toUpperCase());
    const spanish = group('Spanish-speaking families', ['es', 'en'], 'someone-else@example.org');
    const request = (title: string, groups: FocalGroup[], raisedDaysAgo: number, status: RequestStatus, statusDaysAgo = raisedDaysAgo) => {
      const created = makeRequest(em, title, 50, 300_000, groups);
      Object.assign(created, { createdAt: ago(raisedDaysAgo), updatedAt: ago(statusDaysAgo), status, statusChangedAt: ago(statusDaysAgo) });
      return created;
    };
    const r1 = request('Chess club', [somali], 30, RequestStatus.UNDER_REVIEW);
    const r2 = request('Bus passes', [somali, spanish], 20, RequestStatus.TIERED, 10);
    const r3 = request('Library hours', [spanish], 15, RequestStatus.UNDER_REVIEW);
    const r4 = request('Crossing guard', [spanish], 3, RequestStatus.SUBMITTED);
    const r5 = request('Old playground', [somali], 60, RequestStatus.RESOLVED);
    const r6 = request('Field trip', [spanish], 50, RequestStatus.DECLINED, 5);
    const log = (on: typeof r1, to: FocalGroup | null, language: string, daysAgo: number, direction = CommunicationDirection.TO_COMMUNITY) =>
      em.create(Communication, { request: on, focalGroup: to, channel: CommunicationChannel.PHONE, direction, language, summary: `about ${on.title}`, communicatedAt: ago(daysAgo), loggedBy: 'test' });
    log(r1, somali, 'so', 29, CommunicationDirection.FROM_COMMUNITY);
    log(r2, null, 'en', 18);
    log(r2, somali, 'so', 11);
    log(r3, spanish, 'es', 12);
    log(r3, spanish, 'es', 8, CommunicationDirection.FROM_COMMUNITY);
    log(r6, spanish, 'es', 4);
    const cycle = em.create(BudgetCycle, { name: 'Follow-through biennium' });
    for (const year of [2027, 2028]) em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'follow-reach', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    partnerId = em.create(Partner, { name: 'Follow-through partner', kind: PartnerKind.NON_PROFIT, priorityAreas: [] }).id;
    await em.flush();
    ids = { somali: somali.id, spanish: spanish.id, r1: r1.id, r2: r2.id, r3: r3.id, r4: r4.id, r5: r5.id, r6: r6.id, cycle: cycle.id, lens: lens.id };
  });
  afterAll(() => hub.stop());

  it('lists the requests owed an answer, longest waiting first, narrowed to a liaison by user id', async () => {
    const owed = dataOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 5, liaisonId: null }, liaison)).unansweredRequests;
    expect(owed.map((row) => [row.request.title, row.daysWaiting, row.neverAnswered, row.lastReplyAt])).toEqual([
      ['Chess club', 29, true, null],
      ['Bus passes', 10, false, ago(11).toISOString()],
      ['Library hours', 8, false, ago(12).toISOString()],
    ]);
    expect(owed[0].waitingSince).toBe(ago(29).toISOString());
    expect(owed[1].waitingSince).toBe(ago(10).toISOString());

    const all = dataOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 0, liaisonId: null }, budget)).unansweredRequests;
    expect(all.map((row) => row.request.title)).toEqual(['Chess club', 'Bus passes', 'Library hours', 'Crossing guard']);

    const mine = dataOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 0, liaisonId: liaisonUserId }, liaison)).unansweredRequests;
    expect(mine.map((row) => row.request.title)).toEqual(['Chess club', 'Bus passes']);

    expect(errorCodeOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 0, liaisonId: '00000000-0000-4000-8000-000000000000' }, liaison))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: -1, liaisonId: null }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 0, liaisonId: null }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 0, liaisonId: null }, await hub.token(Role.PARTNER, partnerId)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(UnansweredRequestsDocument, { olderThanDays: 0, liaisonId: null }, null))).toBe('UNAUTHENTICATED');
  });

  it('lists answers still waiting for acknowledgement and from whom', async () => {
    const waiting = dataOf(await hub.graphql(RequestsAwaitingAcknowledgementDocument, { liaisonId: null }, liaison)).requestsAwaitingAcknowledgement;
    expect(waiting.map((row) => [row.request.title, row.awaitingFrom.map((group) => group.name), row.since])).toEqual([['Field trip', ['Spanish-speaking families'], ago(5).toISOString()]]);
    expect(dataOf(await hub.graphql(RequestsAwaitingAcknowledgementDocument, { liaisonId: liaisonUserId }, liaison)).requestsAwaitingAcknowledgement).toEqual([]);
  });

  /**
   * Audit of the last 40 days. A communication without a group reaches every group of its request.
   *   Somali: r2 en (via no group) + r2 so = 2, 1 in so -> 50.0%; requests r1, r2: r2 first answered after 2 days, r1 not.
   *   Spanish: r2 en + r3 es + r6 es = 3, all in es/en -> 100.0%; requests r2 (2 days), r3 (3 days), r4 (none);
   *            r6 was raised 50 days ago, before the period.
   */
  it('audits communications per focal group and language against hand-computed figures', async () => {
    const audit = dataOf(await hub.graphql(CommunicationAuditDocument, { ...period, locale: 'es' }, budget)).communicationAudit;
    expect(audit.groups.length).toBe(2);
    const [somali, spanish] = audit.groups;
    expect(somali).toMatchObject({
      focalGroup: { name: 'Somali-speaking families' },
      languages: ['so'],
      communications: 2,
      communicationsInGroupLanguages: 1,
      percentInGroupLanguages: 50,
      requests: 2,
      answered: 1,
      unanswered: 1,
      meanDaysToFirstReply: 2,
      medianDaysToFirstReply: 2,
      lettersAwaitingTranslation: 0,
    });
    expect(somali.byLanguage).toEqual([
      { language: 'so', name: 'somalí', groupLanguage: true, communications: 1, percentOfCommunications: 50, lettersAwaitingTranslation: 0 },
      { language: 'en', name: 'inglés', groupLanguage: false, communications: 1, percentOfCommunications: 50, lettersAwaitingTranslation: 0 },
    ]);
    expect(spanish).toMatchObject({
      focalGroup: { name: 'Spanish-speaking families' },
      communications: 3,
      communicationsInGroupLanguages: 3,
      percentInGroupLanguages: 100,
      requests: 3,
      answered: 2,
      unanswered: 1,
      meanDaysToFirstReply: 2.5,
      medianDaysToFirstReply: 2.5,
    });
    expect(spanish.byLanguage.map((row) => [row.language, row.communications])).toEqual([
      ['es', 2],
      ['en', 1],
    ]);
    expect(spanish.byLanguage[0].percentOfCommunications).toBeCloseTo(66.667, 2);

    expect(errorCodeOf(await hub.graphql(CommunicationAuditDocument, { from: period.to, to: period.from, locale: null }, budget))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CommunicationAuditDocument, { ...period, locale: null }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(CommunicationAuditDocument, { ...period, locale: null }, await hub.token(Role.PARTNER, partnerId)))).toBe('FORBIDDEN');
  });

  it('downloads the audit as CSV through a signed link, without an Authorization header', async () => {
    const link = dataOf(await hub.graphql(ExportLinkDocument, { kind: 'COMMUNICATION_AUDIT', parameters: period }, liaison)).exportLink;
    expect(link.url.startsWith('/exports/communication-audit.csv?')).toBe(true);
    const response = await fetch(hub.url.replace('/graphql', link.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const body = Buffer.from(await response.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines).toEqual([
      'focal_group,group_languages,language,language_name,group_language,communications,percent_of_group_communications,percent_in_group_languages,requests,answered,unanswered,mean_days_to_first_reply,median_days_to_first_reply,letters_awaiting_translation',
      'Somali-speaking families,so,*,,,2,,50.0,2,1,1,2.0,2.0,0',
      'Somali-speaking families,so,so,Somali,true,1,50.0,,,,,,,0',
      'Somali-speaking families,so,en,English,false,1,50.0,,,,,,,0',
      'Spanish-speaking families,es en,*,,,3,,100.0,3,2,1,2.5,2.5,0',
      'Spanish-speaking families,es en,es,Spanish,true,2,66.7,,,,,,,0',
      'Spanish-speaking families,es en,en,English,true,1,33.3,,,,,,,0',
    ]);
    expect(errorCodeOf(await hub.graphql(ExportLinkDocument, { kind: 'COMMUNICATION_AUDIT', parameters: period }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(ExportLinkDocument, { kind: 'COMMUNICATION_AUDIT', parameters: { from: period.from } }, liaison))).toBe('BAD_USER_INPUT');
    expect((await fetch(hub.url.replace('/graphql', `/exports/communication-audit.csv?from=${period.from}&to=${period.to}`), { headers: { authorization: `Bearer ${await hub.token(Role.VIEWER)}` } })).status).toBe(403);
  });

  /**
   * Within 7 days, requests raised at least 7 days ago: r1 (no answer), r2 (2 days), r3 (3 days), r5 (never), r6 (46 days) -> 2 of 5 = 40%.
   * Within 2 days (r4, raised 3 days ago, now counts): r2 only -> 1 of 6. Within 7 days, raised in the last 35 days: r1, r2, r3 -> 2 of 3.
   */
  it('measures FOLLOW_THROUGH: the share of requests answered within N days', async () => {
    const objective = dataOf(await hub.graphql(CreateObjectiveDocument, { input: { title: 'Every request answered' } }, admin)).createObjective;
    const dates = { startDate: ago(365).toISOString(), targetDate: new Date(now + 365 * DAY).toISOString() };
    const create = async (title: string, parameters: Record<string, unknown>) =>
      dataOf(await hub.graphql(CreateKeyResultDocument, { input: { objectiveId: objective.id, title, measure: 'FOLLOW_THROUGH', parameters, baseline: 0, target: 90, ...dates } }, admin)).createKeyResult;
    expect((await create('Answered within a week', { withinDays: 7 })).currentValue).toBe(40);
    expect((await create('Answered within two days', { withinDays: 2 })).currentValue).toBeCloseTo(100 / 6, 6);
    const recent = await create('Recent ones within a week', { withinDays: 7, periodStart: ago(35).toISOString() });
    expect(recent.currentValue).toBeCloseTo(200 / 3, 6);
    expect(recent.parameters.withinDays).toBe(7);
    expect(errorCodeOf(await hub.graphql(CreateKeyResultDocument, { input: { objectiveId: objective.id, title: 'No days', measure: 'FOLLOW_THROUGH', parameters: {}, baseline: 0, target: 90, ...dates } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('names the languages of the data by ISO 639 code, in English and Spanish', async () => {
    const english = dataOf(await hub.graphql(LanguagesDocument, { locale: null }, null)).languages;
    expect(english.map((language) => [language.code, language.displayName, language.nativeName])).toEqual([
      ['en', 'English', 'English'],
      ['es', 'Spanish', 'español'],
      ['so', 'Somali', 'Soomaali'],
    ]);
    const spanish = dataOf(await hub.graphql(LanguagesDocument, { locale: 'es' }, null)).languages;
    expect(spanish.map((language) => language.displayName)).toEqual(['inglés', 'español', 'somalí']);
    expect(errorCodeOf(await hub.graphql(LanguagesDocument, { locale: 'Spanish!' }, null))).toBe('BAD_USER_INPUT');
  });

  /**
   * Adopting a plan over r1, r2, r3 (the candidates) drafts a letter to each group: Spanish in es
   * (a template exists), Somali in English awaiting translation. Until a letter is SENT its group
   * has not been told; the audit counts the Somali letter as awaiting translation.
   */
  it('lists the focal groups not yet told about the adopted plan until their letter is sent', async () => {
    dataOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'es', ...SPANISH_TEMPLATE } }, liaison));
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId: ids.cycle, name: 'Plan', lensId: ids.lens, solver: 'GREEDY' } }, budget)).runScenario;
    expect(dataOf(await hub.graphql(FocalGroupsNotYetToldDocument, { cycleId: ids.cycle }, liaison)).focalGroupsNotYetTold).toEqual([]);
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: scenario.id }, budget));

    const untold = dataOf(await hub.graphql(FocalGroupsNotYetToldDocument, { cycleId: ids.cycle }, liaison)).focalGroupsNotYetTold;
    expect(untold.map((row) => [row.focalGroup.name, row.scenario.id, row.letter?.status, row.daysSinceAdoption])).toEqual([
      ['Somali-speaking families', scenario.id, 'DRAFT', 0],
      ['Spanish-speaking families', scenario.id, 'DRAFT', 0],
    ]);
    const letters = dataOf(await hub.graphql(CommunicationDraftsDocument, { filter: { scenarioId: scenario.id } }, liaison)).communicationDrafts;
    const spanishLetter = letters.find((letter) => letter.focalGroup.id === ids.spanish)!;
    expect(spanishLetter).toMatchObject({ language: 'es', needsTranslation: false });
    const approved = dataOf(await hub.graphql(UpdateCommunicationDraftDocument, { input: { id: spanishLetter.id, version: spanishLetter.version, status: 'APPROVED' } }, liaison)).updateCommunicationDraft;
    dataOf(await hub.graphql(UpdateCommunicationDraftDocument, { input: { id: approved.id, version: approved.version, status: 'SENT', channel: 'LETTER' } }, liaison));

    const stillUntold = dataOf(await hub.graphql(FocalGroupsNotYetToldDocument, { cycleId: null }, budget)).focalGroupsNotYetTold;
    expect(stillUntold.map((row) => row.focalGroup.name)).toEqual(['Somali-speaking families']);
    expect(stillUntold[0].letter!.id).toBe(letters.find((letter) => letter.focalGroup.id === ids.somali)!.id);
    expect(errorCodeOf(await hub.graphql(FocalGroupsNotYetToldDocument, { cycleId: '00000000-0000-4000-8000-000000000000' }, liaison))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(FocalGroupsNotYetToldDocument, { cycleId: null }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(FocalGroupsNotYetToldDocument, { cycleId: null }, await hub.token(Role.PARTNER, partnerId)))).toBe('FORBIDDEN');

    const audit = dataOf(await hub.graphql(CommunicationAuditDocument, { ...period, locale: null }, budget)).communicationAudit;
    const [somali, spanish] = audit.groups;
    expect(somali.lettersAwaitingTranslation).toBe(1);
    expect(somali.byLanguage.find((row) => row.language === 'so')!.lettersAwaitingTranslation).toBe(1);
    // The sent letter joined the communication log: a fourth communication to the Spanish group, in es.
    expect(spanish.communications).toBe(4);
    expect(spanish.byLanguage.find((row) => row.language === 'es')!.communications).toBe(3);
  });
});
