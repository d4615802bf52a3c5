// role-bot learn: lists the candidates from the store and writes the accepted ones into a copy of the knowledge.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli';
import { runLearn } from '../../src/commands/learn';
import { buildOffers } from '../../src/commands/learn-offers';
import { applyOffers, OUT_OF_SCOPE_FILE } from '../../src/commands/learn-write';
import { loadKnowledge } from '../../src/knowledge/load';
import type { FeedbackRecord } from '../../src/store/types';
import { brokenKb } from '../helpers/broken-kb';

const BASE = join(__dirname, '..', 'fixtures', 'kb-base');
const root = mkdtempSync(join(tmpdir(), 'role-bot-learn-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let cases = 0;
let minute = 0;
const at = () => new Date(Date.UTC(2026, 10, 2, 9, ++minute)).toISOString();
const chose = (query: string, chosen: string): FeedbackRecord => ({
  type: 'candidate',
  at: at(),
  user: 'U1',
  surface: 'button',
  query,
  kind: 'none',
  confidence: 0,
  chosen,
});
const unanswered = (query: string): FeedbackRecord => ({
  type: 'gap',
  at: at(),
  user: 'U2',
  surface: 'dm',
  query,
  kind: 'none',
  confidence: 0,
  roles: [],
});

/** A fresh copy of kb-base and a data folder holding `records`. */
function setup(records: FeedbackRecord[]) {
  const dir = join(root, `case-${++cases}`);
  const kb = join(dir, 'knowledge');
  const data = join(dir, 'data');
  cpSync(BASE, kb, { recursive: true });
  mkdirSync(data);
  writeFileSync(join(data, 'feedback-2026-11.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return { kb, data, read: (file: string) => readFileSync(join(kb, file), 'utf8') };
}

/** Runs role-bot learn with captured output; stdin is empty and not a terminal unless given. */
async function learn(
  args: string[],
  data: string,
  kb: string,
  stdin: NodeJS.ReadableStream = Readable.from([]),
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLearn(args, data, kb, { out: (l) => out.push(l), err: (l) => err.push(l) }, stdin);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const RECORDS = [
  chose('who orders the work for the sprint', 'faq:who-owns-backlog'),
  chose('Who orders the work for the sprint?', 'faq:who-owns-backlog'),
  chose('what is a po for', 'role:product-owner'),
  chose('tl and po, who does what', 'compare:tech-lead,product-owner'),
  chose('who prioritises tickets', 'faq:who-owns-backlog'),
  unanswered('how much does a tech lead earn'),
];

describe('listing', () => {
  const { kb, data } = setup(RECORDS);

  test('numbers the phrasings, then the out-of-scope questions, leaving out what the knowledge has', async () => {
    const { code, out } = await learn(['--list'], data, kb);
    expect(code).toBe(0);
    expect(out).toContain(
      '1. "who orders the work for the sprint" → Who owns the backlog? (faq:who-owns-backlog, 2 times)',
    );
    expect(out).toContain('2. "what is a po for" → Product Owner (role:product-owner)');
    expect(out).toContain('3. "tl and po, who does what" → Tech Lead vs Product Owner');
    expect(out).toContain('4. "how much does a tech lead earn" (answered "none")');
    // "who prioritises tickets" is already an alternate of who-owns-backlog.
    expect(out).not.toContain('who prioritises tickets');
  });

  test('prints the same list as JSON', async () => {
    const { out } = await learn(['--json'], data, kb);
    const list = JSON.parse(out) as { candidates: { number: number; type: string; query: string }[] };
    expect(list.candidates.map((c) => [c.number, c.type])).toEqual([
      [1, 'phrasing'],
      [2, 'phrasing'],
      [3, 'phrasing'],
      [4, 'out-of-scope'],
    ]);
  });

  test('lists when standard input is not a terminal and no choice was given', async () => {
    expect((await learn([], data, kb)).out).toContain('Add them with: role-bot learn --accept');
  });

  test('changes no file while listing', async () => {
    await learn(['--list'], data, kb);
    expect(readFileSync(join(kb, 'faqs', 'basics.yml'), 'utf8')).toBe(
      readFileSync(join(BASE, 'faqs', 'basics.yml'), 'utf8'),
    );
  });
});

describe('accepting a phrasing for an FAQ', () => {
  const { kb, data, read } = setup(RECORDS);
  const before = read('faqs/basics.yml');
  let result: Awaited<ReturnType<typeof learn>>;
  beforeAll(async () => {
    result = await learn(['--accept', '1'], data, kb);
  });

  test('adds it to the FAQ alternates, changing nothing else', () => {
    expect(result.code).toBe(0);
    expect(read('faqs/basics.yml')).toBe(
      before.replace(
        'backlog owner, who sets priorities]',
        'backlog owner, who sets priorities, who orders the work for the sprint]',
      ),
    );
    expect(loadKnowledge(kb).faqs.find((f) => f.id === 'who-owns-backlog')?.alternates).toContain(
      'who orders the work for the sprint',
    );
  });

  test('says what it added and that the knowledge is ok', () => {
    expect(result.out).toContain('added 1. "who orders the work for the sprint"');
    expect(result.out).toContain('knowledge ok');
  });

  test('does not offer it again', async () => {
    const { out } = await learn(['--list'], data, kb);
    expect(out).not.toContain('who orders the work for the sprint');
    expect(out).toContain('1. "what is a po for"');
  });
});

describe('accepting phrasings for a role and a comparison', () => {
  const { kb, data, read } = setup(RECORDS);
  const role = read('roles/product-owner.yml');
  const pair = read('comparisons/product-owner--tech-lead.yml');

  test('writes them as phrasings, which the knowledge check accepts', async () => {
    const { code } = await learn(['--accept', '2-3'], data, kb);
    expect(code).toBe(0);
    expect(read('roles/product-owner.yml')).toBe(`${role}phrasings:\n  - what is a po for\n`);
    expect(read('comparisons/product-owner--tech-lead.yml')).toBe(
      `${pair}phrasings:\n  - tl and po, who does what\n`,
    );
    const knowledge = loadKnowledge(kb);
    expect(knowledge.roles.find((r) => r.id === 'product-owner')?.phrasings).toEqual(['what is a po for']);
    expect(knowledge.comparisons[0]?.phrasings).toEqual(['tl and po, who does what']);
  });
});

describe('--all', () => {
  test('takes every phrasing but no out-of-scope question', async () => {
    const { kb, data } = setup(RECORDS);
    const { code, out } = await learn(['--all', '--json'], data, kb);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { added: { number: number }[] }).added.map((a) => a.number)).toEqual([
      1, 2, 3,
    ]);
    expect(existsSync(join(kb, OUT_OF_SCOPE_FILE))).toBe(false);
  });
});

describe('out-of-scope examples', () => {
  test('go to a new out-of-scope.yml under the topic "learned"', async () => {
    const { kb, data, read } = setup(RECORDS);
    expect((await learn(['--accept', '4'], data, kb)).code).toBe(0);
    const text = read(OUT_OF_SCOPE_FILE);
    expect(text).toMatch(/^# Questions near role-bot's domain/);
    expect(text).toContain('- topic: learned\n  examples:\n    - how much does a tech lead earn\n');
  });

  test('join an existing file, keeping its comments and topics, and its "learned" topic', async () => {
    const { kb, data, read } = setup([...RECORDS, unanswered('who won the match last night')]);
    const existing =
      '# Kept off the topic on purpose\n- topic: learned # added by role-bot learn\n  examples:\n    - what is for lunch\n\n# Pay\n- topic: salary\n  examples:\n    - what does a po earn\n';
    writeFileSync(join(kb, OUT_OF_SCOPE_FILE), existing);
    expect((await learn(['--accept', '4,5'], data, kb)).code).toBe(0);
    expect(read(OUT_OF_SCOPE_FILE)).toBe(
      existing.replace(
        '    - what is for lunch\n',
        '    - what is for lunch\n    - how much does a tech lead earn\n    - who won the match last night\n',
      ),
    );
    expect((await learn(['--list'], data, kb)).out).not.toContain('how much does a tech lead earn');
  });
});

describe('what is skipped', () => {
  test('a question longer than a phrasing may be', async () => {
    const long = `who decides ${'what we build and why '.repeat(15)}`.trim();
    const { kb, data, read } = setup([chose(long, 'faq:who-owns-backlog')]);
    const before = read('faqs/basics.yml');
    const { code, out } = await learn(['--accept', '1'], data, kb);
    expect(code).toBe(0);
    expect(out).toContain('longer than 250 characters');
    expect(read('faqs/basics.yml')).toBe(before);
  });

  test('an answer that is no longer in the knowledge', async () => {
    const { kb, data } = setup([
      chose('who writes the stories', 'faq:gone-faq'),
      chose('sm vs po', 'compare:product-owner,scrum-master'),
    ]);
    const { out } = await learn(['--accept', '1,2'], data, kb);
    expect(out).toContain('faq:gone-faq is not in the knowledge');
    expect(out).toContain('no curated comparison for product-owner,scrum-master');
  });
});

describe('when the knowledge check fails after the edit', () => {
  test('every file is put back and the problems are returned', () => {
    const { kb, read } = setup([]);
    const before = read('faqs/basics.yml');
    const records = [chose('who orders the work', 'faq:who-owns-backlog'), unanswered('who won the match')];
    const knowledge = loadKnowledge(kb);
    const offers = buildOffers(records, knowledge, new Set());
    const failing = () => ({ problems: [{ file: 'faqs/basics.yml', field: 'x', problem: 'is wrong' }] });
    const result = applyOffers(kb, knowledge, offers, failing);
    expect(result.problems).toEqual(['faqs/basics.yml: x: is wrong']);
    expect(read('faqs/basics.yml')).toBe(before);
    expect(existsSync(join(kb, OUT_OF_SCOPE_FILE))).toBe(false);
  });
});

describe('asking in a terminal', () => {
  test('asks y/n for each candidate and adds the ones answered y', async () => {
    const { kb, data } = setup(RECORDS);
    const tty = Object.assign(Readable.from(['n\n', 'y\n', 'q\n']), { isTTY: true });
    const { code, out } = await learn([], data, kb, tty);
    expect(code).toBe(0);
    expect(out).toContain('Add as a phrasing? [y/N/q]');
    expect(out).toContain('added 2. "what is a po for"');
    expect(out).not.toContain('added 1.');
    expect(out).not.toContain('4. "how much');
  });
});

describe('usage', () => {
  const { kb, data } = setup(RECORDS);

  test.each([
    [['--accept', '9']],
    [['--accept', 'one']],
    [['--list', '--all']],
    [['--bogus']],
    [['--knowledge']],
  ])('%j is bad usage (exit 2)', async (args) => {
    expect((await learn(args, data, kb)).code).toBe(2);
  });

  test('broken knowledge is refused (exit 1) before anything is written', async () => {
    const broken = brokenKb('missing-field');
    expect((await learn(['--all'], data, broken)).code).toBe(1);
  });

  test('is reachable from the main command, with --knowledge naming the folder', async () => {
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: () => undefined };
    expect(await main(['learn', '--list', '--knowledge', kb], io, Readable.from([]))).toBe(0);
    expect(await main(['learn', '--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('Usage: role-bot learn');
  });
});
