import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';

@ObjectType({ description: 'What the district wants to achieve; measured by its key results.' })
@Entity()
export class Objective extends VersionedEntity {
  @Field()
  @Property()
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
