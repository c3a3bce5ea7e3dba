import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { Partner } from '../partners/partner.entity';
import { Role } from '../../core/viewer';

/**
 * A person or a partner app with a role. API tokens and sign-in sessions belong to a user, so
 * changing a user's role or deactivating it changes every way it gets in at once.
 */
@ObjectType({ description: 'Someone who may sign in or hold API tokens; managed by ADMIN.' })
@Entity()
export class User extends VersionedEntity<'active' | 'lastSignInAt' | 'partner'> {
  @Field({ description: 'Lower case; sign-in with the district identity provider matches it.' })
  @Property()
  @Unique()
  email!: string;

  @Field({ description: 'Shown in the audit trail and on communications this user logs.' })
  @Property()
  displayName!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** Set exactly for PARTNER users: the one partner whose private data they may see. */
  @ManyToOne(() => Partner, { nullable: true })
  @Index()
  partner: Partner | null = null;

  @Field({ description: 'An inactive user cannot sign in and its tokens are refused.' })
  @Property()
  active: boolean = true;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastSignInAt: Date | null = null;
}
