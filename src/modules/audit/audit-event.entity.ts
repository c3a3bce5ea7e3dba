import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../shared/base.entity';

@ObjectType({ description: 'Who changed what, when, with the state before and after.' })
@Entity()
@Index({ properties: ['entityType', 'entityId', 'createdAt'] })
export class AuditEvent extends BaseEntity {
  @Field({ description: 'Label of the token that made the change.' })
  @Property()
  actor!: string;

  @Field()
  @Property()
  actorRole!: string;

  @Field({ description: 'The mutation, e.g. "transitionRequest".' })
  @Property()
  action!: string;

  @Field()
  @Property()
  entityType!: string;

  @Field()
  @Property()
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;
}
