import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, statementTimeout } from './orm-config';

export async function connectOrm(databaseUrl: string, options: { logSql?: boolean; statementTimeoutMs?: number } = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(databaseUrl, { debug: options.logSql ?? false, ...statementTimeout(options.statementTimeoutMs ?? 0) }));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
