import { Migration } from '@mikro-orm/migrations';

export class Migration20261130000054 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "key_result" drop constraint if exists "key_result_measure_check";`);

    this.addSql(`alter table "key_result" add constraint "key_result_measure_check" check("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP', 'FOLLOW_THROUGH'));`);

    this.addSql(`alter table "request" add column "status_changed_at" timestamptz not null default now();`);
    // Before this column the last status change was not kept; the last change of any kind is the closest known bound.
    this.addSql(`update "request" set "status_changed_at" = "updated_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "key_result" drop constraint if exists "key_result_measure_check";`);

    this.addSql(`alter table "key_result" add constraint "key_result_measure_check" check("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP'));`);

    this.addSql(`alter table "request" drop column "status_changed_at";`);
  }

}
