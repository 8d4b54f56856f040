import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files of the parallel part that take half a minute or more whatever else runs (the benchmark's
 * smoke run, fuzzing over HTTP, programs started beside the run's database): started first, so that on a fresh clone, where vitest has no
 * durations cached and would order by file size, the two workers do not end on one of them
 * while the other waits. About their durations: docs/testing.md.
 */
const LONG_FIRST = [
  'test/bench/smoke.test.ts',
  'test/hostile/fuzz.test.ts',
  'test/cli/besideServer.test.ts',
  'test/http/npmSignal.test.ts',
];

/**
 * vitest's own order (failed first, then slowest first from its cache), except that the long
 * files above start first and the workbench's browser tests run last, one after another on each
 * worker: they share the demo graph, which the first on a worker seeds (about 30 s) and the next
 * ones find still there, instead of each file seeding it again after another file wiped it.
 */
export class GroupedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const path = (spec: TestSpecification) => spec.moduleId.replaceAll('\\', '/');
    const rank = (spec: TestSpecification) => LONG_FIRST.findIndex((file) => path(spec).endsWith(`/${file}`));
    const onDemoGraph = (spec: TestSpecification) => path(spec).includes('/test/browser/workbench/');
    const long = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
    const group = sorted.filter(onDemoGraph);
    const rest = sorted.filter((spec) => rank(spec) < 0 && !onDemoGraph(spec));
    return [...long, ...rest, ...group];
  }
}
