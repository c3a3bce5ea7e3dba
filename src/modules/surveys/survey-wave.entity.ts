import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
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

  @Field(() => DateTimeISO, { description: 'When the wave was fielded; trends per year divide by the time between waves.' })
  @Property({ type: 'datetime' })
  fieldedAt!: Date;
}
