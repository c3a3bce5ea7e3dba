import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { School } from '../geography/school.entity';
import { Partner } from '../partners/partner.entity';

@ObjectType({ description: 'People of one profession who took part in a school\'s career programmes (career days, job shadowing, mentoring) in a school year.' })
@Entity()
@Unique({ properties: ['schoolYear', 'school', 'profession'] })
export class CareerParticipation extends VersionedEntity {
  @Field({ description: 'e.g. "2025-26".' })
  @Property({ length: 7 })
  schoolYear!: string;

  @ManyToOne(() => School, { index: true })
  school!: School;

  @Field({ description: 'The profession, as recorded (compared case-insensitively when professions are counted), e.g. "Electrician".' })
  @Property()
  profession!: string;

  @Field(() => Int, { description: 'People of this profession who took part.' })
  @Property({ type: 'integer' })
  participants!: number;

  @ManyToOne(() => Partner, { nullable: true })
  partner?: Partner | null;
}
