import { Collection, Entity, Enum, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { FiscalYear } from './fiscal-year.entity';

export enum BudgetCycleStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  ADOPTED = 'ADOPTED',
}
registerEnumType(BudgetCycleStatus, { name: 'BudgetCycleStatus' });

@ObjectType({ description: 'A multi-year planning horizon (biennium or longer) with per-year tier envelopes.' })
@Entity()
export class BudgetCycle extends VersionedEntity<'status'> {
  @Field()
  @Property()
  @Unique()
  name!: string;

  @Field(() => BudgetCycleStatus)
  @Enum({ items: () => BudgetCycleStatus })
  status: BudgetCycleStatus = BudgetCycleStatus.OPEN;

  @OneToMany(() => FiscalYear, (fiscalYear) => fiscalYear.cycle, { orphanRemoval: true, orderBy: { year: 'asc' } })
  fiscalYears = new Collection<FiscalYear>(this);
}
