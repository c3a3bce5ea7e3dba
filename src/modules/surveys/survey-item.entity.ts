import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { Survey } from './survey.entity';

@ObjectType({ description: 'One question of a survey, answered on an integer scale.' })
@Entity()
@Unique({ properties: ['survey', 'code'] })
export class SurveyItem extends VersionedEntity {
  @ManyToOne(() => Survey, { deleteRule: 'cascade' })
  survey!: Survey;

  @Field({ description: 'As it appears in import files, e.g. "BARRIERS_1".' })
  @Property()
  code!: string;

  @Field()
  @Property({ type: 'text' })
  prompt!: string;

  @Field({ description: 'e.g. "Barriers to Engagement", "Sense of Belonging".' })
  @Property()
  topic!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  scaleMin!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  scaleMax!: number;

  /** A range rather than a threshold, so reverse-worded items ("how big a barrier is ...") count low answers as favourable. */
  @Field(() => Int, { description: 'Lowest answer that counts as favourable.' })
  @Property({ type: 'smallint' })
  favourableMin!: number;

  @Field(() => Int, { description: 'Highest answer that counts as favourable.' })
  @Property({ type: 'smallint' })
  favourableMax!: number;
}
