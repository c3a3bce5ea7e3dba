import { ConfigError, parseConfig } from '../../src/config';

describe('configuration', () => {
  it('applies defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 4000, SEED_DEMO: 'auto', MIN_CELL_SIZE: 10, SCENARIO_TIME_LIMIT_SECONDS: 30, SCENARIO_WORKERS: 1 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/db', MIN_CELL_SIZE: '0', SCENARIO_TIME_LIMIT_SECONDS: '99999', SCENARIO_WORKERS: '17' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const variable of ['PORT', 'DATABASE_URL', 'MIN_CELL_SIZE', 'SCENARIO_TIME_LIMIT_SECONDS', 'SCENARIO_WORKERS']) expect(message).toContain(`${variable}:`);
  });
});
