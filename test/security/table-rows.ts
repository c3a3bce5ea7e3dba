import type { TestHub } from '../support/hub';

/** Row count of every table of the hub's database, in one statement, to prove a refused write left nothing behind. */
export async function tableRowCounts(hub: TestHub): Promise<Record<string, number>> {
  const connection = hub.orm.em.getConnection();
  const tables = await connection.execute<{ tablename: string }[]>(`select tablename from pg_tables where schemaname = 'public' and tablename not like 'mikro_orm%' order by tablename`);
  const union = tables.map(({ tablename }) => `select '${tablename}' as name, count(*)::int as rows from "${tablename}"`).join(' union all ');
  const rows = await connection.execute<{ name: string; rows: number }[]>(union);
  return Object.fromEntries(rows.map(({ name, rows: count }) => [name, count]));
}
