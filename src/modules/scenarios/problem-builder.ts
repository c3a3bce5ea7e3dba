import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScenarioProblem, ScenarioRequest } from '../../equity';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { CriterionKind, EquityLens } from '../equity-lenses/equity-lens.entity';
import { ReviewScore } from '../equity-lenses/review-score.entity';
import { Request, RequestStatus } from '../requests/request.entity';
import { deriveCriterionScores, type CandidateRequest } from './derived-criteria';
import type { CapAdjustment, ExtraFunds, Scenario, ScenarioPin, ScenarioSolver, WeightOverride } from './scenario.entity';

/**
 * Requests a scenario places. SUBMITTED requests have not been reviewed yet; DECLINED, IMPLEMENTED
 * and RESOLVED ones are settled. FUNDED, TIERED and DEFERRED stay in: adopting a scenario re-plans
 * the whole cycle, so an earlier plan's decisions are inputs to revisit, not fixed facts.
 */
export const CANDIDATE_STATUSES: readonly RequestStatus[] = [
  RequestStatus.UNDER_REVIEW,
  RequestStatus.TIERED,
  RequestStatus.FUNDED,
  RequestStatus.DEFERRED,
];

/** A dependency on work that is already done is met; one on these statuses can never be met in this plan. */
const COMPLETED_STATUSES: readonly RequestStatus[] = [RequestStatus.IMPLEMENTED, RequestStatus.RESOLVED];

/** Everything a scenario is run with; stored on the Scenario so adoption can rebuild the same problem. */
export interface ScenarioSettings {
  cycleId: string;
  lensId: string;
  solver: ScenarioSolver;
  discount: number;
  coverageBonus: number;
  mipGap: number;
  capAdjustments: CapAdjustment[];
  weightOverrides: WeightOverride[];
  pins: ScenarioPin[];
  /** Added to the adjusted envelopes (fundWithExtra); none for ordinary runs. */
  extraFunds?: ExtraFunds[];
}

/** The settings a stored scenario was run with, to build its problem again (adoption's check, fundWithExtra). */
export function settingsOfScenario(scenario: Scenario): ScenarioSettings {
  return {
    cycleId: scenario.cycle.id,
    lensId: scenario.lens.id,
    solver: scenario.solver,
    discount: scenario.discount,
    coverageBonus: scenario.coverageBonus,
    mipGap: scenario.mipGap,
    capAdjustments: scenario.capAdjustments,
    weightOverrides: scenario.weightOverrides,
    pins: scenario.pins,
    extraFunds: scenario.extraFunds ?? [],
  };
}

export interface BuiltProblem {
  problem: ScenarioProblem;
  cycle: BudgetCycle;
  lens: EquityLens;
  candidates: Request[];
  inputsHash: string;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const centsToDollars = (cents: number) => cents / 100;

/** JSON with object keys sorted at every level, so equal problems hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashProblem(problem: ScenarioProblem): string {
  return createHash('sha256').update(canonicalJson(problem)).digest('hex');
}

/**
 * Cap adjustments compound when several name the same year and tier: -10% then -10% leaves 81%.
 * Adjusted caps are rounded to whole cents and hundredths of an FTE.
 */
export function adjustedEnvelopes(cycle: BudgetCycle, capAdjustments: CapAdjustment[], extraFunds: ExtraFunds[] = []): ScenarioProblem['envelopes'] {
  const fiscalYears = cycle.fiscalYears.getItems();
  const years = new Set(fiscalYears.map((fiscalYear) => fiscalYear.year));
  for (const adjustment of capAdjustments) {
    if (!years.has(adjustment.year)) {
      throw new BadUserInputError(`Cap adjustment names FY${adjustment.year}, which is not a year of cycle "${cycle.name}"`, { year: adjustment.year });
    }
    if (adjustment.tier !== null && adjustment.tier !== 1 && adjustment.tier !== 2) {
      throw new BadUserInputError('A cap adjustment tier is 1, 2 or null (both)', { tier: adjustment.tier });
    }
  }
  for (const extra of extraFunds) {
    if (!years.has(extra.year)) throw new BadUserInputError(`Extra funds name FY${extra.year}, which is not a year of cycle "${cycle.name}"`, { year: extra.year });
  }
  const envelope = (tier: 1 | 2) =>
    fiscalYears.map((fiscalYear) => {
      const extras = extraFunds.filter((extra) => extra.year === fiscalYear.year && extra.tier === tier);
      const extraCents = extras.reduce((sum, extra) => sum + extra.moneyCents, 0);
      const extraFte = extras.reduce((sum, extra) => sum + extra.fte, 0);
      let moneyFactor = 1;
      let fteFactor = 1;
      for (const adjustment of capAdjustments) {
        if (adjustment.year !== fiscalYear.year || (adjustment.tier !== null && adjustment.tier !== tier)) continue;
        moneyFactor *= 1 + adjustment.moneyPercent / 100;
        fteFactor *= 1 + adjustment.ftePercent / 100;
      }
      const moneyCents = tier === 1 ? fiscalYear.tier1MoneyCents : fiscalYear.tier2MoneyCents;
      const fte = tier === 1 ? fiscalYear.tier1Fte : fiscalYear.tier2Fte;
      return {
        money: centsToDollars(Math.max(0, Math.round(moneyCents * moneyFactor)) + extraCents),
        fte: extraFte === 0 ? Math.max(0, round(fte * fteFactor, 2)) : round(Math.max(0, round(fte * fteFactor, 2)) + extraFte, 6),
      };
    });
  return { tier1: envelope(1), tier2: envelope(2) };
}

function lensCriteria(lens: EquityLens, weightOverrides: WeightOverride[]) {
  const overrides = new Map<string, number>();
  for (const override of weightOverrides) {
    if (!lens.criteria.some((criterion) => criterion.key === override.criterionKey)) {
      throw new BadUserInputError(`Lens "${lens.key}" has no criterion "${override.criterionKey}" to re-weight`, { criterionKey: override.criterionKey });
    }
    if (overrides.has(override.criterionKey)) throw new BadUserInputError(`Criterion "${override.criterionKey}" is re-weighted twice`);
    overrides.set(override.criterionKey, override.weight);
  }
  const criteria = lens.criteria.map((criterion) => ({ key: criterion.key, weight: overrides.get(criterion.key) ?? criterion.weight }));
  if (criteria.reduce((sum, criterion) => sum + criterion.weight, 0) <= 0) {
    throw new BadUserInputError('With the weight overrides, the criterion weights must still have a positive sum');
  }
  return criteria;
}

/**
 * Why a request cannot be funded in this cycle whatever the caps, or null. Such a request is sent
 * to the engine as excluded (so it still gets a Tier 3 item explaining why) rather than dropped.
 */
function blockedReason(request: Request, candidateIds: Set<string>, lastYear: number): string | null {
  if (request.earliestYear > lastYear) return `Its earliest start, FY${request.earliestYear}, is after the cycle's last year FY${lastYear}.`;
  const blocking = request.dependsOn
    .getItems()
    .find((dependency) => !candidateIds.has(dependency.id) && !COMPLETED_STATUSES.includes(dependency.status));
  if (blocking) return `It depends on "${blocking.title}", which is ${blocking.status} and not part of this plan.`;
  return null;
}

function validatePins(pins: ScenarioPin[], candidateIds: Set<string>, years: number[]): Map<string, ScenarioPin> {
  const byRequest = new Map<string, ScenarioPin>();
  for (const pin of pins) {
    if (!candidateIds.has(pin.requestId)) {
      throw new BadUserInputError(`Request ${pin.requestId} is not a candidate of this scenario (status must be one of ${CANDIDATE_STATUSES.join(', ')})`, {
        requestId: pin.requestId,
      });
    }
    if (byRequest.has(pin.requestId)) throw new BadUserInputError(`Request ${pin.requestId} is pinned twice`, { requestId: pin.requestId });
    if (pin.excluded) {
      if (pin.tier !== null || pin.startYear !== null) {
        throw new BadUserInputError('An excluded request takes no tier or start year', { requestId: pin.requestId });
      }
    } else {
      if (pin.tier !== 1 && pin.tier !== 2) throw new BadUserInputError('A pin needs tier 1 or 2 (or excluded: true)', { requestId: pin.requestId });
      if (pin.startYear === null || !years.includes(pin.startYear)) {
        throw new BadUserInputError(`A pin needs a start year among ${years.join(', ')}`, { requestId: pin.requestId });
      }
    }
    if (!pin.reason.trim()) throw new BadUserInputError('Every pin needs a reason', { requestId: pin.requestId });
    byRequest.set(pin.requestId, pin);
  }
  return byRequest;
}

/** Builds the engine's problem (scenario-format.md) from the current database state. */
export async function buildScenarioProblem(em: EntityManager, settings: ScenarioSettings, minCellSize: number): Promise<BuiltProblem> {
  const cycle = await em.findOne(BudgetCycle, settings.cycleId, { populate: ['fiscalYears'] });
  if (!cycle) throw new NotFoundError('BudgetCycle', settings.cycleId);
  const lens = await em.findOne(EquityLens, settings.lensId);
  if (!lens) throw new NotFoundError('EquityLens', settings.lensId);
  const years = cycle.fiscalYears.getItems().map((fiscalYear) => fiscalYear.year);
  if (years.length === 0) throw new BadUserInputError(`Cycle "${cycle.name}" has no fiscal years`);
  if (!(settings.discount > 0 && settings.discount <= 1)) throw new BadUserInputError('discount must be > 0 and <= 1');
  if (!(settings.coverageBonus >= 0)) throw new BadUserInputError('coverageBonus must be >= 0');

  const envelopes = adjustedEnvelopes(cycle, settings.capAdjustments, settings.extraFunds);
  const criteria = lensCriteria(lens, settings.weightOverrides);
  const candidates = await em.find(
    Request,
    { status: { $in: [...CANDIDATE_STATUSES] } },
    { populate: ['focalGroups', 'dependsOn', 'partner'], orderBy: { id: 'asc' } },
  );
  const candidateIds = new Set(candidates.map((request) => request.id));
  const pins = validatePins(settings.pins, candidateIds, years);

  const candidateData: CandidateRequest[] = candidates.map((request) => ({
    id: request.id,
    peopleImpacted: request.peopleImpacted,
    priorityArea: request.priorityArea,
    partner: request.partner ?? null,
    surveyTopic: request.surveyTopic ?? null,
    focalGroupIds: request.focalGroups.getItems().map((group) => group.id),
  }));
  const derivedSources = new Set(lens.criteria.flatMap((criterion) => (criterion.kind === CriterionKind.DERIVED && criterion.source ? [criterion.source] : [])));
  const derived = await deriveCriterionScores(em, candidateData, derivedSources, minCellSize);
  const reviewedKeys = lens.criteria.filter((criterion) => criterion.kind === CriterionKind.REVIEWED).map((criterion) => criterion.key);
  const reviews =
    reviewedKeys.length === 0 || candidates.length === 0
      ? []
      : await em.find(ReviewScore, { lensKey: lens.key, criterionKey: { $in: reviewedKeys }, request: { $in: [...candidateIds] } });

  const lastYear = years[years.length - 1];
  const requests = candidates.map((request): ScenarioRequest => {
    const scores: Record<string, number> = {};
    for (const criterion of lens.criteria) {
      if (criterion.kind === CriterionKind.DERIVED) {
        scores[criterion.key] = round(derived.get(criterion.source!)?.get(request.id) ?? 0, 6);
      } else {
        const values = reviews.filter((review) => review.request.id === request.id && review.criterionKey === criterion.key).map((review) => review.score);
        // The mean of "Fingers to Five" votes, 0..5, scaled to the engine's 0..1.
        if (values.length > 0) scores[criterion.key] = round(values.reduce((sum, value) => sum + value, 0) / values.length / 5, 6);
      }
    }
    const pin = pins.get(request.id);
    const blocked = blockedReason(request, candidateIds, lastYear);
    if (blocked && pin && !pin.excluded) {
      throw new BadUserInputError(`"${request.title}" cannot be pinned: ${blocked}`, { requestId: request.id });
    }
    const excluded = Boolean(blocked) || Boolean(pin?.excluded);
    return {
      id: request.id,
      title: request.title,
      scores,
      focalGroups: request.focalGroups.getItems().map((group) => group.id).sort(),
      oneTime: centsToDollars(request.oneTimeCents),
      recurring: centsToDollars(request.recurringCents),
      fte: request.fte,
      // A request that could have started before the cycle can start in its first year.
      earliestYear: blocked ? null : Math.max(request.earliestYear, years[0]),
      dependsOn: blocked ? [] : request.dependsOn.getItems().map((dependency) => dependency.id).filter((id) => candidateIds.has(id)).sort(),
      alternativeGroup: request.alternativeGroup ?? null,
      pin: pin && !pin.excluded ? { tier: pin.tier as 1 | 2, startYear: pin.startYear! } : null,
      excluded,
      pinReason: pin?.reason ?? blocked,
    };
  });

  const problem: ScenarioProblem = {
    years,
    envelopes,
    lens: { criteria },
    discount: settings.discount,
    coverageBonus: settings.coverageBonus,
    solver: settings.solver,
    mipGap: settings.mipGap,
    requests,
  };
  return { problem, cycle, lens, candidates, inputsHash: hashProblem(problem) };
}
