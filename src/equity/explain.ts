import { formatFte, formatMoney, roundFteUp, roundMoneyUp } from './format';
import {
  CAPACITY_EPSILON,
  fteInYear,
  moneyInYear,
  NOT_STARTED,
  type Capacity,
  type SchedulingModel,
} from './model';
import type { Tiering } from './tier';
import type { MoveUpNeed, ReasonCode, SolverKind, TierStatus, YearAllocation } from './types';

export interface Explanation {
  reason: string;
  reasonCode: ReasonCode;
  toMoveUp: MoveUpNeed | null;
}

interface Shortfall {
  startIndex: number;
  /** Start index of each request that moves with it (joint shortfalls only). */
  startOf?: Map<number, number>;
  money: number[];
  fte: number[];
  moneyTotal: number;
  fteMax: number;
}

function shortfallAt(model: SchedulingModel, r: number, startIndex: number, free: Capacity): Shortfall {
  const request = model.requests[r];
  const horizon = model.years.length;
  const money = new Array<number>(horizon).fill(0);
  const fte = new Array<number>(horizon).fill(0);
  let moneyTotal = 0;
  let fteMax = 0;
  for (let t = startIndex; t < horizon; t++) {
    const moneyShort = moneyInYear(request, startIndex, t) - free.money[t];
    const fteShort = request.fte - free.fte[t];
    if (moneyShort > CAPACITY_EPSILON) {
      money[t] = roundMoneyUp(moneyShort);
      moneyTotal += money[t];
    }
    if (fteShort > CAPACITY_EPSILON) {
      fte[t] = roundFteUp(fteShort);
      if (fte[t] > fteMax) fteMax = fte[t];
    }
  }
  return { startIndex, money, fte, moneyTotal, fteMax };
}

/** shortfallAt's totals without building the per-year arrays (same sums, same order). */
let scanMoneyTotal = 0;
let scanFteMax = 0;
function scanShortfall(model: SchedulingModel, r: number, startIndex: number, free: Capacity): void {
  const request = model.requests[r];
  const horizon = model.years.length;
  const { recurring, fte } = request;
  const freeMoney = free.money;
  const freeFte = free.fte;
  let moneyTotal = 0;
  let fteMax = 0;
  for (let t = startIndex; t < horizon; t++) {
    // Same arithmetic as moneyInYear / roundMoneyUp / roundFteUp, inlined for the O(Y²) scan.
    const moneyShort = (t === startIndex ? request.oneTime + recurring : recurring) - freeMoney[t];
    const fteShort = fte - freeFte[t];
    if (moneyShort > CAPACITY_EPSILON) moneyTotal += Math.max(0, Math.ceil(moneyShort * 100 - 1e-6) / 100);
    if (fteShort > CAPACITY_EPSILON) {
      const need = Math.max(0, Math.ceil(fteShort * 10000 - 1e-6) / 10000);
      if (need > fteMax) fteMax = need;
    }
  }
  scanMoneyTotal = moneyTotal;
  scanFteMax = fteMax;
}

const fitsWithoutExtra = (shortfall: Shortfall) => shortfall.moneyTotal === 0 && shortfall.fteMax === 0;

/**
 * Smallest extra money first, then smallest extra FTE, then the earliest year.
 * O(Y²) arithmetic per request against the final per-year usage; only the
 * winning start year gets its per-year arrays built.
 */
function smallestShortfall(model: SchedulingModel, r: number, from: number, free: Capacity): Shortfall | null {
  let bestStart = -1;
  let bestMoney = 0;
  let bestFte = 0;
  for (let s = from; s < model.years.length; s++) {
    scanShortfall(model, r, s, free);
    if (bestStart < 0 || scanMoneyTotal < bestMoney || (scanMoneyTotal === bestMoney && scanFteMax < bestFte)) {
      bestStart = s;
      bestMoney = scanMoneyTotal;
      bestFte = scanFteMax;
    }
  }
  return bestStart < 0 ? null : shortfallAt(model, r, bestStart, free);
}

function joinYears(model: SchedulingModel, years: number[]): string {
  let text = '';
  for (let i = 0; i < years.length; i++) text += (i === 0 ? 'FY' : ', FY') + model.years[years[i]];
  return text;
}

function describeShortfall(model: SchedulingModel, shortfall: Shortfall): string {
  const moneyYears: number[] = [];
  const fteYears: number[] = [];
  let firstShortYear = Infinity;
  for (let t = 0; t < model.years.length; t++) {
    if (shortfall.money[t] > 0) moneyYears.push(t);
    if (shortfall.fte[t] > 0) fteYears.push(t);
    if ((shortfall.money[t] > 0 || shortfall.fte[t] > 0) && t < firstShortYear) firstShortYear = t;
  }
  let text = '';
  if (moneyYears.length === 1) {
    text = `FY${model.years[moneyYears[0]]} money cap reached: needs ${formatMoney(shortfall.moneyTotal)} more`;
  } else if (moneyYears.length > 1) {
    text = `money caps reached in ${joinYears(model, moneyYears)}: needs ${formatMoney(shortfall.moneyTotal)} more in total`;
  }
  if (fteYears.length > 0) {
    if (text !== '') text += '; ';
    text +=
      fteYears.length === 1
        ? `FY${model.years[fteYears[0]]} FTE cap reached: needs ${formatFte(shortfall.fteMax)} more FTE`
        : `FTE caps reached in ${joinYears(model, fteYears)}: needs up to ${formatFte(shortfall.fteMax)} more FTE`;
  }
  return firstShortYear === shortfall.startIndex ? text : `${text} (to start in ${model.years[shortfall.startIndex]})`;
}

function moveUpNeed(model: SchedulingModel, shortfall: Shortfall, tier: 1 | 2, movesWith: number[] = []): MoveUpNeed {
  const perYear: YearAllocation[] = [];
  const parts: string[] = [];
  for (let t = 0; t < model.years.length; t++) {
    if (shortfall.money[t] > 0 || shortfall.fte[t] > 0) {
      perYear.push({ year: model.years[t], money: shortfall.money[t], fte: shortfall.fte[t] });
      const amounts = [shortfall.money[t] > 0 ? formatMoney(shortfall.money[t]) : '', shortfall.fte[t] > 0 ? `${formatFte(shortfall.fte[t])} FTE` : ''].filter(Boolean);
      parts.push(`${amounts.join(' and ')} in FY${model.years[t]}`);
    }
  }
  const startYear = model.years[shortfall.startIndex];
  const together = movesWith.length > 0 ? ` together with ${movesWith.map((q) => labelOf(model, q)).join(', ')}, which it depends on,` : '';
  const guarantee =
    `If ${parts.join(', ')} is set aside for this request, it fits in Tier ${tier}${together} from ${startYear} without moving anything already there. ` +
    'Adding the same amount to the tier\'s envelope and solving again does not guarantee this: the solver may spend it better on other requests (fundWithExtra shows the real result).';
  return {
    year: startYear,
    money: roundMoneyUp(shortfall.moneyTotal),
    fte: shortfall.fteMax,
    perYear,
    movesWith: movesWith.map((q) => ({ id: model.requests[q].id, year: model.years[shortfall.startOf?.get(q) ?? shortfall.startIndex] })),
    guarantee,
  };
}

/**
 * The smallest joint shortfall of a request and the unfunded requests it depends on (transitively),
 * when all of them move up together: each starts at the common year s or its own earliest start,
 * dependents no earlier than what they depend on. Null when the chain cannot start in the horizon.
 */
function jointShortfall(model: SchedulingModel, members: number[], placedStart: Int32Array, free: Capacity): Shortfall | null {
  const horizon = model.years.length;
  let best: Shortfall | null = null;
  for (let s = 0; s < horizon; s++) {
    const start = new Map<number, number>();
    const startOf = (q: number): number => {
      const known = start.get(q);
      if (known !== undefined) return known;
      const request = model.requests[q];
      let at = Math.max(s, request.earliestIndex);
      for (const dep of request.dependencies) at = Math.max(at, placedStart[dep] !== NOT_STARTED ? placedStart[dep] : startOf(dep));
      start.set(q, at);
      return at;
    };
    if (members.some((q) => startOf(q) >= horizon)) continue;
    const money = new Array<number>(horizon).fill(0);
    const fte = new Array<number>(horizon).fill(0);
    let moneyTotal = 0;
    let fteMax = 0;
    for (let t = 0; t < horizon; t++) {
      let moneyNeed = 0;
      let fteNeed = 0;
      for (const q of members) {
        moneyNeed += moneyInYear(model.requests[q], startOf(q), t);
        fteNeed += fteInYear(model.requests[q], startOf(q), t);
      }
      if (moneyNeed - free.money[t] > CAPACITY_EPSILON) {
        money[t] = roundMoneyUp(moneyNeed - free.money[t]);
        moneyTotal += money[t];
      }
      if (fteNeed - free.fte[t] > CAPACITY_EPSILON) {
        fte[t] = roundFteUp(fteNeed - free.fte[t]);
        fteMax = Math.max(fteMax, fte[t]);
      }
    }
    const r = members[members.length - 1];
    if (!best || moneyTotal < best.moneyTotal || (moneyTotal === best.moneyTotal && fteMax < best.fteMax)) {
      best = { startIndex: startOf(r), startOf: start, money, fte, moneyTotal, fteMax };
    }
  }
  return best;
}

/** The unplaced requests r depends on, transitively, dependencies first; null if one can never move up. */
function unplacedChain(model: SchedulingModel, tiering: Tiering, r: number, above: TierAbove, alternativeMembers: Map<string, number[]>): number[] | null {
  const chain: number[] = [];
  const seen = new Set<number>();
  const visit = (q: number): boolean => {
    for (const dep of model.requests[q].dependencies) {
      if (above.placedStart[dep] !== NOT_STARTED || seen.has(dep)) continue;
      seen.add(dep);
      const request = model.requests[dep];
      if (request.excluded) return false;
      const rivals = request.alternativeGroup === null ? [] : (alternativeMembers.get(request.alternativeGroup) ?? []);
      if (rivals.some((other) => other !== dep && tiering.tierOf[other] <= above.tier)) return false;
      if (!visit(dep)) return false;
      chain.push(dep);
    }
    return true;
  };
  return visit(r) ? chain : null;
}

function labelOf(model: SchedulingModel, q: number): string {
  return `"${model.requests[q].label}"`;
}

function yearOf(model: SchedulingModel, t: number): number {
  return model.years[t];
}

function blocked(reasonCode: ReasonCode, why: string): Omit<Explanation, 'reason'> & { why: string } {
  return { reasonCode, why, toMoveUp: null };
}

interface TierAbove {
  tier: 1 | 2;
  status: TierStatus;
  /** Start index of everything in this tier or above it, NOT_STARTED otherwise. */
  placedStart: Int32Array;
  free: Capacity;
}

/** Why request r is not in `above`, and what extra capacity would let it in. */
function whyNotAbove(
  model: SchedulingModel,
  tiering: Tiering,
  solver: SolverKind,
  r: number,
  above: TierAbove,
  alternativesByGroup: Map<string, number[]>,
): Omit<Explanation, 'reason'> & { why: string } {
  const request = model.requests[r];
  const alternativeMembers = request.alternativeGroup === null ? [] : (alternativesByGroup.get(request.alternativeGroup) ?? []);

  let rival: number | undefined;
  for (const q of alternativeMembers) {
    if (q !== r && tiering.tierOf[q] <= above.tier) {
      rival = q;
      break;
    }
  }
  if (rival !== undefined) return blocked('ALTERNATIVE', `alternative ${labelOf(model, rival)} chosen (Tier ${tiering.tierOf[rival]})`);
  for (const dep of request.dependencies) {
    if (above.placedStart[dep] !== NOT_STARTED) continue;
    const depTier = tiering.tierOf[dep];
    const status = model.requests[dep].excluded
      ? 'which is excluded by budget staff'
      : depTier === 3
        ? 'which is not funded'
        : `which is only in Tier ${depTier}`;
    const chain = unplacedChain(model, tiering, r, above, alternativesByGroup);
    const joint = chain ? jointShortfall(model, [...chain, r], above.placedStart, above.free) : null;
    if (!chain || !joint) return blocked('DEPENDENCY', `waits for ${labelOf(model, dep)}, ${status}`);
    return { reasonCode: 'DEPENDENCY', why: `waits for ${labelOf(model, dep)}, ${status}; it could move up together with what it depends on, with ${describeShortfall(model, joint)}`, toMoveUp: moveUpNeed(model, joint, above.tier, chain) };
  }

  let dependencyBound = 0;
  for (const dep of request.dependencies) {
    if (above.placedStart[dep] !== NOT_STARTED && above.placedStart[dep] > dependencyBound) {
      dependencyBound = above.placedStart[dep];
    }
  }
  const from = Math.max(dependencyBound, request.earliestIndex);
  const best = smallestShortfall(model, r, from, above.free) as Shortfall;
  if (fitsWithoutExtra(best)) {
    const laterDep = request.dependencies.find((dep) => model.rank[dep] > model.rank[r]);
    if (solver === 'GREEDY' && laterDep !== undefined) {
      return blocked(
        'DEPENDENCY',
        `waits for ${labelOf(model, laterDep)}, which ranks lower, and GREEDY considers each request once in rank order`,
      );
    }
    const cause =
      request.equity === 0
        ? 'its equity score is 0, so funding it adds nothing to the objective'
        : solver === 'GREEDY'
          ? 'GREEDY considers each request once, in rank order, and room opened up only afterwards'
          : above.status === 'TIME_LIMIT'
            ? 'the solver stopped before proving its schedule optimal (time limit, or a model too large for the exact phase)'
            : 'the solver stopped within its allowed gap before adding it';
    return blocked('NOT_SELECTED', `there is room from ${yearOf(model, best.startIndex)} but ${cause}`);
  }

  const capacity = describeShortfall(model, best);
  const toMoveUp = moveUpNeed(model, best, above.tier);
  if (from > 0) {
    const relaxedFrom = request.earliestIndex > dependencyBound ? dependencyBound : request.earliestIndex;
    for (let s = relaxedFrom; s < from; s++) {
      scanShortfall(model, r, s, above.free);
      if (scanMoneyTotal !== 0 || scanFteMax !== 0) continue;
      if (request.earliestIndex > dependencyBound) {
        return {
          reasonCode: 'EARLIEST_START',
          why: `earliest start ${yearOf(model, from)} (there is room in ${yearOf(model, s)}); ${capacity}`,
          toMoveUp,
        };
      }
      const pacing = request.dependencies.find((dep) => above.placedStart[dep] === from) as number;
      return {
        reasonCode: 'DEPENDENCY',
        why: `waits for ${labelOf(model, pacing)} (starts ${yearOf(model, from)}); ${capacity}`,
        toMoveUp,
      };
    }
  }
  return { reasonCode: best.moneyTotal > 0 ? 'MONEY_CAP' : 'FTE_CAP', why: capacity, toMoveUp };
}

/** Explanations for every request, indexed like model.requests. */
export function explainAll(model: SchedulingModel, tiering: Tiering, solver: SolverKind): Explanation[] {
  const aboveOf = (tier: 1 | 2): TierAbove => ({
    tier,
    status: tier === 1 ? tiering.tier1.status : tiering.tier2.status,
    placedStart: Int32Array.from(tiering.startIndex, (s, q) => (tiering.tierOf[q] <= tier ? s : NOT_STARTED)),
    free: tier === 1 ? tiering.freeAfterTier1 : tiering.freeAfterTier2,
  });
  const above = { 1: aboveOf(1), 2: aboveOf(2) };
  const alternativeMembers = new Map<string, number[]>();
  for (const request of model.requests) {
    if (request.alternativeGroup === null) continue;
    const members = alternativeMembers.get(request.alternativeGroup);
    if (members) members.push(request.index);
    else alternativeMembers.set(request.alternativeGroup, [request.index]);
  }

  const explanations: Explanation[] = model.requests.map((request, r) => {
    const tier = tiering.tierOf[r];
    const rankText = `rank ${model.rank[r]} of ${model.requests.length} by equity score`;
    const staffNote = request.pinReason ? `: ${request.pinReason}` : '';
    if (request.excluded) {
      return {
        reason: `Excluded by budget staff${staffNote}. Saved for later (Tier 3): ${rankText}.`,
        reasonCode: 'EXCLUDED',
        toMoveUp: null,
      };
    }
    const startYear = model.years[tiering.startIndex[r]];
    const heading =
      tier === 1
        ? `Funded in ${startYear} (Tier 1)`
        : tier === 2
          ? `Funded in ${startYear} if Tier 2 money comes (Tier 2)`
          : 'Saved for later (Tier 3)';
    if (request.pin) {
      return { reason: `${heading}: pinned by budget staff${staffNote}; ${rankText}.`, reasonCode: 'PINNED', toMoveUp: null };
    }
    if (tier === 1) return { reason: `${heading}: ${rankText}.`, reasonCode: 'FUNDED', toMoveUp: null };

    const aboveTier = tier === 2 ? 1 : 2;
    const { why, reasonCode, toMoveUp } = whyNotAbove(model, tiering, solver, r, above[aboveTier], alternativeMembers);
    return { reason: `${heading}: ${rankText}. Not in Tier ${aboveTier}: ${why}.`, reasonCode, toMoveUp };
  });
  for (const tier of [1, 2] as const) explainRankInversions(model, tiering, explanations, tier);
  return explanations;
}

const CAPACITY_REASONS: readonly ReasonCode[] = ['MONEY_CAP', 'FTE_CAP'];

/** Money over the horizon and staff a request needs from the start it has (or its earliest start). */
function costText(model: SchedulingModel, tiering: Tiering, q: number): string {
  const request = model.requests[q];
  const start = tiering.startIndex[q] !== NOT_STARTED ? tiering.startIndex[q] : request.earliestIndex;
  let money = 0;
  for (let t = start; t < model.years.length; t++) money += moneyInYear(request, start, t);
  return request.fte > 0 ? `${formatMoney(money)} and ${formatFte(request.fte)} FTE` : formatMoney(money);
}

/**
 * Answers "why this one and not that one" where the order of the tier differs from the ranking:
 * a request in the tier that ranks below one left out names the best-ranked one it went ahead of,
 * and a request left out for lack of money or staff names the best-ranked lower one that got in.
 */
function explainRankInversions(model: SchedulingModel, tiering: Tiering, explanations: Explanation[], tier: 1 | 2): void {
  const inTier = (q: number) => tiering.tierOf[q] <= tier;
  const waiting = (q: number) => !inTier(q) && !model.requests[q].excluded;
  let bestWaiting = -1;
  for (const q of model.rankOrder) {
    if (tiering.tierOf[q] === tier && bestWaiting >= 0) {
      const why = CAPACITY_REASONS.includes(explanations[bestWaiting].reasonCode)
        ? `which needs ${costText(model, tiering, bestWaiting)} and did not fit in what was left; this one needs ${costText(model, tiering, q)}`
        : explanations[bestWaiting].reasonCode === 'DEPENDENCY'
          ? 'which waits for a request it depends on'
          : explanations[bestWaiting].reasonCode === 'ALTERNATIVE'
            ? 'whose alternative was chosen'
            : 'which the schedule left out';
      explanations[q].reason += ` Ahead of higher-ranked ${labelOf(model, bestWaiting)} (rank ${model.rank[bestWaiting]}) in Tier ${tier}, ${why}.`;
    }
    if (bestWaiting < 0 && waiting(q)) bestWaiting = q;
  }
  let nearestLowerIn = -1;
  for (let i = model.rankOrder.length - 1; i >= 0; i--) {
    const q = model.rankOrder[i];
    if (tiering.tierOf[q] === tier + 1 && nearestLowerIn >= 0 && CAPACITY_REASONS.includes(explanations[q].reasonCode)) {
      const lower = `Lower-ranked ${labelOf(model, nearestLowerIn)} (rank ${model.rank[nearestLowerIn]}) is in Tier ${tiering.tierOf[nearestLowerIn]} instead`;
      explanations[q].reason += model.requests[nearestLowerIn].pin
        ? ` ${lower}: budget staff pinned it there.`
        : ` ${lower}: it needs ${costText(model, tiering, nearestLowerIn)} where this one needs ${costText(model, tiering, q)}, and it fit in what was left.`;
    }
    if (inTier(q)) nearestLowerIn = q;
  }
}
