import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231730 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor" varchar(255) not null, "actor_role" varchar(255) not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_entity_type_entity_id_created_at_index" on "audit_event" ("entity_type", "entity_id", "created_at");`);

    this.addSql(`create table "budget_cycle" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "status" text check ("status" in ('DRAFT', 'OPEN', 'ADOPTED')) not null default 'OPEN', constraint "budget_cycle_pkey" primary key ("id"));`);
    this.addSql(`alter table "budget_cycle" add constraint "budget_cycle_name_unique" unique ("name");`);

    this.addSql(`create table "equity_lens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "key" varchar(255) not null, "revision" int not null default 1, "name" varchar(255) not null, "stance" text null, "criteria" jsonb not null, constraint "equity_lens_pkey" primary key ("id"));`);
    this.addSql(`alter table "equity_lens" add constraint "equity_lens_key_revision_unique" unique ("key", "revision");`);

    this.addSql(`create table "fiscal_year" ("id" uuid not null, "cycle_id" uuid not null, "year" int not null, "tier1money_cents" bigint not null, "tier1fte" numeric(8,2) not null, "tier2money_cents" bigint not null, "tier2fte" numeric(8,2) not null, constraint "fiscal_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "fiscal_year" add constraint "fiscal_year_cycle_id_year_unique" unique ("cycle_id", "year");`);

    this.addSql(`create table "objective" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(255) not null, "description" text null, constraint "objective_pkey" primary key ("id"));`);

    this.addSql(`create table "key_result" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "objective_id" uuid not null, "title" varchar(255) not null, "measure" text check ("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP')) not null, "parameters" jsonb not null, "baseline" double precision not null, "target" double precision not null, "start_date" timestamptz not null, "target_date" timestamptz not null, constraint "key_result_pkey" primary key ("id"));`);

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

    this.addSql(`create table "request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(255) not null, "description" text not null, "priority_area" text check ("priority_area" in ('AFTER_SCHOOL_AND_SUMMER', 'MENTAL_HEALTH', 'EARLY_CHILDHOOD', 'FAMILY_ENGAGEMENT', 'CAREER_PATHWAYS', 'LANGUAGE_ACCESS', 'BASIC_NEEDS', 'ATTENDANCE')) not null, "partner_id" uuid null, "people_impacted" int not null, "one_time_cents" bigint not null, "recurring_cents" bigint not null, "fte" numeric(6,2) not null, "earliest_year" int not null, "alternative_group" text null, "survey_topic" text null, "status" text check ("status" in ('SUBMITTED', 'UNDER_REVIEW', 'TIERED', 'FUNDED', 'DEFERRED', 'DECLINED', 'IMPLEMENTED', 'RESOLVED')) not null default 'SUBMITTED', "status_note" text null, constraint "request_pkey" primary key ("id"));`);
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

    this.addSql(`create table "scenario" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cycle_id" uuid not null, "name" varchar(255) not null, "lens_id" uuid not null, "lens_revision" int not null, "solver" text check ("solver" in ('OPTIMAL', 'GREEDY')) not null, "discount" double precision not null, "coverage_bonus" double precision not null, "cap_adjustments" jsonb not null, "weight_overrides" jsonb not null, "pins" jsonb not null, "status" text check ("status" in ('RUNNING', 'COMPLETED', 'FAILED')) not null default 'RUNNING', "failure_message" text null, "inputs_hash" varchar(255) not null, "tiers" jsonb not null, "created_by" varchar(255) not null, "adopted_at" timestamptz null, "superseded_at" timestamptz null, "solve_millis" int null, constraint "scenario_pkey" primary key ("id"));`);
    this.addSql(`create index "scenario_cycle_id_created_at_index" on "scenario" ("cycle_id", "created_at");`);

    this.addSql(`create table "allocation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "cycle_id" uuid not null, "scenario_id" uuid not null, "fiscal_year" int not null, "tier" smallint not null, "money_cents" bigint not null, "fte" numeric(6,2) not null, constraint "allocation_pkey" primary key ("id"));`);
    this.addSql(`create index "allocation_cycle_id_fiscal_year_index" on "allocation" ("cycle_id", "fiscal_year");`);
    this.addSql(`alter table "allocation" add constraint "allocation_cycle_id_request_id_fiscal_year_unique" unique ("cycle_id", "request_id", "fiscal_year");`);

    this.addSql(`create table "scenario_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "scenario_id" uuid not null, "request_id" uuid not null, "tier" smallint not null, "start_year" int null, "rank" int not null, "equity_score" double precision not null, "score_breakdown" jsonb not null, "allocations" jsonb not null, "reason" text not null, "reason_code" varchar(255) not null, "to_move_up" jsonb null, constraint "scenario_item_pkey" primary key ("id"));`);
    this.addSql(`create index "scenario_item_scenario_id_index" on "scenario_item" ("scenario_id");`);

    this.addSql(`create table "school" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "region_id" uuid not null, "title_one" boolean not null default false, "enrollment" int null, constraint "school_pkey" primary key ("id"));`);
    this.addSql(`alter table "school" add constraint "school_name_unique" unique ("name");`);

    this.addSql(`create table "partner_schools" ("partner_id" uuid not null, "school_id" uuid not null, constraint "partner_schools_pkey" primary key ("partner_id", "school_id"));`);

    this.addSql(`create table "engagement_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(255) not null, "kind" text check ("kind" in ('HOME_VISIT', 'SMALL_GROUP', 'CIVIC_DINNER', 'VIRTUAL', 'COMMUNITY_MEETING', 'FAMILY_UNIVERSITY')) not null, "region_id" uuid not null, "school_id" uuid null, "held_at" timestamptz not null, "process_step" text check ("process_step" in ('CONVENING', 'OPENING', 'REFRAMING', 'EXPLORING', 'GENERATING', 'EVALUATING', 'REFINING', 'CLOSING', 'LESSONS_LEARNED')) not null, "total_attendees" int not null, "notes" text null, constraint "engagement_session_pkey" primary key ("id"));`);

    this.addSql(`create table "session_attendance" ("session_id" uuid not null, "focal_group_id" uuid not null, "count" int not null, constraint "session_attendance_pkey" primary key ("session_id", "focal_group_id"));`);

    this.addSql(`create table "survey" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(255) not null, "description" text null, constraint "survey_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey" add constraint "survey_name_unique" unique ("name");`);

    this.addSql(`create table "survey_import" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "survey_id" uuid not null, "import_key" varchar(255) not null, "rows_read" int not null, "rows_accepted" int not null, "duration_ms" int not null, "imported_by" varchar(255) not null, constraint "survey_import_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_import" add constraint "survey_import_survey_id_import_key_unique" unique ("survey_id", "import_key");`);

    this.addSql(`create table "survey_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "survey_id" uuid not null, "code" varchar(255) not null, "prompt" text not null, "topic" varchar(255) not null, "scale_min" smallint not null, "scale_max" smallint not null, "favourable_min" smallint not null, "favourable_max" smallint not null, constraint "survey_item_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_item" add constraint "survey_item_survey_id_code_unique" unique ("survey_id", "code");`);

    this.addSql(`create table "survey_response" ("id" bigserial primary key, "survey_id" uuid not null, "wave_id" uuid not null, "item_id" uuid not null, "school_id" uuid not null, "region_id" uuid not null, "focal_group_ids" uuid[] not null, "language" text not null, "answer" smallint not null, "respondent_key" bigint not null, "survey_import_id" uuid not null);`);
    this.addSql(`create index "survey_response_wave_id_item_id_index" on "survey_response" ("wave_id", "item_id");`);

    this.addSql(`create table "survey_response_rollup" ("survey_import_id" uuid not null, "profile_key" int not null, "topic" text not null, "survey_id" uuid not null, "wave_id" uuid not null, "school_id" uuid not null, "region_id" uuid not null, "focal_group_ids" uuid[] not null, "language" text not null, "item_ids" uuid[] not null, "respondents" int not null, "answers" int not null, "favourable" int not null, "answer_sum" bigint not null, "item_favourable" integer[] not null, "item_answer_sums" integer[] not null, constraint "survey_response_rollup_pkey" primary key ("survey_import_id", "profile_key", "topic"));`);
    this.addSql(`create index "survey_response_rollup_survey_id_index" on "survey_response_rollup" ("survey_id");`);

    this.addSql(`create table "survey_wave" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "survey_id" uuid not null, "name" varchar(255) not null, "fielded_at" timestamptz not null, constraint "survey_wave_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_wave" add constraint "survey_wave_survey_id_name_unique" unique ("survey_id", "name");`);

    this.addSql(`alter table "fiscal_year" add constraint "fiscal_year_cycle_id_foreign" foreign key ("cycle_id") references "budget_cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "key_result" add constraint "key_result_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete cascade;`);

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

    this.addSql(`alter table "scenario" add constraint "scenario_cycle_id_foreign" foreign key ("cycle_id") references "budget_cycle" ("id") on update cascade;`);
    this.addSql(`alter table "scenario" add constraint "scenario_lens_id_foreign" foreign key ("lens_id") references "equity_lens" ("id") on update cascade;`);

    this.addSql(`alter table "allocation" add constraint "allocation_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade;`);
    this.addSql(`alter table "allocation" add constraint "allocation_cycle_id_foreign" foreign key ("cycle_id") references "budget_cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "allocation" add constraint "allocation_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade;`);

    this.addSql(`alter table "scenario_item" add constraint "scenario_item_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scenario_item" add constraint "scenario_item_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "school" add constraint "school_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "partner_schools" add constraint "partner_schools_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partner_schools" add constraint "partner_schools_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "engagement_session" add constraint "engagement_session_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);
    this.addSql(`alter table "engagement_session" add constraint "engagement_session_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_foreign" foreign key ("session_id") references "engagement_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade;`);

    this.addSql(`alter table "survey_import" add constraint "survey_import_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_item" add constraint "survey_item_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_wave" add constraint "survey_wave_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`);
  }

}
