import { Migration } from '@mikro-orm/migrations';

export class Migration20261129212222 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "focal_group_region_id_index" on "focal_group" ("region_id");`);

    this.addSql(`create index "request_focal_groups_focal_group_id_index" on "request_focal_groups" ("focal_group_id");`);

    this.addSql(`create index "school_region_id_index" on "school" ("region_id");`);

    this.addSql(`create index "engagement_session_region_id_index" on "engagement_session" ("region_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "engagement_session_region_id_index";`);

    this.addSql(`drop index "focal_group_region_id_index";`);

    this.addSql(`drop index "request_focal_groups_focal_group_id_index";`);

    this.addSql(`drop index "school_region_id_index";`);
  }

}
