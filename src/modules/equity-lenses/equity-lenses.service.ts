import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { Request } from '../requests/request.entity';
import { Scenario } from '../scenarios/scenario.entity';
import { assertVersion, snapshot } from '../shared/snapshot';
import { CriterionKind, EquityLens, type LensCriterion } from './equity-lens.entity';
import type { CreateEquityLensInput, CriterionScoreInput, LensCriterionInput, UpdateEquityLensInput } from './equity-lenses.inputs';
import { ReviewScore } from './review-score.entity';
import { equityLensLoaders } from './equity-lenses.loaders';

/** Checks what class-validator cannot see per field: keys, sources and the weight sum across criteria. */
function validCriteria(criteria: LensCriterionInput[]): LensCriterion[] {
  const seen = new Set<string>();
  for (const criterion of criteria) {
    if (seen.has(criterion.key)) throw new BadUserInputError(`Criterion key "${criterion.key}" is used twice`, { criterionKey: criterion.key });
    seen.add(criterion.key);
    if (criterion.kind === CriterionKind.DERIVED && !criterion.source) {
      throw new BadUserInputError(`Derived criterion "${criterion.key}" needs a source`, { criterionKey: criterion.key });
    }
    if (criterion.kind === CriterionKind.REVIEWED && criterion.source) {
      throw new BadUserInputError(`Reviewed criterion "${criterion.key}" is scored by reviewers and takes no source`, { criterionKey: criterion.key });
    }
  }
  if (criteria.reduce((sum, criterion) => sum + criterion.weight, 0) <= 0) {
    throw new BadUserInputError('Criterion weights must have a positive sum');
  }
  return criteria.map((criterion) => ({
    key: criterion.key,
    label: criterion.label,
    kind: criterion.kind,
    source: criterion.kind === CriterionKind.DERIVED ? criterion.source! : null,
    weight: criterion.weight,
    guidance: criterion.guidance ?? null,
  }));
}

export class EquityLensService {
  constructor(private readonly context: HubContext) {}

  /** Latest revision per key unless every revision is asked for (e.g. to read an old scenario's lens). */
  async equityLenses(includeAllRevisions: boolean): Promise<EquityLens[]> {
    const lenses = await this.context.em.find(EquityLens, {}, { orderBy: { key: 'asc', revision: 'desc' } });
    if (includeAllRevisions) return lenses;
    return lenses.filter((lens, index) => index === 0 || lenses[index - 1].key !== lens.key);
  }

  async equityLens(id: string): Promise<EquityLens> {
    const lens = await equityLensLoaders(this.context).equityLensById.load(id);
    if (!lens) throw new NotFoundError('EquityLens', id);
    return lens;
  }

  createEquityLens(input: CreateEquityLensInput): Promise<EquityLens> {
    return runWrite(this.context, async ({ em, audit }) => {
      const criteria = validCriteria(input.criteria);
      if ((await em.count(EquityLens, { key: input.key })) > 0) {
        throw new BadUserInputError(`A lens with key "${input.key}" exists; update it instead`, { key: input.key });
      }
      const lens = em.create(EquityLens, { key: input.key, name: input.name, stance: input.stance ?? null, criteria });
      await em.flush();
      audit({ action: 'createEquityLens', entityType: 'EquityLens', entityId: lens.id, after: snapshot(lens) });
      return lens;
    });
  }

  /**
   * An adopted plan must stay explainable by the exact lens it was built with, so a revision that
   * any adopted scenario (current or superseded) used is never edited: the change becomes revision + 1.
   */
  updateEquityLens(input: UpdateEquityLensInput): Promise<EquityLens> {
    return runWrite(this.context, async ({ em, audit }) => {
      const lens = await em.findOne(EquityLens, input.id);
      if (!lens) throw new NotFoundError('EquityLens', input.id);
      assertVersion(lens, input.version, 'EquityLens');
      const latest = await em.findOneOrFail(EquityLens, { key: lens.key }, { orderBy: { revision: 'desc' } });
      if (latest.id !== lens.id) {
        throw new BadUserInputError(`Revision ${lens.revision} of lens "${lens.key}" is superseded by revision ${latest.revision}; edit that one`, {
          latestId: latest.id,
        });
      }
      const changes = {
        name: input.name ?? lens.name,
        stance: input.stance !== undefined ? input.stance : lens.stance,
        criteria: input.criteria ? validCriteria(input.criteria) : lens.criteria,
      };
      const before = snapshot(lens);
      const usedByAdoptedScenario = (await em.count(Scenario, { lens, adoptedAt: { $ne: null } })) > 0;
      if (usedByAdoptedScenario) {
        const revision = em.create(EquityLens, { key: lens.key, revision: lens.revision + 1, ...changes });
        await em.flush();
        audit({ action: 'updateEquityLens', entityType: 'EquityLens', entityId: revision.id, before, after: snapshot(revision) });
        return revision;
      }
      em.assign(lens, changes);
      await em.flush();
      audit({ action: 'updateEquityLens', entityType: 'EquityLens', entityId: lens.id, before, after: snapshot(lens) });
      return lens;
    });
  }

  /** One reviewer's scores replace that reviewer's earlier ones on the same criteria; other reviewers keep theirs. */
  scoreRequest(requestId: string, lensId: string, scores: CriterionScoreInput[]): Promise<ReviewScore[]> {
    return runWrite(this.context, async ({ em, viewer, audit }) => {
      const lens = await em.findOne(EquityLens, lensId);
      if (!lens) throw new NotFoundError('EquityLens', lensId);
      const request = await em.findOne(Request, requestId);
      if (!request) throw new NotFoundError('Request', requestId);
      if (scores.length === 0) throw new BadUserInputError('Give at least one score');
      const seen = new Set<string>();
      for (const { criterionKey, score } of scores) {
        const criterion = lens.criteria.find((candidate) => candidate.key === criterionKey);
        if (!criterion) throw new BadUserInputError(`Lens "${lens.key}" has no criterion "${criterionKey}"`, { criterionKey });
        if (criterion.kind !== CriterionKind.REVIEWED) {
          throw new BadUserInputError(`Criterion "${criterionKey}" is derived from data and cannot be scored by reviewers`, { criterionKey });
        }
        if (!Number.isInteger(score) || score < 0 || score > 5) throw new BadUserInputError('Scores are whole numbers from 0 to 5', { criterionKey });
        if (seen.has(criterionKey)) throw new BadUserInputError(`Criterion "${criterionKey}" is scored twice`, { criterionKey });
        seen.add(criterionKey);
      }
      const existing = await em.find(ReviewScore, { request, lensKey: lens.key, reviewer: viewer.label, criterionKey: { $in: [...seen] } });
      const before = Object.fromEntries(existing.map((row) => [row.criterionKey, row.score]));
      const rows = scores.map(({ criterionKey, score }) => {
        const row = existing.find((candidate) => candidate.criterionKey === criterionKey);
        if (row) {
          row.score = score;
          return row;
        }
        return em.create(ReviewScore, { request, lensKey: lens.key, criterionKey, reviewer: viewer.label, score });
      });
      await em.flush();
      audit({
        action: 'scoreRequest',
        entityType: 'Request',
        entityId: request.id,
        before: existing.length > 0 ? { lensKey: lens.key, reviewer: viewer.label, scores: before } : null,
        after: { lensKey: lens.key, reviewer: viewer.label, scores: Object.fromEntries(rows.map((row) => [row.criterionKey, row.score])) },
      });
      return rows;
    });
  }
}
