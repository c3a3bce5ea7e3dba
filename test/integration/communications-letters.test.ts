import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { ENGLISH_TEMPLATE, SPANISH_TEMPLATE } from '../../src/modules/communications/letter';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import {
  AdoptScenarioDocument,
  CommunicationDraftsDocument,
  CommunicationTemplatesDocument,
  DiscardCommunicationDraftDocument,
  RequestDocument,
  RunScenarioDocument,
  UpdateCommunicationDraftDocument,
  UpsertCommunicationTemplateDocument,
  type CommunicationDraftFieldsFragment,
  type RunScenarioInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { makeRequest } from '../support/factories';

/**
 * Three groups: Spanish-speaking (a template exists), Somali-speaking (none: English, flagged) and
 * one with no language on record (English). Tier 1 holds $10,000 a year, Tier 2 nothing more:
 *   interpreters (Spanish) $6,000/yr, family nights (Somali) $4,000/yr, transport (both) $5,000/yr.
 */
describe('letters to the community', () => {
  let hub: TestHub;
  let liaison: string;
  let budget: string;
  let ids: { spanish: string; somali: string; plain: string; interpreters: string; nights: string; transport: string };
  let base: RunScenarioInput;
  let firstPlan: string;
  let secondPlan: string;

  beforeAll(async () => {
    hub = await startTestHub();
    liaison = await hub.token(Role.LIAISON);
    budget = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'FY2027–FY2028' });
    for (const year of [2027, 2028]) em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'reach-only', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    const group = (name: string, languages: string[]) => em.create(FocalGroup, { name, category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY, populationShare: 0.1, languages, proximity: IssueProximity.DIRECTLY_IMPACTED });
    const spanish = group('Spanish-speaking families', ['es', 'en']);
    const somali = group('Somali-speaking families', ['so']);
    const plain = group('Night-shift parents', []);
    const interpreters = makeRequest(em, 'Interpreters at conferences', 100, 600_000, [spanish]);
    const nights = makeRequest(em, 'Family nights', 80, 400_000, [somali, plain]);
    const transport = makeRequest(em, 'Transport passes', 40, 500_000, [spanish, somali]);
    await em.flush();
    ids = { spanish: spanish.id, somali: somali.id, plain: plain.id, interpreters: interpreters.id, nights: nights.id, transport: transport.id };
    base = { cycleId: cycle.id, name: 'Base plan', lensId: lens.id, solver: 'GREEDY' };
  });
  afterAll(() => hub.stop());

  const drafts = async (filter: Record<string, unknown> = {}) => dataOf(await hub.graphql(CommunicationDraftsDocument, { filter }, liaison)).communicationDrafts;
  const draftOf = (list: CommunicationDraftFieldsFragment[], groupId: string) => list.find((draft) => draft.focalGroup.id === groupId)!;

  it('keeps letter templates per language and refuses internal terms, unknown placeholders and blind overwrites', async () => {
    const english = dataOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'en', ...ENGLISH_TEMPLATE } }, liaison)).upsertCommunicationTemplate;
    expect(english).toMatchObject({ language: 'en', languageName: 'English', version: 1 });
    dataOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'es', ...SPANISH_TEMPLATE } }, liaison));

    const internal = await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'vi', ...ENGLISH_TEMPLATE, fundedIfMore: '{request}: Tier 2 from {year}' } }, liaison);
    expect(errorCodeOf(internal)).toBe('BAD_USER_INPUT');
    expect(internal.errors![0].extensions!.problems).toEqual(['fundedIfMore: "Tier" is an internal term; say it in plain words']);
    const placeholder = await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'vi', ...ENGLISH_TEMPLATE, declined: '{request} ({rank})' } }, liaison);
    expect(errorCodeOf(placeholder)).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'Spanish', ...SPANISH_TEMPLATE } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'en', ...ENGLISH_TEMPLATE } }, liaison))).toBe('CONFLICT');
    expect(errorCodeOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'en', version: 1, ...ENGLISH_TEMPLATE } }, budget))).toBe('FORBIDDEN');

    const replaced = dataOf(await hub.graphql(UpsertCommunicationTemplateDocument, { input: { language: 'en', version: 1, ...ENGLISH_TEMPLATE, closing: 'Thank you, {group}. Write back any time.' } }, liaison)).upsertCommunicationTemplate;
    expect(replaced).toMatchObject({ version: 2, closing: 'Thank you, {group}. Write back any time.' });
    const templates = dataOf(await hub.graphql(CommunicationTemplatesDocument, {}, budget)).communicationTemplates;
    expect(templates.map((template) => [template.language, template.languageName])).toEqual([
      ['en', 'English'],
      ['es', 'Spanish'],
    ]);
  });

  it('drafts each group\'s letter in its language, or in English flagged for translation, in plain words', async () => {
    firstPlan = dataOf(await hub.graphql(RunScenarioDocument, { input: base }, budget)).runScenario.id;
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: firstPlan }, budget));
    const letters = await drafts({ scenarioId: firstPlan });
    expect(letters).toHaveLength(3);

    const spanish = draftOf(letters, ids.spanish);
    expect(spanish).toMatchObject({ language: 'es', languageName: 'Spanish', requestedLanguage: 'es', needsTranslation: false, status: 'DRAFT' });
    expect(spanish.request.id).toBe(ids.interpreters);
    expect(spanish.body).toContain('Estimadas familias de Spanish-speaking families:');
    expect(spanish.body).toContain('- "Interpreters at conferences": se pagará a partir de 2027.');
    expect(spanish.body).toContain('- "Transport passes": se guarda para más adelante. No quedaba suficiente dinero en 2028.');

    const somali = draftOf(letters, ids.somali);
    expect(somali).toMatchObject({ language: 'en', requestedLanguage: 'so', requestedLanguageName: 'Somali', needsTranslation: true });
    expect(somali.body).toContain('- "Family nights": it will be paid for, starting in 2027.');
    expect(somali.body).toContain('- "Transport passes": saved for later. There was not enough money left in 2028.');
    expect(draftOf(letters, ids.plain)).toMatchObject({ language: 'en', requestedLanguage: 'en', needsTranslation: false });

    for (const letter of letters) expect(letter.body).not.toMatch(/\b(tier|fte|equity score|cap|rank)\b/i);
    expect((await drafts({ needsTranslation: true })).map((letter) => letter.focalGroup.id)).toEqual([ids.somali]);
  });

  it('adopting the same plan again adds no letters; adopting another supersedes the unsent ones', async () => {
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: firstPlan }, budget));
    expect(await drafts()).toHaveLength(3);

    secondPlan = dataOf(await hub.graphql(RunScenarioDocument, { input: { ...base, name: 'Transport first', pins: [{ requestId: ids.transport, tier: 1, startYear: 2027, excluded: false, reason: 'Board priority' }] } }, budget))
      .runScenario.id;
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: secondPlan }, budget));
    const all = await drafts();
    expect(all).toHaveLength(6);
    expect(all.filter((letter) => letter.scenario.id === firstPlan).map((letter) => letter.status)).toEqual(['SUPERSEDED', 'SUPERSEDED', 'SUPERSEDED']);
    expect(all.filter((letter) => letter.scenario.id === secondPlan).map((letter) => letter.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
    expect(await drafts({ statuses: ['DRAFT', 'APPROVED'] })).toHaveLength(3);
  });

  it('takes a letter from DRAFT through APPROVED to SENT, with who, when and how, into the request\'s communication log', async () => {
    const somali = draftOf(await drafts({ scenarioId: secondPlan }), ids.somali);
    const update = (input: Record<string, unknown>, token = liaison) => hub.graphql(UpdateCommunicationDraftDocument, { input: { id: somali.id, ...input } as never }, token);

    expect(errorCodeOf(await hub.graphql(CommunicationDraftsDocument, { filter: null }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await update({ version: somali.version, status: 'APPROVED' }, budget))).toBe('FORBIDDEN');
    expect(errorCodeOf(await update({ version: somali.version, status: 'APPROVED' }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await update({ version: somali.version, status: 'SENT', channel: 'LETTER' }))).toBe('BAD_USER_INPUT');

    const translated = dataOf(await update({ version: somali.version, body: 'Qoysaska Soomaaliyeed ee qaaliga ah ... (translated by the liaison)', language: 'so' })).updateCommunicationDraft;
    expect(translated).toMatchObject({ language: 'so', needsTranslation: false, status: 'DRAFT', version: somali.version + 1 });
    expect(errorCodeOf(await update({ version: somali.version, status: 'APPROVED' }))).toBe('CONFLICT');
    const approved = dataOf(await update({ version: translated.version, status: 'APPROVED' })).updateCommunicationDraft;
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: 'test liaison' });
    expect(approved.approvedAt).not.toBeNull();
    expect(errorCodeOf(await update({ version: approved.version, status: 'SENT' }))).toBe('BAD_USER_INPUT');

    const sent = dataOf(await update({ version: approved.version, status: 'SENT', channel: 'HOME_VISIT' })).updateCommunicationDraft;
    expect(sent).toMatchObject({ status: 'SENT', sentBy: 'test liaison', channel: 'HOME_VISIT' });
    const request = dataOf(await hub.graphql(RequestDocument, { id: sent.request.id, horizonYears: 2 }, liaison)).request!;
    const logged = request.communications.filter((entry) => entry.focalGroup?.id === ids.somali);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ channel: 'HOME_VISIT', direction: 'TO_COMMUNITY', language: 'so', summary: sent.body, loggedBy: 'test liaison', draft: false });
    expect(logged[0].communicatedAt).toBe(sent.sentAt);

    expect(errorCodeOf(await hub.graphql(DiscardCommunicationDraftDocument, { id: sent.id, version: sent.version }, liaison))).toBe('BAD_USER_INPUT');
    const other = draftOf(await drafts({ scenarioId: secondPlan }), ids.plain);
    const discarded = dataOf(await hub.graphql(DiscardCommunicationDraftDocument, { id: other.id, version: other.version }, liaison)).discardCommunicationDraft;
    expect(discarded.status).toBe('DISCARDED');
  });

  it('a new adoption leaves sent and discarded letters alone and supersedes only the unsent', async () => {
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: firstPlan }, budget));
    const second = await drafts({ scenarioId: secondPlan });
    expect(Object.fromEntries(second.map((letter) => [letter.focalGroup.id, letter.status]))).toEqual({ [ids.somali]: 'SENT', [ids.plain]: 'DISCARDED', [ids.spanish]: 'SUPERSEDED' });
    // The first plan's letters come back as drafts, not as copies.
    const first = await drafts({ scenarioId: firstPlan });
    expect(first.map((letter) => letter.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
    expect(await drafts()).toHaveLength(6);
  });
});
