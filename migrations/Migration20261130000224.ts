import { Migration } from '@mikro-orm/migrations';

export class Migration20261130000224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "partner_agreement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "partner_id" uuid not null, "type" text check ("type" in ('MOU', 'DATA_SHARING', 'DECLARATION_OF_COOPERATION')) not null, "status" text check ("status" in ('NONE', 'DRAFT', 'SIGNED', 'EXPIRED')) not null default 'DRAFT', "starts_at" timestamptz not null, "ends_at" timestamptz null, "notes" text null, constraint "partner_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_agreement_partner_id_index" on "partner_agreement" ("partner_id");`);

    this.addSql(`create table "partner_training" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "partner_id" uuid not null, "protocol" varchar(255) not null, "trained_at" timestamptz not null, "participants" int null, constraint "partner_training_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_training_partner_id_index" on "partner_training" ("partner_id");`);

    this.addSql(`create table "resource" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "partner_id" uuid not null, "name" varchar(255) not null, "description" text not null, "priority_area" text check ("priority_area" in ('AFTER_SCHOOL_AND_SUMMER', 'MENTAL_HEALTH', 'EARLY_CHILDHOOD', 'FAMILY_ENGAGEMENT', 'CAREER_PATHWAYS', 'LANGUAGE_ACCESS', 'BASIC_NEEDS', 'ATTENDANCE')) not null, "audiences" text[] not null, "languages" text[] not null, "free" boolean not null default true, "cost_description" text null, "eligibility" text null, "contact_email" text null, "contact_phone" text null, "url" text null, "status" text check ("status" in ('ACTIVE', 'INACTIVE')) not null default 'ACTIVE', constraint "resource_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_partner_id_index" on "resource" ("partner_id");`);

    this.addSql(`create table "resource_regions" ("resource_id" uuid not null, "region_id" uuid not null, constraint "resource_regions_pkey" primary key ("resource_id", "region_id"));`);

    this.addSql(`create table "resource_schools" ("resource_id" uuid not null, "school_id" uuid not null, constraint "resource_schools_pkey" primary key ("resource_id", "school_id"));`);

    this.addSql(`create table "referral_count" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "resource_id" uuid not null, "school_id" uuid not null, "focal_group_id" uuid not null, "month" varchar(7) not null, "connected" int not null, "waiting" int not null, "declined" int not null, constraint "referral_count_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_count_resource_id_index" on "referral_count" ("resource_id");`);
    this.addSql(`create index "referral_count_school_id_index" on "referral_count" ("school_id");`);
    this.addSql(`create index "referral_count_focal_group_id_index" on "referral_count" ("focal_group_id");`);
    this.addSql(`alter table "referral_count" add constraint "referral_count_resource_id_school_id_focal_group__7f75d_unique" unique ("resource_id", "school_id", "focal_group_id", "month");`);

    this.addSql(`create table "community_experience_count" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "school_year" varchar(7) not null, "school_id" uuid not null, "ninth_graders" int not null, "with_experience" int not null, constraint "community_experience_count_pkey" primary key ("id"));`);
    this.addSql(`create index "community_experience_count_school_id_index" on "community_experience_count" ("school_id");`);
    this.addSql(`alter table "community_experience_count" add constraint "community_experience_count_school_year_school_id_unique" unique ("school_year", "school_id");`);

    this.addSql(`create table "career_participation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "school_year" varchar(7) not null, "school_id" uuid not null, "profession" varchar(255) not null, "participants" int not null, "partner_id" uuid null, constraint "career_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "career_participation_school_id_index" on "career_participation" ("school_id");`);
    this.addSql(`alter table "career_participation" add constraint "career_participation_school_year_school_id_profession_unique" unique ("school_year", "school_id", "profession");`);

    this.addSql(`alter table "partner_agreement" add constraint "partner_agreement_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partner_training" add constraint "partner_training_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resource" add constraint "resource_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resource_regions" add constraint "resource_regions_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resource_regions" add constraint "resource_regions_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resource_schools" add constraint "resource_schools_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resource_schools" add constraint "resource_schools_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "referral_count" add constraint "referral_count_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral_count" add constraint "referral_count_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`);
    this.addSql(`alter table "referral_count" add constraint "referral_count_focal_group_id_foreign" foreign key ("focal_group_id") references "focal_group" ("id") on update cascade;`);

    this.addSql(`alter table "community_experience_count" add constraint "community_experience_count_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`);

    this.addSql(`alter table "career_participation" add constraint "career_participation_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade;`);
    this.addSql(`alter table "career_participation" add constraint "career_participation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "key_result" drop constraint if exists "key_result_measure_check";`);

    this.addSql(`alter table "key_result" add constraint "key_result_measure_check" check("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP', 'FAMILIES_ALIGNED_TO_RESOURCES', 'PROFESSIONS_PARTICIPATING', 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource_regions" drop constraint "resource_regions_resource_id_foreign";`);

    this.addSql(`alter table "resource_schools" drop constraint "resource_schools_resource_id_foreign";`);

    this.addSql(`alter table "referral_count" drop constraint "referral_count_resource_id_foreign";`);

    this.addSql(`drop table if exists "partner_agreement" cascade;`);

    this.addSql(`drop table if exists "partner_training" cascade;`);

    this.addSql(`drop table if exists "resource" cascade;`);

    this.addSql(`drop table if exists "resource_regions" cascade;`);

    this.addSql(`drop table if exists "resource_schools" cascade;`);

    this.addSql(`drop table if exists "referral_count" cascade;`);

    this.addSql(`drop table if exists "community_experience_count" cascade;`);

    this.addSql(`drop table if exists "career_participation" cascade;`);

    this.addSql(`alter table "key_result" drop constraint if exists "key_result_measure_check";`);

    this.addSql(`alter table "key_result" add constraint "key_result_measure_check" check("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP'));`);
  }

}
