import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseEntity } from '../shared/base.entity';
import { Request } from '../requests/request.entity';
import type { Scenario } from './scenario.entity';

@ObjectType('YearAllocation', { description: 'What a request uses in one fiscal year.' })
export class YearAllocation {
  @Field(() => Int)
  year!: number;

  @Field(() => SafeIntResolver)
  moneyCents!: number;

  @Field(() => Float)
  fte!: number;
}

@ObjectType({ description: 'A request that must move up together with another.' })
export class MoveUpDependency {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: 'Start year it would take.' })
  year!: number;
}

@ObjectType({ description: 'The smallest extra money and staff that would move a request up one tier.' })
export class MoveUpNeed {
  @Field(() => Int, { description: 'Start year it would take in the tier above.' })
  year!: number;

  @Field(() => SafeIntResolver, { description: 'Extra money summed over every year that falls short, in cents.' })
  moneyCents!: number;

  @Field(() => Float, { description: 'Largest extra FTE needed in any single year.' })
  fte!: number;

  @Field(() => [YearAllocation], { nullable: true, description: 'Every year that needs extra money or staff, and how much (null on plans stored before it was always given).' })
  perYear!: YearAllocation[] | null;

  @Field(() => [MoveUpDependency], { nullable: true, description: 'Unfunded requests this one depends on, which must move up with it; their needs are included.' })
  movesWith?: MoveUpDependency[] | null;

  @Field(() => String, { nullable: true, description: 'What the amount guarantees, in words.' })
  guarantee?: string | null;
}

@ObjectType()
export class CriterionValue {
  @Field()
  criterionKey!: string;

  @Field(() => Float, { description: 'Contribution to the equity score: weight × score ÷ Σ weights.' })
  value!: number;
}

@ObjectType({ description: 'One request\'s place in a scenario: tier, start year, rank and why.' })
@Entity()
export class ScenarioItem extends BaseEntity {
  @ManyToOne({ entity: 'Scenario', deleteRule: 'cascade', index: true })
  scenario!: Scenario;

  @ManyToOne(() => Request, { deleteRule: 'cascade' })
  request!: Request;

  @Field(() => Int, { description: '1 funded now, 2 funded first if money or staff appear, 3 saved for later.' })
  @Property({ type: 'smallint' })
  tier!: number;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  startYear!: number | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rank!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  equityScore!: number;

  /** criterion key -> weighted contribution; exposed as a list of CriterionValue. */
  @Property({ type: 'json' })
  scoreBreakdown!: Record<string, number>;

  @Field(() => [YearAllocation])
  @Property({ type: 'json' })
  allocations!: YearAllocation[];

  @Field({ description: 'The binding reason, in words and numbers.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field({ description: 'Machine-readable kind of reason, e.g. MONEY_CAP, DEPENDENCY, PINNED.' })
  @Property()
  reasonCode!: string;

  @Field(() => MoveUpNeed, { nullable: true })
  @Property({ type: 'json', nullable: true })
  toMoveUp!: MoveUpNeed | null;
}
