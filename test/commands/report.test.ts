import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { parseSince, REPORT_HELP, runReport } from '../../src/commands/report';
import type { FeedbackRecord } from '../../src/store/types';
import { brokenKb } from '../helpers/broken-kb';

const SHIPPED = join(__dirname, '..', '..', 'knowledge');
const BROKEN = brokenKb('several-problems');
const NOW = new Date('2026-11-20T12:00:00.000Z');

const root = mkdtempSync(join(tmpdir(), 'role-bot-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const gap = (at: string, query: string, roles: string[]): FeedbackRecord => ({
  type: 'gap',
  at,
  user: 'U1',
  surface: 'mention',
  query,
  kind: 'none',
  confidence: 0,
  roles,
});
const vote = (at: string, answer: string, helpful: boolean): FeedbackRecord => ({
  type: 'vote',
  at,
  user: 'U2',
  answer,
  helpful,
});

/** A data folder holding these lines in its November file. */
function dataDir(name: string, lines: string[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'feedback-2026-11.jsonl'), lines.map((l) => `${l}\n`).join(''));
  return dir;
}

const FIXTURE = dataDir(
  'fixture',
  [
    gap('2026-11-02T09:00:00.000Z', 'who pays the po and tl?', ['product-owner', 'tech-lead']),
    gap('2026-11-18T09:00:00.000Z', 'po or tl for hiring?', ['tech-lead', 'product-owner']),
    gap('2026-11-19T09:00:00.000Z', 'where is the coffee?', []),
    vote('2026-11-03T09:00:00.000Z', 'faq:who-owns-backlog', false),
    vote('2026-11-19T09:00:00.000Z', 'faq:who-owns-backlog', false),
    vote('2026-11-19T10:00:00.000Z', 'role:tech-lead', true),
  ].map((r) => JSON.stringify(r)),
);

/** Runs `report` with its output captured line by line. */
async function report(args: string[], dir = FIXTURE, knowledge = SHIPPED) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const code = await runReport(args, dir, knowledge, io, NOW);
  return { code, out: out.join('\n'), err };
}

describe('report for a person', () => {
  test('groups the unanswered questions under the role names', async () => {
    const run = await report([]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Product Owner + Tech Lead: 2 unanswered');
    expect(run.out).toContain('No role named: 1 unanswered');
  });

  test('names the least helpful answer by its question and shows the helpful ratio', async () => {
    const { out } = await report([]);
    expect(out).toContain(
      'Who owns and prioritizes the product backlog? (faq:who-owns-backlog): 2 not helpful',
    );
    expect(out).toContain('33% helpful');
  });

  test('falls back to ids, with a note, when the knowledge has problems', async () => {
    const run = await report([], FIXTURE, BROKEN);
    expect(run.out).toContain('product-owner + tech-lead: 2 unanswered');
    expect(run.err).toHaveLength(1);
  });
});

describe('phrasings to learn', () => {
  const chose = (at: string, query: string, chosen: string) =>
    JSON.stringify({
      type: 'candidate',
      at,
      user: 'U3',
      surface: 'button',
      query,
      kind: 'none',
      confidence: 0,
      chosen,
    });
  const dir = dataDir('candidates', [
    chose('2026-11-04T09:00:00.000Z', 'who orders the tickets', 'faq:who-owns-backlog'),
    chose('2026-11-05T09:00:00.000Z', 'Who orders the tickets?', 'faq:who-owns-backlog'),
    chose('2026-11-06T09:00:00.000Z', 'who lines up the next sprint', 'faq:who-owns-backlog'),
  ]);

  test('are grouped under the answer people chose, with the count and the distinct questions', async () => {
    const { out } = await report([], dir);
    expect(out).toContain('Alternatives chosen after "none" or an unsure answer: 3');
    expect(out).toContain(
      'Who owns and prioritizes the product backlog? (faq:who-owns-backlog): chosen 3 time(s)\n    "who orders the tickets"\n    "who lines up the next sprint"',
    );
  });

  test('are in the JSON report too', async () => {
    const json = JSON.parse((await report(['--json'], dir)).out);
    expect(json.candidates).toEqual([
      {
        answer: 'faq:who-owns-backlog',
        label: 'Who owns and prioritizes the product backlog?',
        count: 3,
        questions: ['who orders the tickets', 'who lines up the next sprint'],
      },
    ]);
  });
});

describe('report --json', () => {
  test('prints one JSON object with totals, groups and not-helpful answers', async () => {
    const json = JSON.parse((await report(['--json'])).out);
    expect(json).toMatchObject({
      since: null,
      totals: { gaps: 3, votes: 3, helpful: 1, notHelpful: 2 },
      unansweredByRoles: [
        { roles: ['product-owner', 'tech-lead'], label: 'Product Owner + Tech Lead', count: 2 },
        {},
      ],
      notHelpful: [{ answer: 'faq:who-owns-backlog', notHelpful: 2, helpful: 0 }],
    });
  });
});

describe('report --since', () => {
  test.each([['--since', '7d'], ['--since=7d']])('%s %s keeps the last seven days only', async (...args) => {
    const json = JSON.parse((await report(['--json', ...args])).out);
    expect(json.since).toBe('2026-11-13T12:00:00.000Z');
    expect(json.totals).toMatchObject({ gaps: 2, votes: 2 });
  });

  test.each([
    ['7d', '2026-11-13T12:00:00.000Z'],
    ['24h', '2026-11-19T12:00:00.000Z'],
    ['30d', '2026-10-21T12:00:00.000Z'],
    ['2026-11-01', '2026-11-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseSince(text, NOW)?.toISOString()).toBe(iso);
  });

  test.each(['7', '7w', 'd7', 'yesterday', '2026-02-30', '2026-11-1', ''])('rejects "%s"', (text) => {
    expect(parseSince(text, NOW)).toBeUndefined();
  });
});

describe('report with bad usage', () => {
  test.each([[['--since', 'soon']], [['--since']], [['--verbose']], [['extra']]])(
    'exits 2 with the usage on stderr for %j',
    async (args) => {
      const run = await report(args);
      expect(run.code).toBe(2);
      expect(run.err.join('\n')).toContain(REPORT_HELP);
      expect(run.out).toBe('');
    },
  );
});

describe('report with nothing recorded', () => {
  test('says so plainly and exits 0', async () => {
    const run = await report([], join(root, 'never-written'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Nothing recorded in /);
  });

  test('still prints a report object with --json', async () => {
    const json = JSON.parse((await report(['--json'], join(root, 'never-written'))).out);
    expect(json.totals.gaps + json.totals.votes).toBe(0);
  });
});

describe('report over a file with a torn last line', () => {
  test('reads the rest and notes the skipped line on stderr', async () => {
    const whole = JSON.stringify(gap('2026-11-19T09:00:00.000Z', 'po budget?', ['product-owner']));
    const dir = dataDir('torn', [whole, whole.slice(0, 25)]);
    const run = await report(['--json'], dir);
    expect(JSON.parse(run.out).totals.gaps).toBe(1);
    expect(run.err).toEqual([`note: skipped 1 unreadable line(s) in ${dir}`]);
  });
});

describe('report --help', () => {
  test('prints the usage and exits 0, also through the main command', async () => {
    const out: string[] = [];
    const code = await main(['report', '--help'], { out: (l) => out.push(l), err: () => undefined });
    expect([code, out]).toEqual([0, [REPORT_HELP]]);
  });
});
