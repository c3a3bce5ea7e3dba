import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';

@ObjectType({ description: 'A part of the district (e.g. North, Central, South).' })
@Entity()
export class Region extends VersionedEntity {
  @Field()
  @Property()
  @Unique()
  name!: string;

  @Field({ description: 'Short code used in reports, e.g. "NORTH".' })
  @Property()
  @Unique()
  code!: string;
}
