import { Migration } from '@mikro-orm/migrations';

/**
 * The tables the cached public aggregates read (src/server/aggregate-cache.ts): every statement
 * that writes one of them bumps its data_version in the same transaction, whoever runs it (the
 * hub, the import CLI, another instance, plain SQL), so a cached answer keyed by the versions it
 * was computed under can never outlive a change.
 */
const VERSIONED_TABLES = ['region', 'school', 'focal_group', 'engagement_session', 'session_attendance', 'survey', 'survey_wave', 'survey_item', 'survey_response_rollup'];

export class Migration20261130023607 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("table_name" text not null, "version" bigint not null, constraint "data_version_pkey" primary key ("table_name"));`);
    // Statement level: a COPY or a bulk update of many rows costs one bump, not one per row.
    this.addSql(`create function "bump_data_version"() returns trigger language plpgsql as $$
      begin
        insert into "data_version" ("table_name", "version") values (TG_TABLE_NAME, 1)
        on conflict ("table_name") do update set "version" = "data_version"."version" + 1;
        return null;
      end
    $$;`);
    for (const table of VERSIONED_TABLES) {
      this.addSql(`create trigger "${table}_data_version" after insert or update or delete or truncate on "${table}" for each statement execute function "bump_data_version"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of VERSIONED_TABLES) this.addSql(`drop trigger if exists "${table}_data_version" on "${table}";`);
    this.addSql(`drop function if exists "bump_data_version"();`);
    this.addSql(`drop table if exists "data_version" cascade;`);
  }

}
