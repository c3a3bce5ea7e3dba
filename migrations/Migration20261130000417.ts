import { Migration } from '@mikro-orm/migrations';

export class Migration20261130000417 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "engagement_plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "school_id" uuid not null, "school_year" varchar(255) not null, "origin" text check ("origin" in ('REQUESTED_BY_SCHOOL', 'INITIATED_BY_TEAM')) not null, "origin_reason" text not null, "intake_held_at" timestamptz null, "intake_participants" text[] not null, "agreed_needs" text[] not null, constraint "engagement_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "engagement_plan_school_id_index" on "engagement_plan" ("school_id");`);
    this.addSql(`alter table "engagement_plan" add constraint "engagement_plan_school_id_school_year_unique" unique ("school_id", "school_year");`);

    this.addSql(`create table "engagement_phase" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "plan_id" uuid not null, "kind" text check ("kind" in ('LEADER_INQUIRY', 'FAMILY_SMALL_GROUPS', 'PERSONAL_VISITS')) not null, "objectives" text[] not null, "starts_at" timestamptz not null, "ends_at" timestamptz null, constraint "engagement_phase_pkey" primary key ("id"));`);
    this.addSql(`create index "engagement_phase_plan_id_index" on "engagement_phase" ("plan_id");`);

    this.addSql(`create table "personal_visit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "phase_id" uuid not null, "visited_at" timestamptz not null, "focal_group_id" uuid null, "language" varchar(255) not null, "staff_role" varchar(255) not null, "topics" text[] not null, "follow_ups" text[] not null, constraint "personal_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "personal_visit_phase_id_index" on "personal_visit" ("phase_id");`);

    this.addSql(`create table "engagement_commitment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "plan_id" uuid not null, "party" text check ("party" in ('DISTRICT', 'SCHOOL')) not null, "description" text not null, "owner" varchar(255) not null, "due_at" timestamptz not null, "status" text check ("status" in ('OPEN', 'KEPT', 'MISSED', 'WITHDRAWN')) not null default 'OPEN', constraint "engagement_commitment_pkey" primary key ("id"));`);
    this.addSql(`create index "engagement_commitment_plan_id_index" on "engagement_commitment" ("plan_id");`);

    this.addSql(`create table "school_recommendation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "plan_id" uuid not null, "period" text check ("period" in ('MID_YEAR', 'END_OF_YEAR')) not null, "text" text not null, "status" text check ("status" in ('PROPOSED', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED')) not null default 'PROPOSED', "decided_by" varchar(255) null, "decided_at" timestamptz null, "decline_reason" text null, constraint "school_recommendation_pkey" primary key ("id"));`);
    this.addSql(`create index "school_recommendation_plan_id_index" on "school_recommendation" ("plan_id");`);

    this.addSql(`alter table "engagement_plan" add constraint "engagement_plan_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`);

    this.addSql(`alter table "engagement_phase" add constraint "engagement_phase_plan_id_foreign" foreign key ("plan_id") references "engagement_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "personal_visit" add constraint "personal_visit_phase_id_foreign" foreign key ("phase_id") references "engagement_phase" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "personal_visit" add constraint "personal_visit_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "engagement_commitment" add constraint "engagement_commitment_plan_id_foreign" foreign key ("plan_id") references "engagement_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "school_recommendation" add constraint "school_recommendation_plan_id_foreign" foreign key ("plan_id") references "engagement_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "school" add column "high_priority" boolean not null default false;`);

    this.addSql(`alter table "engagement_session" add column "phase_id" uuid null;`);
    this.addSql(`alter table "engagement_session" add constraint "engagement_session_phase_id_foreign" foreign key ("phase_id") references "engagement_phase" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "engagement_session_phase_id_index" on "engagement_session" ("phase_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "engagement_phase" drop constraint "engagement_phase_plan_id_foreign";`);

    this.addSql(`alter table "engagement_commitment" drop constraint "engagement_commitment_plan_id_foreign";`);

    this.addSql(`alter table "school_recommendation" drop constraint "school_recommendation_plan_id_foreign";`);

    this.addSql(`alter table "personal_visit" drop constraint "personal_visit_phase_id_foreign";`);

    this.addSql(`alter table "engagement_session" drop constraint "engagement_session_phase_id_foreign";`);

    this.addSql(`drop table if exists "engagement_plan" cascade;`);

    this.addSql(`drop table if exists "engagement_phase" cascade;`);

    this.addSql(`drop table if exists "personal_visit" cascade;`);

    this.addSql(`drop table if exists "engagement_commitment" cascade;`);

    this.addSql(`drop table if exists "school_recommendation" cascade;`);

    this.addSql(`drop index "engagement_session_phase_id_index";`);
    this.addSql(`alter table "engagement_session" drop column "phase_id";`);

    this.addSql(`alter table "school" drop column "high_priority";`);
  }

}
