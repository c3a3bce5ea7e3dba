import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { ConnectionType } from '../shared/connection';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { School } from '../geography/school.entity';
import { Resource } from './resource.entity';

@ObjectType({
  description:
    'Families referred to a service, counted per school, focal group and month, by outcome. No personal identifiers: a count, never a family. ' +
    'Visible to district staff and to the partner offering the service.',
})
@Entity()
@Unique({ properties: ['resource', 'school', 'focalGroup', 'month'] })
export class ReferralCount extends VersionedEntity {
  @ManyToOne(() => Resource, { index: true, deleteRule: 'cascade' })
  resource!: Resource;

  @ManyToOne(() => School, { index: true })
  school!: School;

  @ManyToOne(() => FocalGroup, { index: true })
  focalGroup!: FocalGroup;

  @Field({ description: 'Calendar month of the referrals, "YYYY-MM".' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => Int, { description: 'Families now using the service.' })
  @Property({ type: 'integer' })
  connected!: number;

  @Field(() => Int, { description: 'Families on a waiting list or not yet reached by the partner.' })
  @Property({ type: 'integer' })
  waiting!: number;

  @Field(() => Int, { description: 'Families who declined the service.' })
  @Property({ type: 'integer' })
  declined!: number;
}

@ObjectType()
export class ReferralCountConnection extends ConnectionType(ReferralCount, 'ReferralCount') {}
