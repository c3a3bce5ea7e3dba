import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';

@ObjectType({ description: 'A family survey (e.g. a Panorama-style family engagement survey), fielded in waves.' })
@Entity()
export class Survey extends VersionedEntity {
  @Field()
  @Property()
  @Unique()
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
