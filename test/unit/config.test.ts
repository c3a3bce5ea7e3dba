import { ConfigError, parseConfig } from '../../src/config';

describe('configuration', () => {
  it('applies defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 4000, SEED_DEMO: 'auto', MIN_CELL_SIZE: 10, SCENARIO_TIME_LIMIT_SECONDS: 30, SCENARIO_WORKERS: 1 });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_CHANNEL_PREFIX).toBe('community-budget-hub:');
  });

  it('accepts a deployment\'s Redis channel prefix and refuses one that could run into another\'s', () => {
    expect(parseConfig({ REDIS_CHANNEL_PREFIX: 'community-budget-hub:staging:' }).REDIS_CHANNEL_PREFIX).toBe('community-budget-hub:staging:');
    for (const prefix of ['', 'staging', 'staging hub:', 'staging*:', `${'x'.repeat(100)}:`]) {
      expect(() => parseConfig({ REDIS_CHANNEL_PREFIX: prefix })).toThrow(/REDIS_CHANNEL_PREFIX:/);
    }
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/db', MIN_CELL_SIZE: '0', SCENARIO_TIME_LIMIT_SECONDS: '99999', SCENARIO_WORKERS: '17', REDIS_CHANNEL_PREFIX: 'production' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const variable of ['PORT', 'DATABASE_URL', 'MIN_CELL_SIZE', 'SCENARIO_TIME_LIMIT_SECONDS', 'SCENARIO_WORKERS', 'REDIS_CHANNEL_PREFIX']) expect(message).toContain(`${variable}:`);
  });
});
