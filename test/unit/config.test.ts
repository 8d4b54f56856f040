import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NEO4J_BOLT_PORT: 7687, NEO4J_HEAP_MB: 512, SEED: 'auto' });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATA_DIR.endsWith('.neo4j/data')).toBe(true);
  });

  it('reads and converts the values it is given', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 's3cret', SEED: 'never' });
    expect(config).toMatchObject({ PORT: 8080, NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 's3cret', SEED: 'never' });
  });

  it('names the variable, the value and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('PORT="abc": PORT must be a port number');
    expect(() => loadConfig({ NEO4J_BOLT_PORT: '70000' })).toThrow('NEO4J_BOLT_PORT="70000": NEO4J_BOLT_PORT must be between 1 and 65535');
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow('NEO4J_URI="http://localhost:7474": must be a neo4j:// or bolt:// URI');
    expect(() => loadConfig({ SEED: 'sometimes' })).toThrow(/SEED="sometimes": must be one of 'auto'/);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '0', NEO4J_HEAP_MB: '12' })).toThrow(/PORT="0".*; NEO4J_HEAP_MB="12": must be at least 128/);
  });
});
