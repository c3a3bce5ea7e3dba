import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { ReviewScore } from '../../src/modules/equity-lenses/review-score.entity';
import { PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { Scenario, ScenarioSolver, ScenarioStatus } from '../../src/modules/scenarios/scenario.entity';
import {
  CreateEquityLensDocument,
  EquityLensDocument,
  EquityLensesDocument,
  ScoreRequestDocument,
  UpdateEquityLensDocument,
  type CreateEquityLensInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const lensInput = (key: string): CreateEquityLensInput => ({
  key,
  name: 'District equity lens',
  stance: 'Those closest to the pain are closest to the decision.',
  criteria: [
    { key: 'representationGap', label: 'Voices missing from engagement', kind: 'DERIVED', source: 'REPRESENTATION_GAP', weight: 3 },
    { key: 'voice', label: 'Community voice', kind: 'REVIEWED', weight: 2, guidance: 'Did the group shape the request?' },
  ],
});

describe('equity lenses', () => {
  let hub: TestHub;
  let budget: string;
  let liaison: string;

  beforeAll(async () => {
    hub = await startTestHub();
    budget = await hub.token(Role.BUDGET_STAFF);
    liaison = await hub.token(Role.LIAISON);
  });
  afterAll(() => hub.stop());

  it('creates a lens, lists it for every role, and refuses malformed criteria', async () => {
    const lens = dataOf(await hub.graphql(CreateEquityLensDocument, { input: lensInput('create-lens') }, budget)).createEquityLens;
    expect(lens).toMatchObject({ key: 'create-lens', revision: 1, version: 1 });
    expect(lens.criteria).toEqual([
      { key: 'representationGap', label: 'Voices missing from engagement', kind: 'DERIVED', source: 'REPRESENTATION_GAP', weight: 3, guidance: null },
      { key: 'voice', label: 'Community voice', kind: 'REVIEWED', source: null, weight: 2, guidance: 'Did the group shape the request?' },
    ]);
    const viewer = await hub.token(Role.VIEWER);
    expect(dataOf(await hub.graphql(EquityLensDocument, { id: lens.id }, viewer)).equityLens.name).toBe('District equity lens');
    expect(dataOf(await hub.graphql(EquityLensesDocument, { includeAllRevisions: false }, viewer)).equityLenses.map((l) => l.key)).toContain('create-lens');

    const bad = (criteria: CreateEquityLensInput['criteria']) => hub.graphql(CreateEquityLensDocument, { input: { ...lensInput('bad-lens'), criteria } }, budget);
    expect(errorCodeOf(await bad([{ key: 'voice', label: 'a', kind: 'REVIEWED', weight: 1 }, { key: 'voice', label: 'b', kind: 'REVIEWED', weight: 1 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await bad([{ key: 'reach', label: 'Reach', kind: 'DERIVED', weight: 1 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await bad([{ key: 'voice', label: 'Voice', kind: 'REVIEWED', weight: 0 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await bad([{ key: 'voice', label: 'Voice', kind: 'REVIEWED', weight: -1 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateEquityLensDocument, { input: lensInput('create-lens') }, budget))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateEquityLensDocument, { input: lensInput('liaison-lens') }, liaison))).toBe('FORBIDDEN');
    expect(await hub.em().count(EquityLens, { key: { $in: ['bad-lens', 'liaison-lens'] } })).toBe(0);
    expect(errorCodeOf(await hub.graphql(EquityLensDocument, { id: '00000000-0000-0000-0000-000000000000' }, viewer))).toBe('NOT_FOUND');
  });

  it('edits a lens in place until an adopted scenario used it, then makes a new revision', async () => {
    const lens = dataOf(await hub.graphql(CreateEquityLensDocument, { input: lensInput('revised-lens') }, budget)).createEquityLens;
    const edited = dataOf(await hub.graphql(UpdateEquityLensDocument, { input: { id: lens.id, version: 1, name: 'Edited' } }, budget)).updateEquityLens;
    expect(edited).toMatchObject({ id: lens.id, revision: 1, version: 2, name: 'Edited' });
    expect(errorCodeOf(await hub.graphql(UpdateEquityLensDocument, { input: { id: lens.id, version: 1, name: 'Stale' } }, budget))).toBe('CONFLICT');

    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'Lens revision cycle' });
    em.create(Scenario, {
      cycle,
      name: 'Adopted with revision 1',
      lens: em.getReference(EquityLens, lens.id),
      lensRevision: 1,
      solver: ScenarioSolver.GREEDY,
      discount: 0.9,
      mipGap: 0,
      coverageBonus: 0,
      capAdjustments: [],
      weightOverrides: [],
      pins: [],
      status: ScenarioStatus.COMPLETED,
      inputsHash: 'x',
      createdBy: 'test',
      adoptedAt: new Date(),
    });
    await em.flush();

    const criteria = [{ key: 'voice', label: 'Community voice', kind: 'REVIEWED' as const, weight: 1 }];
    const revision = dataOf(await hub.graphql(UpdateEquityLensDocument, { input: { id: lens.id, version: 2, criteria } }, budget)).updateEquityLens;
    expect(revision).toMatchObject({ key: 'revised-lens', revision: 2, version: 1, name: 'Edited' });
    expect(revision.id).not.toBe(lens.id);
    expect(revision.criteria.map((c) => c.key)).toEqual(['voice']);
    const original = await hub.em().findOneOrFail(EquityLens, lens.id);
    expect({ revision: original.revision, version: original.version, criteria: original.criteria.map((c) => c.key) }).toEqual({
      revision: 1,
      version: 2,
      criteria: ['representationGap', 'voice'],
    });

    const latest = dataOf(await hub.graphql(EquityLensesDocument, { includeAllRevisions: false }, budget)).equityLenses.filter((l) => l.key === 'revised-lens');
    expect(latest.map((l) => l.revision)).toEqual([2]);
    const all = dataOf(await hub.graphql(EquityLensesDocument, { includeAllRevisions: true }, budget)).equityLenses.filter((l) => l.key === 'revised-lens');
    expect(all.map((l) => l.revision)).toEqual([2, 1]);
    expect(errorCodeOf(await hub.graphql(UpdateEquityLensDocument, { input: { id: lens.id, version: 2, name: 'Old' } }, budget))).toBe('BAD_USER_INPUT');

    const audits = await hub.em().find(AuditEvent, { action: 'updateEquityLens', entityId: { $in: [lens.id, revision.id] } });
    expect(audits).toHaveLength(2);
  });

  it('records "Fingers to Five" scores per reviewer on reviewed criteria only', async () => {
    const lens = dataOf(await hub.graphql(CreateEquityLensDocument, { input: lensInput('scored-lens') }, budget)).createEquityLens;
    const em = hub.em();
    const request = em.create(Request, {
      title: 'Evening childcare at family nights',
      description: 'Childcare so parents working evenings can attend.',
      priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
      peopleImpacted: 40,
      oneTimeCents: 0,
      recurringCents: 500000,
      fte: 0,
      earliestYear: 2027,
      status: RequestStatus.UNDER_REVIEW,
    });
    await em.flush();
    const score = (scores: { criterionKey: string; score: number }[], token = liaison, requestId = request.id) =>
      hub.graphql(ScoreRequestDocument, { requestId, lensId: lens.id, scores }, token);

    const first = dataOf(await score([{ criterionKey: 'voice', score: 4 }])).scoreRequest;
    expect(first).toEqual([expect.objectContaining({ lensKey: 'scored-lens', criterionKey: 'voice', reviewer: 'test liaison', score: 4, request: { id: request.id } })]);
    const again = dataOf(await score([{ criterionKey: 'voice', score: 5 }])).scoreRequest;
    expect(again[0].id).toBe(first[0].id);
    dataOf(await score([{ criterionKey: 'voice', score: 2 }], budget));
    const rows = await hub.em().find(ReviewScore, { request: request.id }, { orderBy: { reviewer: 'asc' } });
    expect(rows.map((row) => [row.reviewer, row.score])).toEqual([
      ['test budget_staff', 2],
      ['test liaison', 5],
    ]);

    expect(errorCodeOf(await score([{ criterionKey: 'voice', score: 6 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await score([{ criterionKey: 'voice', score: -1 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await score([{ criterionKey: 'unknown', score: 3 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await score([{ criterionKey: 'representationGap', score: 3 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await score([{ criterionKey: 'voice', score: 1 }, { criterionKey: 'voice', score: 2 }]))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await score([{ criterionKey: 'voice', score: 3 }], liaison, '00000000-0000-0000-0000-000000000000'))).toBe('NOT_FOUND');
    expect(errorCodeOf(await score([{ criterionKey: 'voice', score: 3 }], await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect((await hub.em().findOneOrFail(ReviewScore, { request: request.id, reviewer: 'test liaison' })).score).toBe(5);
    expect(await hub.em().count(AuditEvent, { action: 'scoreRequest', entityId: request.id })).toBe(3);
  });
});
