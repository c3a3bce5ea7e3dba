import { Migration } from '@mikro-orm/migrations';

/**
 * data_version is bumped when the writing transaction commits, not at its first write. Bumped at
 * the first write, a transaction held its tables' version rows until it committed, so writers of
 * one table (a liaison's request update during a seconds-long adoption) queued behind each other.
 *
 * A versioned table's statement trigger now only notes, once per table and transaction, that the
 * table was written (a transaction-local setting and a row in data_version_pending keyed by the
 * transaction, which no two transactions contend for). A deferred constraint trigger on that row bumps every noted table at
 * commit, in one pass in table-name order, so two committing writers cannot deadlock on the
 * version rows, and the bump still commits or rolls back with the write.
 */
export class Migration20261130131000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "data_version_pending" ("transaction_id" bigint not null, "table_name" text not null, constraint "data_version_pending_pkey" primary key ("transaction_id", "table_name"));`);
    this.addSql(`create or replace function "bump_data_version"() returns trigger language plpgsql as $$
      begin
        if current_setting('cbh.data_version.' || TG_TABLE_NAME, true) is distinct from 'pending' then
          perform set_config('cbh.data_version.' || TG_TABLE_NAME, 'pending', true);
          insert into "data_version_pending" ("transaction_id", "table_name") values (txid_current(), TG_TABLE_NAME);
        end if;
        return null;
      end
    $$;`);
    this.addSql(`create function "apply_data_versions"() returns trigger language plpgsql as $$
      declare
        written text;
      begin
        -- Only this transaction's rows are visible: the others' are uncommitted, and every row is deleted by the transaction that made it.
        for written in with noted as (delete from "data_version_pending" returning "table_name") select distinct "table_name" from noted order by "table_name" loop
          insert into "data_version" ("table_name", "version") values (written, 1)
          on conflict ("table_name") do update set "version" = "data_version"."version" + 1;
          -- A write after SET CONSTRAINTS ... IMMEDIATE fired this early is noted again.
          perform set_config('cbh.data_version.' || written, '', true);
        end loop;
        return null;
      end
    $$;`);
    this.addSql(`create constraint trigger "data_version_pending_apply" after insert on "data_version_pending" deferrable initially deferred for each row execute function "apply_data_versions"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "data_version_pending_apply" on "data_version_pending";`);
    this.addSql(`drop function if exists "apply_data_versions"();`);
    this.addSql(`drop table if exists "data_version_pending";`);
    this.addSql(`create or replace function "bump_data_version"() returns trigger language plpgsql as $$
      begin
        insert into "data_version" ("table_name", "version") values (TG_TABLE_NAME, 1)
        on conflict ("table_name") do update set "version" = "data_version"."version" + 1;
        return null;
      end
    $$;`);
  }

}
