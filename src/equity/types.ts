/**
 * Plain-data types of the scenario file format (docs/scenario-format.md)
 * plus the extensions documented in ./README.md ("## Extensions").
 */

export type SolverKind = 'OPTIMAL' | 'GREEDY';

export interface ResourceAmount {
  money: number;
  fte: number;
}

export interface LensCriterion {
  key: string;
  weight: number;
}

export interface Lens {
  criteria: LensCriterion[];
}

/** Extension: budget staff force a request into a tier at a start year. */
export interface RequestPin {
  tier: 1 | 2;
  startYear: number;
}

export interface ScenarioRequest {
  id: string;
  /** Extension: shown in explanations instead of the id when present. */
  title?: string;
  scores: Record<string, number>;
  focalGroups: string[];
  oneTime: number;
  recurring: number;
  fte: number;
  earliestYear?: number | null;
  dependsOn?: string[];
  alternativeGroup?: string | null;
  /** Extension: see RequestPin. */
  pin?: RequestPin | null;
  /** Extension: budget staff keep the request out of Tier 1 and Tier 2. */
  excluded?: boolean;
  /** Extension: why it was pinned or excluded, quoted in the explanation. */
  pinReason?: string | null;
}

export interface ScenarioProblem {
  years: number[];
  envelopes: { tier1: ResourceAmount[]; tier2: ResourceAmount[] };
  lens: Lens;
  discount?: number;
  coverageBonus?: number;
  solver?: SolverKind;
  /** Extension: wall-clock limit per tier for OPTIMAL (default 30). */
  timeLimitSeconds?: number;
  /** Extension: relative gap at which OPTIMAL may stop (default 0 = exact). */
  mipGap?: number;
  requests: ScenarioRequest[];
}

/**
 * OPTIMAL: proven optimal within mipGap. TIME_LIMIT: stopped by
 * timeLimitSeconds, `gap` is the proven bound. HEURISTIC: GREEDY was asked for,
 * so no bound is known and `gap` is null.
 */
export type TierStatus = 'OPTIMAL' | 'TIME_LIMIT' | 'HEURISTIC';

export interface TierSummary {
  tier: 1 | 2;
  objective: number;
  status: TierStatus;
  gap: number | null;
}

export interface YearAllocation {
  year: number;
  money: number;
  fte: number;
}

export interface MoveUpNeed {
  /** Start year the request would take in the tier above. */
  year: number;
  /** Extra money summed over every year that falls short. */
  money: number;
  /** Largest extra FTE needed in any single year. */
  fte: number;
  /** Every year that needs extra money or staff, and how much (also when that is a single year). */
  perYear: YearAllocation[];
  /** Unfunded requests this one depends on, which must move up with it, and their start years (their needs are included). */
  movesWith: Array<{ id: string; year: number }>;
  /** What the amount guarantees, in words. */
  guarantee: string;
}

/** Extension: machine-readable kind of `reason`. */
export type ReasonCode =
  | 'FUNDED'
  | 'PINNED'
  | 'EXCLUDED'
  | 'MONEY_CAP'
  | 'FTE_CAP'
  | 'DEPENDENCY'
  | 'ALTERNATIVE'
  | 'EARLIEST_START'
  | 'NOT_SELECTED';

export interface ScenarioItem {
  id: string;
  tier: 1 | 2 | 3;
  startYear: number | null;
  rank: number;
  equityScore: number;
  scoreBreakdown: Record<string, number>;
  allocations: YearAllocation[];
  reason: string;
  reasonCode: ReasonCode;
  toMoveUp: MoveUpNeed | null;
}

export interface ScenarioResult {
  solver: SolverKind;
  tiers: TierSummary[];
  items: ScenarioItem[];
}

/** How far a solve has come; reported at each phase boundary (the engine has no clock of its own). */
export interface SolveProgress {
  phase: 'MODEL' | 'TIER1' | 'TIER2' | 'EXPLAIN';
  /** The tier the numbers below belong to: the last one finished. */
  tier: 1 | 2 | null;
  /** Objective of that tier's best schedule so far. */
  objective: number | null;
  /** Proven relative gap of that tier (0 when proven optimal; null for GREEDY). */
  gap: number | null;
}

