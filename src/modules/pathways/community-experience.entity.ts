import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { School } from '../geography/school.entity';

@ObjectType({ description: 'How many of a school\'s 9th graders had at least one community-based experience (internship, service learning, field work with a partner) in a school year.' })
@Entity()
@Unique({ properties: ['schoolYear', 'school'] })
export class CommunityExperienceCount extends VersionedEntity {
  @Field({ description: 'e.g. "2025-26".' })
  @Property({ length: 7 })
  schoolYear!: string;

  @ManyToOne(() => School, { index: true })
  school!: School;

  @Field(() => Int, { description: '9th-grade enrolment of the school that year.' })
  @Property({ type: 'integer' })
  ninthGraders!: number;

  @Field(() => Int, { description: '9th graders with at least one community-based experience that year (a count, no student identifiers).' })
  @Property({ type: 'integer' })
  withExperience!: number;
}
