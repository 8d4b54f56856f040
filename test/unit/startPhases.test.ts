import { describe, expect, it } from 'vitest';
import {
  barState, formatCount, formatSeconds, neo4jReadyLine, neo4jStartingLine, readyLine, schemaLine, seedDecisionLine,
} from '../../src/startup/phases.js';

describe('the start phase lines', () => {
  it('give durations in seconds with one decimal, in English', () => {
    expect(formatSeconds(21_349)).toBe('21.3 s');
    expect(formatSeconds(400)).toBe('0.4 s');
    expect(formatSeconds(0)).toBe('0.0 s');
    expect(formatSeconds(-5)).toBe('0.0 s');
    expect(formatSeconds(123_456)).toBe('123.5 s');
    expect(formatCount(16_763)).toBe('16,763');
  });

  it('say when the data folder is new, and nothing about it otherwise', () => {
    expect(neo4jStartingLine('/d', true)).toBe('neo4j: starting the embedded database in /d (a new data folder: the first start takes longer)');
    expect(neo4jStartingLine('/d', false)).toBe('neo4j: starting the embedded database in /d');
    expect(neo4jReadyLine('bolt://127.0.0.1:7687', 21_300, 42)).toBe('neo4j: ready at bolt://127.0.0.1:7687 in 21.3 s (auth off, loopback only; pid 42)');
    expect(neo4jReadyLine('bolt://127.0.0.1:7687', 21_300, undefined)).toBe('neo4j: ready at bolt://127.0.0.1:7687 in 21.3 s (auth off, loopback only)');
    expect(schemaLine(27, 412)).toBe('schema: 27 constraints and indexes online in 0.4 s');
  });

  it('say why nothing is seeded, or which steps follow', () => {
    expect(seedDecisionLine('seed', ['regions', 'facts', 'synthetic'])).toBe('seed: loading the demo graph in 3 steps (regions, facts, synthetic)');
    expect(seedDecisionLine('has-data', ['regions'])).toBe('seed: skipped, the database already holds a graph (SEED=auto)');
    expect(seedDecisionLine('never', ['regions'])).toBe('seed: skipped (SEED=never)');
  });

  it('keep the ready line that scripts wait for, with the total time after it', () => {
    const line = readyLine('http://localhost:4000', 48_210);
    expect(line.startsWith('ready: GraphQL API at http://localhost:4000/graphql, workbench at http://localhost:4000/,')).toBe(true);
    expect(line.endsWith('explorer at http://localhost:4000/explorer (started in 48.2 s)')).toBe(true);
  });

  it('draw a step bar per import phase, its total from the writer or else the step size', () => {
    expect(barState('regions', { phase: 'validate', done: 1000 }, 16_763)).toEqual({ label: 'seed: regions, checking', value: 1000, total: 16_763 });
    expect(barState('regions', { phase: 'nodes', done: 5000, total: 8382 }, 16_763)).toEqual({ label: 'seed: regions, writing nodes', value: 5000, total: 8382 });
    expect(barState('facts', { phase: 'links', done: 60, total: 53 }, 91)).toEqual({ label: 'seed: facts, writing links', value: 60, total: 60 });
    expect(barState('facts', { phase: 'validate', done: 0 }, 0)).toEqual({ label: 'seed: facts, checking', value: 0, total: 1 });
  });
});
