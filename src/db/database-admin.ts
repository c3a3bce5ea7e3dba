import { Client } from 'pg';

/**
 * Database-level chores on the maintenance connection. Deliberately free of MikroORM: jest's
 * global setup uses it, and entity metadata loaded there would leak into the test sandboxes.
 */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceConnection<T>(maintenanceUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function createDatabaseIfMissing(maintenanceUrl: string, database: string, template?: string): Promise<boolean> {
  return onMaintenanceConnection(maintenanceUrl, async (client) => {
    const existing = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (existing.rowCount) return false;
    const templateClause = template ? ` template "${template}"` : '';
    await client.query(`create database "${database}"${templateClause}`);
    return true;
  });
}

export function dropDatabase(maintenanceUrl: string, database: string): Promise<void> {
  return onMaintenanceConnection(maintenanceUrl, async (client) => {
    await client.query(`drop database if exists "${database}" with (force)`);
  });
}
