import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from './orm-config';

export async function connectOrm(databaseUrl: string, options: { logSql?: boolean } = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(databaseUrl, { debug: options.logSql ?? false }));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
