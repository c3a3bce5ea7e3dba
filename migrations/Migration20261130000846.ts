import { Migration } from '@mikro-orm/migrations';

export class Migration20261130000846 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "scenario" add column "extra_funds" jsonb not null default '[]', add column "based_on_id" uuid null, add column "funded_request_id" uuid null;`);
    this.addSql(`alter table "scenario" add constraint "scenario_based_on_id_foreign" foreign key ("based_on_id") references "scenario" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "scenario" add constraint "scenario_funded_request_id_foreign" foreign key ("funded_request_id") references "request" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario" drop constraint "scenario_based_on_id_foreign";`);
    this.addSql(`alter table "scenario" drop constraint "scenario_funded_request_id_foreign";`);

    this.addSql(`alter table "scenario" drop column "extra_funds", drop column "based_on_id", drop column "funded_request_id";`);
  }

}
