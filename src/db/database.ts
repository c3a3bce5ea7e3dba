import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, serverDatabaseLimits, type ServerDatabaseLimits } from './orm-config';

export async function connectOrm(databaseUrl: string, options: { logSql?: boolean } & ServerDatabaseLimits = {}): Promise<MikroORM> {
  const { logSql, ...limits } = options;
  return MikroORM.init(createOrmConfig(databaseUrl, { debug: logSql ?? false, ...serverDatabaseLimits(limits) }));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
