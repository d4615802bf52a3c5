import { join, relative } from 'node:path';
import { KB_HELP, runKb } from '../../src/commands/kb';
import { formatProblem } from '../../src/errors';
import { readKnowledge } from '../../src/knowledge/load';
import { brokenKb } from '../helpers/broken-kb';

const SHIPPED = join(__dirname, '..', '..', 'knowledge');
const BROKEN = brokenKb('several-problems');
const STALE = join(__dirname, '..', 'fixtures', 'kb-stale');
/** The month the shipped knowledge was reviewed, so "now" never makes it stale under test. */
const NOV_2026 = new Date(Date.UTC(2026, 10, 20));

/** Runs `kb` with its output captured line by line. */
function kb(args: string[], dir = SHIPPED, now = NOV_2026) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const code = runKb(args, dir, io, now);
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
  const misuses = [
    [],
    ['check', '--json'],
    ['lint'],
    ['check', '--verbose'],
    ['stale', '--stale-after'],
    ['stale', '--stale-after', 'soon'],
    ['--json', '--stale-after', '3'],
  ].map((args) => ({
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

describe('kb check on a folder with stale entries', () => {
  const run = kb(['check'], STALE);
  const file = (f: string) => relative(process.cwd(), join(STALE, f));

  test('exits 0: staleness is a warning', () => {
    expect(run.code).toBe(0);
  });

  test('warns about each stale entry as "file: field: problem", oldest first', () => {
    expect(run.err.slice(0, 2)).toEqual([
      `${file('faqs/basics.yml')}: who-owns-backlog.reviewed: warning: 2024-12 is more than 12 months old (23 months ago); check it with @knowledge-team and update the month`,
      `${file('roles/product-owner.yml')}: reviewed: warning: 2025-01 is more than 12 months old (22 months ago); check it with @knowledge-team and update the month`,
    ]);
  });

  test('ends the warnings with their count', () => {
    expect(run.err.at(-1)).toBe('2 stale entries (warnings only)');
  });

  test('still prints the summary line', () => {
    expect(run.out[0]).toMatch(/^knowledge ok: 2 roles, 1 comparisons, 2 FAQs/);
  });

  test('takes the age from --stale-after', () => {
    expect(kb(['check', '--stale-after', '3'], STALE).err.at(-1)).toBe('3 stale entries (warnings only)');
  });
});

describe('kb stale', () => {
  test('lists stale entries oldest first, with month, entry, owner and age', () => {
    expect(kb(['stale', '--stale-after', '3'], STALE).out).toEqual([
      '2024-12  faq who-owns-backlog                 @knowledge-team  (reviewed 23 months ago)',
      '2025-01  role product-owner                   @knowledge-team  (reviewed 22 months ago)',
      '2026-01  comparison product-owner--tech-lead  @knowledge-team  (reviewed 10 months ago)',
    ]);
  });

  test('says in one line when nothing is stale', () => {
    const run = kb(['stale']);
    expect(run.out).toEqual(['Nothing is stale: every entry was reviewed in the last 12 months.']);
    expect(run.code).toBe(0);
  });

  test('exits 1 with the problems when the knowledge is broken', () => {
    expect(kb(['stale'], BROKEN).code).toBe(1);
  });
});

describe('kb --json provenance', () => {
  const printed = JSON.parse(kb(['--json'], STALE).out.join('\n'));

  test('carries reviewed, owner and sources on every entry', () => {
    const entries = [...printed.roles, ...printed.comparisons, ...printed.faqs];
    for (const e of entries)
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['reviewed', 'owner', 'sources']));
  });

  test('carries the sources as written', () => {
    expect(printed.comparisons[0].sources).toEqual([
      { title: 'Notes on who decides what', url: 'https://example.com/po-and-tl' },
    ]);
  });
});
