import { Migration } from '@mikro-orm/migrations';

export class Migration20261123012142 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "scenario" add column "mip_gap" double precision not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario" drop column "mip_gap";`);
  }

}
