import { Migration } from '@mikro-orm/migrations';

export class Migration20261129211826 extends Migration {

  override async up(): Promise<void> {
    // Concurrent adoptions before this index could leave several scenarios of a cycle marked
    // adopted; the latest adoption (the one whose allocations were written last) stays the plan.
    this.addSql(`update "scenario" as "older" set "superseded_at" = now()
      where "older"."adopted_at" is not null and "older"."superseded_at" is null
        and exists (select 1 from "scenario" as "newer"
          where "newer"."cycle_id" = "older"."cycle_id" and "newer"."adopted_at" is not null and "newer"."superseded_at" is null
            and ("newer"."adopted_at", "newer"."id") > ("older"."adopted_at", "older"."id"));`);
    this.addSql(`create unique index "scenario_one_adopted_per_cycle" on "scenario" ("cycle_id") where "adopted_at" is not null and "superseded_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "scenario_one_adopted_per_cycle";`);
  }

}
