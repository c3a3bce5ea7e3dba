import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { EngagementPlan } from './engagement-plan.entity';

/** Who made the commitment at the intake. */
export enum CommitmentParty {
  DISTRICT = 'DISTRICT',
  SCHOOL = 'SCHOOL',
}
registerEnumType(CommitmentParty, { name: 'CommitmentParty' });

export enum CommitmentStatus {
  OPEN = 'OPEN',
  KEPT = 'KEPT',
  MISSED = 'MISSED',
  /** Both sides agreed to drop it; it counts neither as kept nor as missed. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus', description: 'WITHDRAWN: dropped by agreement; counts neither as kept nor as missed.' });

@ObjectType({ description: 'What one side of an engagement plan committed to do, by when.' })
@Entity()
export class EngagementCommitment extends VersionedEntity<'status'> {
  @ManyToOne(() => EngagementPlan, { index: true, deleteRule: 'cascade' })
  plan!: EngagementPlan;

  @Field(() => CommitmentParty)
  @Enum({ items: () => CommitmentParty })
  party!: CommitmentParty;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field({ description: 'Who answers for it, as a role or a staff member (e.g. "Assistant principal").' })
  @Property()
  owner!: string;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => CommitmentStatus)
  @Enum({ items: () => CommitmentStatus })
  status: CommitmentStatus = CommitmentStatus.OPEN;
}
