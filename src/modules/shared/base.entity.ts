import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from './date-time';

/** Identity and timestamps shared by every table. */
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | Optional;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * Entities that people edit concurrently carry an optimistic version: an update names the
 * version it read, and a stale one is a CONFLICT instead of a lost update.
 */
@ObjectType()
export abstract class VersionedEntity<Optional extends string = never> extends BaseEntity<'version' | Optional> {
  @Field(() => Int, { description: 'Optimistic version; pass it back on update.' })
  @Property({ version: true })
  version!: number;
}
