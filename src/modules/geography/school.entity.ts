import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { Region } from './region.entity';

@ObjectType()
@Entity()
export class School extends VersionedEntity<'titleOne' | 'highPriority'> {
  @Field()
  @Property()
  @Unique()
  name!: string;

  @ManyToOne(() => Region, { index: true })
  region!: Region;

  @Field({ description: 'Title I schools are prioritised for personalised engagement.' })
  @Property()
  titleOne: boolean = false;

  @Field({ description: 'Named high priority by the district (besides Title I) for personalised engagement.' })
  @Property()
  highPriority: boolean = false;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  enrollment?: number | null;
}
