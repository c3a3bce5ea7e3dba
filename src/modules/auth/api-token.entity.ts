import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { BaseEntity } from '../shared/base.entity';
import { User } from './user.entity';

/** A bearer token of a user (a person's script or a partner app); only its SHA-256 hash is stored. */
@ObjectType({ description: 'A bearer token; its secret is shown once, when it is issued.' })
@Entity()
export class ApiToken extends BaseEntity<'expiresAt' | 'lastUsedAt' | 'revokedAt'> {
  @Property()
  @Unique()
  tokenHash!: string;

  @Field({ description: 'What the token is for, e.g. "Northside Family Center app".' })
  @Property()
  name!: string;

  @ManyToOne(() => User)
  @Index()
  user!: User;

  @Field(() => DateTimeISO, { nullable: true, description: 'Refused from then on; null: until revoked.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => DateTimeISO, { nullable: true, description: 'Last request made with it, to the minute.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
