import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per table that cached answers depend on: triggers (created by the migrations, not by
 * the ORM) add 1 to `version` when a transaction that inserted, updated, deleted or truncated rows
 * of the table commits, whoever made it. A cached answer read under the versions of its tables is
 * still right while they are unchanged. A table never written since has no row (version 0).
 */
@Entity()
export class DataVersion {
  @PrimaryKey({ type: 'text' })
  tableName!: string;

  @Property({ type: 'bigint' })
  version!: string;
}

/**
 * The versioned tables an open transaction has written, one row per table, deleted when the
 * transaction bumps their versions at commit. Keyed by the transaction too, so two transactions
 * writing one table never wait on each other's row.
 */
@Entity()
export class DataVersionPending {
  @PrimaryKey({ type: 'bigint' })
  transactionId!: string;

  @PrimaryKey({ type: 'text' })
  tableName!: string;
}
