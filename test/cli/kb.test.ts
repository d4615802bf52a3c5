import { join, relative } from 'node:path';
import { KB_HELP, runKb } from '../../src/cli/kb';
import { formatProblem } from '../../src/errors';
import { readKnowledge } from '../../src/knowledge/load';

const SHIPPED = join(__dirname, '..', '..', 'knowledge');
const BROKEN = join(__dirname, '..', 'fixtures', 'kb-broken', 'several-problems');

/** Runs `kb` with its output captured line by line. */
function kb(args: string[], dir = SHIPPED) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runKb(args, dir, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('kb check on the shipped knowledge', () => {
  const run = kb(['check']);

  test('exits 0', () => {
    expect(run.code).toBe(0);
  });

  test('prints one summary line with the counts and version', () => {
    const k = readKnowledge(SHIPPED).knowledge;
    expect(run.out).toEqual([
      `knowledge ok: ${k?.roles.length} roles, ${k?.comparisons.length} comparisons, ${k?.faqs.length} FAQs (version ${k?.version})`,
    ]);
  });

  test('prints nothing to stderr', () => {
    expect(run.err).toEqual([]);
  });
});

describe('kb check on a folder with problems', () => {
  const run = kb(['check'], BROKEN);
  const { problems } = readKnowledge(BROKEN);

  test('exits 1', () => {
    expect(run.code).toBe(1);
  });

  test('prints a problem as "file: field: problem" to stderr', () => {
    const aliasFile = relative(process.cwd(), join(BROKEN, 'aliases.yml'));
    expect(run.err).toContain(`${aliasFile}: lead: names unknown role "cto"`);
  });

  test('prints every problem the check finds, in order', () => {
    expect(run.err.slice(0, -1)).toEqual(problems.map(formatProblem));
  });

  test('ends with the number of problems and the folder', () => {
    expect(run.err.at(-1)).toBe(`5 problem(s) in ${BROKEN}`);
  });

  test('prints nothing to stdout', () => {
    expect(run.out).toEqual([]);
  });
});

describe('kb --json on the shipped knowledge', () => {
  const run = kb(['--json']);

  test('exits 0', () => {
    expect(run.code).toBe(0);
  });

  test('prints the roles, comparisons and FAQs as JSON arrays', () => {
    const printed = JSON.parse(run.out.join('\n'));
    expect([printed.roles, printed.comparisons, printed.faqs].every(Array.isArray)).toBe(true);
  });

  test('prints every loaded FAQ', () => {
    const printed = JSON.parse(run.out.join('\n'));
    expect(printed.faqs).toHaveLength(readKnowledge(SHIPPED).knowledge?.faqs.length ?? -1);
  });
});

describe('kb --json on a folder with problems', () => {
  const run = kb(['--json'], BROKEN);

  test('exits 1', () => {
    expect(run.code).toBe(1);
  });

  test('prints no knowledge to stdout', () => {
    expect(run.out).toEqual([]);
  });
});

describe('kb with bad usage', () => {
  const misuses = [[], ['check', '--json'], ['lint'], ['check', '--verbose']].map((args) => ({
    args,
    shown: args.join(' ') || '(no arguments)',
  }));

  test.each(misuses)('exits 2 for $shown', ({ args }) => {
    expect(kb(args).code).toBe(2);
  });

  test.each(misuses)('prints the usage to stderr for $shown', ({ args }) => {
    expect(kb(args).err).toEqual([KB_HELP]);
  });
});

describe('kb --help', () => {
  const run = kb(['--help']);

  test('exits 0', () => {
    expect(run.code).toBe(0);
  });

  test('prints the usage to stdout', () => {
    expect(run.out).toEqual([KB_HELP]);
  });
});
