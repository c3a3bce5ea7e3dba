import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { BaseEntity } from '../shared/base.entity';
import { User } from './user.entity';

/**
 * A browser sign-in through the district's identity provider. The cookie carries a random secret
 * of which only the hash is stored, like an API token; a new one is made at every sign-in.
 */
@ObjectType({ description: 'The browser session of a user who signed in with the district identity provider.' })
@Entity()
export class UserSession extends BaseEntity<'revokedAt'> {
  @Property()
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User)
  @Index()
  user!: User;

  /**
   * Sent back by the web app in the X-CSRF-Token header on every write; a page of another site
   * can make the browser send the cookie but cannot read this value.
   */
  @Field({ description: 'Send it as the X-CSRF-Token header with every mutation made with this session.' })
  @Property()
  csrfToken!: string;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
