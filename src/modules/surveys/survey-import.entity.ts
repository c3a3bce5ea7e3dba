import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { Survey } from './survey.entity';

@ObjectType({ description: 'One committed import of survey responses.' })
@Entity()
@Unique({ properties: ['survey', 'importKey'] })
export class SurveyImport extends BaseEntity {
  @ManyToOne(() => Survey, { deleteRule: 'cascade' })
  survey!: Survey;

  @Field({ description: 'Retrying an upload with the same key is a no-op; defaults to a hash of the file.' })
  @Property()
  importKey!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rowsRead!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rowsAccepted!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMs!: number;

  @Field()
  @Property()
  importedBy!: string;
}

@ObjectType()
export class SurveyImportResult {
  @Field(() => SurveyImport)
  surveyImport!: SurveyImport;

  @Field({ description: 'True when this import key had already been imported: the retry wrote nothing.' })
  alreadyImported!: boolean;
}
