import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * vitest's own order (slowest first, from its cache), except that the workbench's browser tests
 * run one after another: they share the demo graph, which the first seeds (about 30 s) and the
 * next ones find still there, instead of each file seeding it again after another file wiped it.
 */
export class GroupedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const onDemoGraph = (spec: TestSpecification) => /[\\/]test[\\/]browser[\\/]workbench[\\/]/.test(spec.moduleId);
    const group = sorted.filter(onDemoGraph);
    const rest = sorted.filter((spec) => !onDemoGraph(spec));
    return [...rest, ...group];
  }
}
