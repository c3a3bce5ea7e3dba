import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per table that cached answers depend on: statement-level triggers (created by the
 * migration, not by the ORM) add 1 to `version` in the same transaction as every insert, update,
 * delete or truncate of the table, whoever makes it. A cached answer read under the versions of its
 * tables is still right while they are unchanged. A table never written since has no row (version 0).
 */
@Entity()
export class DataVersion {
  @PrimaryKey({ type: 'text' })
  tableName!: string;

  @Property({ type: 'bigint' })
  version!: string;
}
