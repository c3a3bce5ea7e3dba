import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { BudgetCycle } from './budget-cycle.entity';

@ObjectType({ description: 'One fiscal year of a cycle: Tier 1 (base) and Tier 2 (added if revenue/staff allow) envelopes.' })
@Entity()
@Unique({ properties: ['cycle', 'year'] })
export class FiscalYear {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'BudgetCycle', deleteRule: 'cascade' })
  cycle!: BudgetCycle;

  @Field(() => Int, { description: 'Fiscal year, e.g. 2027 for FY2027.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => SafeIntResolver)
  @Property({ type: 'bigint', runtimeType: 'number' })
  tier1MoneyCents!: number;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  tier1Fte!: number;

  @Field(() => SafeIntResolver, { description: 'Money on top of Tier 1, in cents.' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  tier2MoneyCents!: number;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 8, scale: 2, runtimeType: 'number' })
  tier2Fte!: number;
}
