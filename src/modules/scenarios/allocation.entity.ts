import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { BaseEntity } from '../shared/base.entity';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { Request } from '../requests/request.entity';
import type { Scenario } from './scenario.entity';

@ObjectType({ description: 'Money and staff of the adopted plan: request × fiscal year × tier.' })
@Entity()
@Unique({ properties: ['cycle', 'request', 'fiscalYear'] })
@Index({ properties: ['cycle', 'fiscalYear'] })
export class Allocation extends BaseEntity {
  @ManyToOne(() => Request)
  request!: Request;

  @ManyToOne(() => BudgetCycle, { deleteRule: 'cascade' })
  cycle!: BudgetCycle;

  @ManyToOne({ entity: 'Scenario' })
  scenario!: Scenario;

  @Field(() => Int)
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  tier!: number;

  @Field(() => SafeIntResolver)
  @Property({ type: 'bigint', runtimeType: 'number' })
  moneyCents!: number;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  fte!: number;
}
