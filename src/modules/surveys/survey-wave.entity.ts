import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { Survey } from './survey.entity';

@ObjectType({ description: 'One administration of a survey, e.g. "Fall 2026"; trends compare waves.' })
@Entity()
@Unique({ properties: ['survey', 'name'] })
export class SurveyWave extends VersionedEntity {
  @ManyToOne(() => Survey, { deleteRule: 'cascade' })
  survey!: Survey;

  @Field({ description: 'As it appears in import files, e.g. "Fall 2026".' })
  @Property()
  name!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the wave was fielded; trends per year divide by the time between waves.' })
  @Property({ type: 'datetime' })
  fieldedAt!: Date;
}
