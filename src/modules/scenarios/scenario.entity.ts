import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseEntity } from '../shared/base.entity';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { EquityLens } from '../equity-lenses/equity-lens.entity';
import type { Request } from '../requests/request.entity';

export enum ScenarioSolver {
  /** Exact 0/1 schedule (HiGHS); never worse than GREEDY. */
  OPTIMAL = 'OPTIMAL',
  /** Highest equity score first, each at its earliest feasible year. */
  GREEDY = 'GREEDY',
}
registerEnumType(ScenarioSolver, { name: 'ScenarioSolver' });

export enum ScenarioStatus {
  /** Stored and waiting for a free solver on any instance. */
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  /** The solver crashed, ran out of time, or its instance died twice; failureMessage says which. */
  FAILED = 'FAILED',
  /** Stopped by staff before it finished. */
  CANCELLED = 'CANCELLED',
}

/** States a scenario never leaves. */
export const FINISHED_SCENARIO_STATUSES: readonly ScenarioStatus[] = [ScenarioStatus.COMPLETED, ScenarioStatus.FAILED, ScenarioStatus.CANCELLED];

export enum ScenarioPhase {
  QUEUED = 'QUEUED',
  /** Building the model from the stored problem. */
  MODEL = 'MODEL',
  TIER1 = 'TIER1',
  TIER2 = 'TIER2',
  /** Explaining every placement. */
  EXPLAIN = 'EXPLAIN',
  /** Writing the items. */
  STORING = 'STORING',
  DONE = 'DONE',
}
registerEnumType(ScenarioPhase, { name: 'ScenarioPhase' });
registerEnumType(ScenarioStatus, { name: 'ScenarioStatus' });

export enum TierSolveStatus {
  OPTIMAL = 'OPTIMAL',
  TIME_LIMIT = 'TIME_LIMIT',
  HEURISTIC = 'HEURISTIC',
}
registerEnumType(TierSolveStatus, { name: 'TierSolveStatus' });

/**
 * runScenario's default gap: a 1,000-request what-if is proven within 1% in about a second and
 * reproducible byte for byte, where a proof of optimality runs into the time limit (bench/README.md).
 */
export const DEFAULT_MIP_GAP = 0.01;
/** Above this a tier's "best" schedule could be far from the best; staff should not need it. */
export const MAX_MIP_GAP = 0.1;

@ObjectType({ description: 'A what-if change to a year\'s envelope, e.g. revenue -5% or staff -20% in FY2028.' })
export class CapAdjustment {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 or 2; null adjusts both tiers.' })
  tier!: number | null;

  @Field(() => Float, { description: 'Percent change of the money cap, e.g. -5.' })
  moneyPercent!: number;

  @Field(() => Float, { description: 'Percent change of the FTE cap, e.g. -20.' })
  ftePercent!: number;
}

@ObjectType({ description: 'Money and staff added to one year\'s tier envelope on top of the cycle\'s caps (fundWithExtra).' })
export class ExtraFunds {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1 or 2.' })
  tier!: number;

  @Field(() => SafeIntResolver)
  moneyCents!: number;

  @Field(() => Float)
  fte!: number;
}

@ObjectType()
export class WeightOverride {
  @Field()
  criterionKey!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: 'A request budget staff forced into a tier and year, or kept out of Tiers 1 and 2.' })
export class ScenarioPin {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { nullable: true })
  tier!: number | null;

  @Field(() => Int, { nullable: true })
  startYear!: number | null;

  @Field()
  excluded!: boolean;

  @Field()
  reason!: string;
}

@ObjectType('ScenarioTierSummary')
export class TierSummary {
  @Field(() => Int)
  tier!: number;

  @Field(() => Float, { description: 'Σ equity × discount^(start year index) + coverage bonus of the tier\'s schedule.' })
  objective!: number;

  @Field(() => TierSolveStatus)
  status!: TierSolveStatus;

  @Field(() => Float, { nullable: true, description: 'Proven relative gap; null for GREEDY (no bound known).' })
  gap!: number | null;
}

@ObjectType({ description: 'How far a scenario run has come; also the payload of scenarioProgress.' })
export class ScenarioProgress {
  @Field(() => ID)
  scenarioId!: string;

  @Field(() => ScenarioStatus)
  status!: ScenarioStatus;

  @Field(() => ScenarioPhase)
  phase!: ScenarioPhase;

  @Field(() => Int, { nullable: true, description: 'The tier the objective and gap belong to: the last one finished.' })
  tier!: number | null;

  @Field(() => Float, { nullable: true, description: 'Objective of that tier\'s best schedule.' })
  objective!: number | null;

  @Field(() => Float, { nullable: true, description: 'Proven relative gap of that tier (0 = proven optimal; null for GREEDY).' })
  gap!: number | null;

  @Field(() => Int, { description: 'Milliseconds since the run started (0 while queued).' })
  elapsedMillis!: number;

  @Field(() => String, { nullable: true, description: 'The hub instance running it.' })
  instance!: string | null;

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}

@ObjectType({ description: 'A named tiering run over a budget cycle; one per cycle is adopted as the plan.' })
@Entity()
@Index({ properties: ['cycle', 'createdAt'] })
// At most one adopted plan per cycle, whatever the application does.
@Index({
  name: 'scenario_one_adopted_per_cycle',
  expression: 'create unique index "scenario_one_adopted_per_cycle" on "scenario" ("cycle_id") where "adopted_at" is not null and "superseded_at" is null',
})
@Index({ properties: ['status', 'heartbeatAt'] })
export class Scenario extends BaseEntity<
  'status' | 'failureMessage' | 'tiers' | 'extraFunds' | 'basedOn' | 'fundedRequest' | 'adoptedAt' | 'supersededAt' | 'solveMillis' | 'priority' | 'attempt' | 'startedAt' | 'finishedAt' | 'heartbeatAt' | 'runnerInstance' | 'progress'
> {
  @ManyToOne(() => BudgetCycle)
  cycle!: BudgetCycle;

  @Field()
  @Property()
  name!: string;

  @ManyToOne(() => EquityLens)
  lens!: EquityLens;

  @Field(() => Int, { description: 'The lens revision the scenario was run with.' })
  @Property({ type: 'integer' })
  lensRevision!: number;

  @Field(() => ScenarioSolver)
  @Enum({ items: () => ScenarioSolver })
  solver!: ScenarioSolver;

  @Field(() => Float)
  @Property({ type: 'double' })
  discount!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  coverageBonus!: number;

  @Field(() => Float, { description: 'Relative gap OPTIMAL was asked to prove each tier within (0 = optimality); tiers report the gap actually proven.' })
  // Scenarios stored before this setting existed were all solved with a gap of 0.
  @Property({ type: 'double', default: 0 })
  mipGap!: number;

  @Field(() => [CapAdjustment])
  @Property({ type: 'json' })
  capAdjustments!: CapAdjustment[];

  @Field(() => [WeightOverride])
  @Property({ type: 'json' })
  weightOverrides!: WeightOverride[];

  @Field(() => [ExtraFunds], { description: 'Money and staff added to the envelopes (a fundWithExtra what-if); empty otherwise.' })
  @Property({ type: 'json', default: '[]' })
  extraFunds: ExtraFunds[] = [];

  /** The scenario a fundWithExtra what-if re-ran, and the request it funded. */
  @ManyToOne(() => Scenario, { nullable: true, deleteRule: 'set null' })
  basedOn: Scenario | null = null;

  @ManyToOne({ entity: 'Request', nullable: true, deleteRule: 'set null' })
  fundedRequest: Request | null = null;

  /** Staff notes; exposed to staff only through a field resolver. */
  @Property({ type: 'json' })
  pins!: ScenarioPin[];

  @Field(() => ScenarioStatus)
  @Enum({ items: () => ScenarioStatus })
  status: ScenarioStatus = ScenarioStatus.QUEUED;

  @Field(() => Int, { description: 'Queue priority: higher runs first; first come, first served within a priority.' })
  @Property({ type: 'integer', default: 0 })
  priority: number = 0;

  @Field(() => Int, { description: 'How many times a solver took it (2 when its first instance died mid-solve).' })
  @Property({ type: 'integer', default: 0 })
  attempt: number = 0;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  /** Refreshed by the running instance; a stale one means the instance died (the sweep takes over). */
  @Property({ type: 'datetime', nullable: true })
  heartbeatAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The hub instance that ran (or runs) it.' })
  @Property({ type: 'text', nullable: true })
  runnerInstance: string | null = null;

  @Field(() => ScenarioProgress, { nullable: true, description: 'The last progress reported; null before a solver took it.' })
  @Property({ type: 'json', nullable: true })
  progress: ScenarioProgress | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  /** sha256 of the canonical problem; adoption refuses a plan whose inputs have changed since. */
  @Field()
  @Property()
  inputsHash!: string;

  @Field(() => [TierSummary])
  @Property({ type: 'json' })
  tiers: TierSummary[] = [];

  @Property()
  createdBy!: string;

  /** Set when adopted and kept when superseded: a lens revision once adopted stays frozen. */
  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  adoptedAt: Date | null = null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When another adoption replaced this plan.' })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  solveMillis: number | null = null;
}

export function isAdopted(scenario: Scenario): boolean {
  return scenario.adoptedAt !== null && scenario.supersededAt === null;
}
