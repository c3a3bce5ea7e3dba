import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { Region } from '../geography/region.entity';
import { ConnectionType } from '../shared/connection';

/** The six lenses of the community network analysis. */
export enum FocalGroupCategory {
  AGE = 'AGE',
  FAMILY_ROLE = 'FAMILY_ROLE',
  WORK = 'WORK',
  HOUSING = 'HOUSING',
  COMMUNITY = 'COMMUNITY',
  LANGUAGE_RACE_ETHNICITY = 'LANGUAGE_RACE_ETHNICITY',
}
registerEnumType(FocalGroupCategory, { name: 'FocalGroupCategory' });

/** How close the group is to the issue: those closest to the pain are closest to the decision. */
export enum IssueProximity {
  DIRECTLY_IMPACTED = 'DIRECTLY_IMPACTED',
  INDIRECTLY_IMPACTED = 'INDIRECTLY_IMPACTED',
  SUPPORTING = 'SUPPORTING',
}
registerEnumType(IssueProximity, { name: 'IssueProximity' });

@ObjectType({ description: 'A group of the community whose voice the district seeks.' })
@Entity()
export class FocalGroup extends VersionedEntity<'languages' | 'proximity'> {
  @Field()
  @Property()
  @Unique()
  name!: string;

  @Field(() => FocalGroupCategory)
  @Enum({ items: () => FocalGroupCategory })
  category!: FocalGroupCategory;

  @Field(() => [String], { description: 'Languages the group prefers to be engaged in.' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @ManyToOne(() => Region, { nullable: true, index: true })
  region?: Region | null;

  @Field(() => Float, { description: 'Estimated share (0..1) of the region population.' })
  @Property({ type: 'double' })
  populationShare!: number;

  @Field(() => Int, { nullable: true, description: 'Estimated number of people in the group.' })
  @Property({ type: 'integer', nullable: true })
  estimatedPopulation?: number | null;

  @Field(() => IssueProximity)
  @Enum({ items: () => IssueProximity })
  proximity: IssueProximity = IssueProximity.DIRECTLY_IMPACTED;

  @Field(() => String, { nullable: true, description: 'District staff liaison who meets with the group.' })
  @Property({ type: 'text', nullable: true })
  liaisonName?: string | null;

  /** Staff-only: exposed through an authorised field resolver. */
  @Property({ type: 'text', nullable: true })
  liaisonEmail?: string | null;
}

@ObjectType()
export class FocalGroupConnection extends ConnectionType(FocalGroup, 'FocalGroup') {}
