import { join } from 'node:path';
import type { KnowledgeProblem } from '../../src/errors';
import { brokenKb } from '../helpers/broken-kb';

// The `yaml` library only locates problems; valid knowledge must load without it (start-up time, memory).
const FIXTURES = join(__dirname, '..', 'fixtures');

/** Reads a knowledge folder with fresh modules, counting how often the `yaml` library gets loaded. */
function readCountingYaml(dir: string): { yamlLoads: number; problems: KnowledgeProblem[] } {
  let yamlLoads = 0;
  let problems: KnowledgeProblem[] = [];
  jest.isolateModules(() => {
    jest.doMock('yaml', () => {
      yamlLoads += 1;
      return jest.requireActual('yaml');
    });
    const { readKnowledge } =
      require('../../src/knowledge/load') as typeof import('../../src/knowledge/load');
    problems = readKnowledge(dir).problems;
  });
  return { yamlLoads, problems };
}

describe('the yaml library is loaded only when a problem needs a line', () => {
  it('is not loaded for valid knowledge', () => {
    const { yamlLoads, problems } = readCountingYaml(join(FIXTURES, 'kb-base'));
    expect(problems).toEqual([]);
    expect(yamlLoads).toBe(0);
  });

  it('is loaded for a file with a problem, and the problem has its line', () => {
    const { yamlLoads, problems } = readCountingYaml(brokenKb('wrong-type'));
    expect(yamlLoads).toBe(1);
    expect(problems.some((p) => /\(line \d+\)/.test(p.problem))).toBe(true);
  });
});
