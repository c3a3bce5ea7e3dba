/** Environment variables through which jest's global setup hands the database to the test files. */
export const TEST_ENV = {
  maintenanceUrl: 'CBH_TEST_MAINTENANCE_URL',
  template: 'CBH_TEST_TEMPLATE_DATABASE',
} as const;
