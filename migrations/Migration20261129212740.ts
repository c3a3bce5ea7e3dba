import { Migration } from '@mikro-orm/migrations';

/**
 * People and access: roles move from tokens onto users; a token belongs to a user; browser
 * sessions. Every existing token becomes its own user (same id as the token, role and partner
 * of the token, an address under the reserved .invalid domain so nobody can sign in as it,
 * deactivated if the token was revoked), so every token keeps working as it did.
 */
export class Migration20261129212740 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "email" varchar(255) not null, "display_name" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'BUDGET_STAFF', 'LIAISON', 'PARTNER', 'VIEWER')) not null, "partner_id" uuid null, "active" boolean not null default true, "last_sign_in_at" timestamptz null, constraint "user_pkey" primary key ("id"));`);
    this.addSql(`alter table "user" add constraint "user_email_unique" unique ("email");`);
    this.addSql(`create index "user_partner_id_index" on "user" ("partner_id");`);
    this.addSql(`alter table "user" add constraint "user_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "user_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(255) not null, "user_id" uuid not null, "csrf_token" varchar(255) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;`);

    this.addSql(`insert into "user" ("id", "created_at", "updated_at", "version", "email", "display_name", "role", "partner_id", "active")
      select "id", "created_at", now(), 1, 'token-' || "id" || '@migrated-tokens.invalid', "label", "role", "partner_id", "revoked_at" is null from "api_token";`);
    this.addSql(`alter table "api_token" add column "user_id" uuid null, add column "expires_at" timestamptz null, add column "last_used_at" timestamptz null;`);
    this.addSql(`update "api_token" set "user_id" = "id";`);
    this.addSql(`alter table "api_token" alter column "user_id" set not null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade;`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" drop constraint "api_token_partner_id_foreign";`);
    this.addSql(`alter table "api_token" drop column "role", drop column "partner_id";`);
    this.addSql(`alter table "api_token" rename column "label" to "name";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" add column "role" text check ("role" in ('ADMIN', 'BUDGET_STAFF', 'LIAISON', 'PARTNER', 'VIEWER')) null, add column "partner_id" uuid null;`);
    this.addSql(`update "api_token" set "role" = "user"."role", "partner_id" = "user"."partner_id", "revoked_at" = coalesce("api_token"."revoked_at", case when "user"."active" then null else now() end) from "user" where "user"."id" = "api_token"."user_id";`);
    this.addSql(`alter table "api_token" alter column "role" set not null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_token" rename column "name" to "label";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);
    this.addSql(`drop index "api_token_user_id_index";`);
    this.addSql(`alter table "api_token" drop column "user_id", drop column "expires_at", drop column "last_used_at";`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(`drop table if exists "user" cascade;`);
  }
}
