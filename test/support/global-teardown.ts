import { dropDatabase } from '../../src/db/database-admin';
import { TEST_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const maintenanceUrl = process.env[TEST_ENV.maintenanceUrl];
  const template = process.env[TEST_ENV.template];
  if (maintenanceUrl && template) await dropDatabase(maintenanceUrl, template);
  await globalThis.__CBH_EMBEDDED_PG__?.stop();
}
