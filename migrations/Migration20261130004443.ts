import { Migration } from '@mikro-orm/migrations';

export class Migration20261130004443 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "key_result" drop constraint if exists "key_result_measure_check";`);

    this.addSql(`alter table "key_result" add constraint "key_result_measure_check" check("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP', 'FAMILIES_ALIGNED_TO_RESOURCES', 'PROFESSIONS_PARTICIPATING', 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE', 'FOLLOW_THROUGH'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "key_result" drop constraint if exists "key_result_measure_check";`);

    this.addSql(`alter table "key_result" add constraint "key_result_measure_check" check("measure" in ('SURVEY_FAVOURABILITY_CHANGE', 'PERCENT_PARTNERS_TRAINED', 'PERCENT_PARTNERS_ALIGNED', 'SESSIONS_HELD', 'FAMILIES_REACHED_PER_GROUP', 'FAMILIES_ALIGNED_TO_RESOURCES', 'PROFESSIONS_PARTICIPATING', 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE'));`);
  }

}
