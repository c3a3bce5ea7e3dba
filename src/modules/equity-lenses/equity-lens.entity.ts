import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';

export enum CriterionKind {
  /** Scored 0–5 by reviewers, e.g. a "Fingers to Five" vote. */
  REVIEWED = 'REVIEWED',
  /** Computed from the hub's data. */
  DERIVED = 'DERIVED',
}
registerEnumType(CriterionKind, { name: 'CriterionKind' });

export enum DerivedSource {
  REPRESENTATION_GAP = 'REPRESENTATION_GAP',
  SURVEY_NEED = 'SURVEY_NEED',
  REACH = 'REACH',
  PRIORITY_ALIGNMENT = 'PRIORITY_ALIGNMENT',
}
registerEnumType(DerivedSource, { name: 'DerivedSource' });

@ObjectType('LensCriterion')
export class LensCriterion {
  @Field({ description: 'Stable key, e.g. "representationGap"; the engine\'s score key.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => CriterionKind)
  kind!: CriterionKind;

  @Field(() => DerivedSource, { nullable: true })
  source?: DerivedSource | null;

  @Field(() => Float)
  weight!: number;

  @Field(() => String, { nullable: true, description: 'The question reviewers ask themselves.' })
  guidance?: string | null;
}

@ObjectType({ description: 'Named, versioned criteria that turn the equity stance into decisions.' })
@Entity()
@Unique({ properties: ['key', 'revision'] })
export class EquityLens extends VersionedEntity<'revision'> {
  @Field({ description: 'Stable across revisions.' })
  @Property()
  key!: string;

  @Field(() => Int, { description: 'Lens revision; editing a lens an adopted scenario used makes a new revision.' })
  @Property({ type: 'integer' })
  revision: number = 1;

  @Field()
  @Property()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The equity stance: values the lens puts into practice.' })
  @Property({ type: 'text', nullable: true })
  stance?: string | null;

  @Field(() => [LensCriterion])
  @Property({ type: 'json' })
  criteria!: LensCriterion[];
}
