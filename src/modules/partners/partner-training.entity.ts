import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { BaseEntity } from '../shared/base.entity';
import { Partner } from './partner.entity';

@ObjectType({ description: 'A partner was trained on a district protocol. Private to district staff and that partner.' })
@Entity()
export class PartnerTraining extends BaseEntity<'participants'> {
  @ManyToOne(() => Partner, { index: true, deleteRule: 'cascade' })
  partner!: Partner;

  @Field({ description: 'The protocol trained on, e.g. "Family engagement protocol", "Mandated reporting".' })
  @Property()
  protocol!: string;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  trainedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'How many of the partner\'s staff took part.' })
  @Property({ type: 'integer', nullable: true })
  participants?: number | null;
}
