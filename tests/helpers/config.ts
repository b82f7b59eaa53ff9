import { loadConfig, type Config } from '../../server/config';

/** Configuration for tests: in-memory data dir, no demo, quiet. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ MIERNIK_DATA_DIR: 'memory://', MIERNIK_DEMO: 'false', LOG_LEVEL: 'silent' }), ...overrides };
}
