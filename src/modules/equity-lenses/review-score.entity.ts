import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { Request } from '../requests/request.entity';

@ObjectType({ description: 'One reviewer\'s 0–5 score of a request on a reviewed criterion.' })
@Entity()
@Unique({ properties: ['request', 'lensKey', 'criterionKey', 'reviewer'] })
export class ReviewScore extends BaseEntity {
  @ManyToOne(() => Request, { deleteRule: 'cascade' })
  request!: Request;

  /** Scores belong to the lens family, so they carry over to a new revision with the same criterion. */
  @Field()
  @Property()
  lensKey!: string;

  @Field()
  @Property()
  criterionKey!: string;

  @Field()
  @Property()
  reviewer!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  score!: number;
}
