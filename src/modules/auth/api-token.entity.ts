import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';
import { Partner } from '../partners/partner.entity';
import { Role } from '../../core/viewer';

/** A bearer token; only its SHA-256 hash is stored. */
@Entity()
export class ApiToken extends BaseEntity {
  @Property()
  @Unique()
  tokenHash!: string;

  @Property()
  label!: string;

  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => Partner, { nullable: true })
  partner?: Partner | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
