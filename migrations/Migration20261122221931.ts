import { Migration } from '@mikro-orm/migrations';

export class Migration20261122221931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor" varchar(255) not null, "actor_role" varchar(255) not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_entity_type_entity_id_created_at_index" on "audit_event" ("entity_type", "entity_id", "created_at");`);

    this.addSql(`create table "budget_cycle" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "status" text check ("status" in ('DRAFT', 'OPEN', 'ADOPTED')) not null default 'OPEN', constraint "budget_cycle_pkey" primary key ("id"));`);
    this.addSql(`alter table "budget_cycle" add constraint "budget_cycle_name_unique" unique ("name");`);

    this.addSql(`create table "equity_lens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "key" varchar(255) not null, "revision" int not null default 1, "name" varchar(255) not null, "stance" text null, "criteria" jsonb not null, constraint "equity_lens_pkey" primary key ("id"));`);
    this.addSql(`alter table "equity_lens" add constraint "equity_lens_key_revision_unique" unique ("key", "revision");`);

    this.addSql(`create table "fiscal_year" ("id" uuid not null, "cycle_id" uuid not null, "year" int not null, "tier1money_cents" bigint not null, "tier1fte" numeric(8,2) not null, "tier2money_cents" bigint not null, "tier2fte" numeric(8,2) not null, constraint "fiscal_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "fiscal_year" add constraint "fiscal_year_cycle_id_year_unique" unique ("cycle_id", "year");`);

    this.addSql(`create table "partner" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "kind" text check ("kind" in ('NON_PROFIT', 'BUSINESS', 'FAITH', 'GOVERNMENT', 'HIGHER_ED', 'HEALTH', 'CULTURAL', 'PHILANTHROPY')) not null, "priority_areas" text[] not null, "trained_on_protocols_at" timestamptz null, "agreement_status" text check ("agreement_status" in ('NONE', 'DRAFT', 'SIGNED', 'EXPIRED')) not null default 'NONE', "website" text null, "contacts" jsonb not null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`alter table "partner" add constraint "partner_name_unique" unique ("name");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(255) not null, "label" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'BUDGET_STAFF', 'LIAISON', 'PARTNER', 'VIEWER')) not null, "partner_id" uuid null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "region" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "code" varchar(255) not null, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_name_unique" unique ("name");`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(`create table "partner_regions" ("partner_id" uuid not null, "region_id" uuid not null, constraint "partner_regions_pkey" primary key ("partner_id", "region_id"));`);

    this.addSql(`create table "focal_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "category" text check ("category" in ('AGE', 'FAMILY_ROLE', 'WORK', 'HOUSING', 'COMMUNITY', 'LANGUAGE_RACE_ETHNICITY')) not null, "languages" text[] not null, "region_id" uuid null, "population_share" double precision not null, "estimated_population" int null, "proximity" text check ("proximity" in ('DIRECTLY_IMPACTED', 'INDIRECTLY_IMPACTED', 'SUPPORTING')) not null default 'DIRECTLY_IMPACTED', "liaison_name" text null, "liaison_email" text null, constraint "focal_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "focal_group" add constraint "focal_group_name_unique" unique ("name");`);

    this.addSql(`create table "request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(255) not null, "description" text not null, "priority_area" text check ("priority_area" in ('AFTER_SCHOOL_AND_SUMMER', 'MENTAL_HEALTH', 'EARLY_CHILDHOOD', 'FAMILY_ENGAGEMENT', 'CAREER_PATHWAYS', 'LANGUAGE_ACCESS', 'BASIC_NEEDS', 'ATTENDANCE')) not null, "partner_id" uuid null, "people_impacted" int not null, "one_time_cents" bigint not null, "recurring_cents" bigint not null, "fte" numeric(6,2) not null, "earliest_year" int not null, "alternative_group" text null, "survey_topic" text null, "status" text check ("status" in ('SUBMITTED', 'UNDER_REVIEW', 'TIERED', 'FUNDED', 'DEFERRED', 'DECLINED', 'IMPLEMENTED', 'RESOLVED')) not null default 'SUBMITTED', constraint "request_pkey" primary key ("id"));`);
    this.addSql(`create index "request_partner_id_index" on "request" ("partner_id");`);
    this.addSql(`create index "request_status_index" on "request" ("status");`);
    this.addSql(`create index "request_created_at_id_index" on "request" ("created_at", "id");`);

    this.addSql(`create table "communication" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "focal_group_id" uuid null, "channel" text check ("channel" in ('MEETING', 'EMAIL', 'PHONE', 'TEXT_MESSAGE', 'LETTER', 'HOME_VISIT', 'WEBSITE')) not null, "direction" text check ("direction" in ('TO_COMMUNITY', 'FROM_COMMUNITY')) not null, "language" varchar(255) not null, "summary" text not null, "communicated_at" timestamptz not null, "logged_by" varchar(255) not null, "draft" boolean not null default false, constraint "communication_pkey" primary key ("id"));`);
    this.addSql(`create index "communication_request_id_index" on "communication" ("request_id");`);

    this.addSql(`create table "request_dependency" ("request_id" uuid not null, "depends_on_id" uuid not null, constraint "request_dependency_pkey" primary key ("request_id", "depends_on_id"));`);

    this.addSql(`create table "request_focal_groups" ("request_id" uuid not null, "focal_group_id" uuid not null, constraint "request_focal_groups_pkey" primary key ("request_id", "focal_group_id"));`);

    this.addSql(`create table "resolution_acknowledgement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "focal_group_id" uuid not null, "acknowledged_by" varchar(255) not null, "note" text null, constraint "resolution_acknowledgement_pkey" primary key ("id"));`);
    this.addSql(`alter table "resolution_acknowledgement" add constraint "resolution_acknowledgement_request_id_focal_group_id_unique" unique ("request_id", "focal_group_id");`);

    this.addSql(`create table "review_score" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "lens_key" varchar(255) not null, "criterion_key" varchar(255) not null, "reviewer" varchar(255) not null, "score" smallint not null, constraint "review_score_pkey" primary key ("id"));`);
    this.addSql(`alter table "review_score" add constraint "review_score_request_id_lens_key_criterion_key_reviewer_unique" unique ("request_id", "lens_key", "criterion_key", "reviewer");`);

    this.addSql(`create table "school" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "region_id" uuid not null, "title_one" boolean not null default false, "enrollment" int null, constraint "school_pkey" primary key ("id"));`);
    this.addSql(`alter table "school" add constraint "school_name_unique" unique ("name");`);

    this.addSql(`create table "partner_schools" ("partner_id" uuid not null, "school_id" uuid not null, constraint "partner_schools_pkey" primary key ("partner_id", "school_id"));`);

    this.addSql(`create table "engagement_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(255) not null, "kind" text check ("kind" in ('HOME_VISIT', 'SMALL_GROUP', 'CIVIC_DINNER', 'VIRTUAL', 'COMMUNITY_MEETING', 'FAMILY_UNIVERSITY')) not null, "region_id" uuid not null, "school_id" uuid null, "held_at" timestamptz not null, "process_step" text check ("process_step" in ('CONVENING', 'OPENING', 'REFRAMING', 'EXPLORING', 'GENERATING', 'EVALUATING', 'REFINING', 'CLOSING', 'LESSONS_LEARNED')) not null, "notes" text null, constraint "engagement_session_pkey" primary key ("id"));`);

    this.addSql(`create table "session_attendance" ("session_id" uuid not null, "focal_group_id" uuid not null, "count" int not null, constraint "session_attendance_pkey" primary key ("session_id", "focal_group_id"));`);

    this.addSql(`alter table "fiscal_year" add constraint "fiscal_year_cycle_id_foreign" foreign key ("cycle_id") references "budget_cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "partner_regions" add constraint "partner_regions_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partner_regions" add constraint "partner_regions_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "focal_group" add constraint "focal_group_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "request" add constraint "request_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "communication" add constraint "communication_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade;`);
    this.addSql(`alter table "communication" add constraint "communication_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "request_dependency" add constraint "request_dependency_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_dependency" add constraint "request_dependency_depends_on_id_foreign" foreign key ("depends_on_id") references "request" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "request_focal_groups" add constraint "request_focal_groups_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_focal_groups" add constraint "request_focal_groups_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resolution_acknowledgement" add constraint "resolution_acknowledgement_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade;`);
    this.addSql(`alter table "resolution_acknowledgement" add constraint "resolution_acknowledgement_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade;`);

    this.addSql(`alter table "review_score" add constraint "review_score_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "school" add constraint "school_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "partner_schools" add constraint "partner_schools_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partner_schools" add constraint "partner_schools_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "engagement_session" add constraint "engagement_session_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);
    this.addSql(`alter table "engagement_session" add constraint "engagement_session_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_foreign" foreign key ("session_id") references "engagement_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade;`);
  }

}
