import { Migration } from '@mikro-orm/migrations';

/**
 * The adopted plan is a cached public aggregate too (src/server/aggregate-cache.ts): its answer
 * reads the cycle, its allocations, their requests and the requests' partners, so every statement
 * that writes one of them bumps its data_version (the function of Migration20261130023607).
 */
const PLAN_TABLES = ['budget_cycle', 'allocation', 'request', 'partner'];

export class Migration20261130110500 extends Migration {

  override async up(): Promise<void> {
    for (const table of PLAN_TABLES) {
      this.addSql(`create trigger "${table}_data_version" after insert or update or delete or truncate on "${table}" for each statement execute function "bump_data_version"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of PLAN_TABLES) this.addSql(`drop trigger if exists "${table}_data_version" on "${table}";`);
  }

}
