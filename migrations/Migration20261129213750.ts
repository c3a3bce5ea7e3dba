import { Migration } from '@mikro-orm/migrations';

export class Migration20261129213750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "communication_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "language" varchar(255) not null, "opening" text not null, "funded_now" text not null, "funded_if_more" text not null, "saved_for_later" text not null, "declined" text not null, "why_money" text not null, "why_staff" text not null, "why_dependency" text not null, "why_alternative" text not null, "why_other" text not null, "closing" text not null, "updated_by" varchar(255) not null, constraint "communication_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "communication_template" add constraint "communication_template_language_unique" unique ("language");`);

    this.addSql(`create table "communication_draft" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "scenario_id" uuid not null, "focal_group_id" uuid not null, "request_id" uuid not null, "language" varchar(255) not null, "requested_language" varchar(255) not null, "needs_translation" boolean not null, "body" text not null, "status" text check ("status" in ('DRAFT', 'APPROVED', 'SENT', 'SUPERSEDED', 'DISCARDED')) not null default 'DRAFT', "approved_by" varchar(255) null, "approved_at" timestamptz null, "sent_by" varchar(255) null, "sent_at" timestamptz null, "channel" text check ("channel" in ('MEETING', 'EMAIL', 'PHONE', 'TEXT_MESSAGE', 'LETTER', 'HOME_VISIT', 'WEBSITE')) null, "communication_id" uuid null, constraint "communication_draft_pkey" primary key ("id"));`);
    this.addSql(`create index "communication_draft_status_needs_translation_index" on "communication_draft" ("status", "needs_translation");`);
    this.addSql(`alter table "communication_draft" add constraint "communication_draft_scenario_id_focal_group_id_unique" unique ("scenario_id", "focal_group_id");`);

    this.addSql(`alter table "communication_draft" add constraint "communication_draft_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade;`);
    this.addSql(`alter table "communication_draft" add constraint "communication_draft_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade;`);
    this.addSql(`alter table "communication_draft" add constraint "communication_draft_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade;`);
    this.addSql(`alter table "communication_draft" add constraint "communication_draft_communication_id_foreign" foreign key ("communication_id") references "communication" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "communication_template" cascade;`);

    this.addSql(`drop table if exists "communication_draft" cascade;`);
  }

}
