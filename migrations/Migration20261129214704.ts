import { Migration } from '@mikro-orm/migrations';

export class Migration20261129214704 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "scenario" drop constraint if exists "scenario_status_check";`);

    this.addSql(`alter table "scenario" add column "priority" int not null default 0, add column "attempt" int not null default 0, add column "started_at" timestamptz null, add column "finished_at" timestamptz null, add column "heartbeat_at" timestamptz null, add column "runner_instance" text null, add column "progress" jsonb null;`);
    this.addSql(`alter table "scenario" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table "scenario" alter column "status" set default 'QUEUED';`);
    this.addSql(`alter table "scenario" add constraint "scenario_status_check" check("status" in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'));`);
    this.addSql(`create index "scenario_status_heartbeat_at_index" on "scenario" ("status", "heartbeat_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario" drop constraint if exists "scenario_status_check";`);

    this.addSql(`drop index "scenario_status_heartbeat_at_index";`);
    this.addSql(`alter table "scenario" drop column "priority", drop column "attempt", drop column "started_at", drop column "finished_at", drop column "heartbeat_at", drop column "runner_instance", drop column "progress";`);

    this.addSql(`alter table "scenario" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table "scenario" alter column "status" set default 'RUNNING';`);
    this.addSql(`alter table "scenario" add constraint "scenario_status_check" check("status" in ('RUNNING', 'COMPLETED', 'FAILED'));`);
  }

}
