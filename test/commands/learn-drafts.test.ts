// role-bot learn --drafts: draft answers saved in Slack become FAQs only after an author accepts them.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { derivedAlternates, draftId, plainAnswer } from '../../src/commands/draft-faq';
import { runLearn } from '../../src/commands/learn';
import { LEARNED_FAQ_FILE } from '../../src/commands/learn-drafts';
import { runReport } from '../../src/commands/report';
import { createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { createJsonlStore } from '../../src/store/jsonl-store';
import type { DraftRecord } from '../../src/store/types';

const BASE = join(__dirname, '..', 'fixtures', 'kb-base');
const root = mkdtempSync(join(tmpdir(), 'role-bot-drafts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const draft = (question: string, answer: string): DraftRecord => ({
  type: 'draft',
  at: '2026-11-03T10:00:00.000Z',
  user: 'U9',
  question,
  answer,
  roles: ['product-owner'],
  author: 'U2',
});

let n = 0;
async function setUp(drafts: DraftRecord[]) {
  n += 1;
  const kb = join(root, `kb-${n}`);
  const data = join(root, `data-${n}`);
  cpSync(BASE, kb, { recursive: true });
  const store = createJsonlStore(data);
  for (const d of drafts) await store.append(d);
  return { kb, data };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const NEVER = process.stdin;
const QUESTION = 'Who signs off the quarterly release notes?';
const ANSWER =
  'The <@U7|carol> team lead: the Product Owner signs off the release notes &amp; the changelog.';

describe('listing drafts', () => {
  it('numbers the drafts and shows them in the report', async () => {
    const { kb, data } = await setUp([draft(QUESTION, ANSWER)]);
    const run = capture();
    expect(await runLearn(['--drafts'], data, kb, run.io, NEVER)).toBe(0);
    expect(run.out.join('\n')).toContain(`1. "${QUESTION}"`);
    const report = capture();
    expect(await runReport([], data, kb, report.io)).toBe(0);
    expect(report.out.join('\n')).toMatch(/Draft answers saved in Slack: 1/);
  });
});

describe('accepting a draft', () => {
  it('writes a FAQ with review month, owner and four alternates that the check accepts and the engine answers', async () => {
    const { kb, data } = await setUp([draft(QUESTION, ANSWER)]);
    const run = capture();
    const now = new Date('2026-12-05T00:00:00Z');
    expect(
      await runLearn(['--drafts', '--accept', '1', '--owner', '@pat'], data, kb, run.io, NEVER, now),
    ).toBe(0);
    const faq = loadKnowledge(kb).faqs.find((f) => f.question === QUESTION);
    expect(faq).toMatchObject({ reviewed: '2026-12', owner: '@pat', roles: ['product-owner'] });
    expect(faq?.alternates.length).toBeGreaterThanOrEqual(4);
    expect(faq?.answer).toContain('@carol');
    expect(faq?.answer).not.toContain('<@');
    const engine = createAnswerEngine(loadKnowledge(kb));
    const answer = engine.answer(QUESTION);
    expect(answer.kind === 'faq' && answer.faq.id).toBe(faq?.id);
  });

  it('is not offered again once it is in the knowledge', async () => {
    const { kb, data } = await setUp([draft(QUESTION, ANSWER)]);
    await runLearn(['--drafts', '--accept', '1'], data, kb, capture().io, NEVER);
    const run = capture();
    await runLearn(['--drafts'], data, kb, run.io, NEVER);
    expect(run.out.join('\n')).toMatch(/No draft answers/);
  });

  it('puts the file back when the check fails (an answer over the limit)', async () => {
    const { kb, data } = await setUp([draft(QUESTION, 'x'.repeat(3000))]);
    const run = capture();
    expect(await runLearn(['--drafts', '--accept', '1'], data, kb, run.io, NEVER)).toBe(1);
    expect(existsSync(join(kb, LEARNED_FAQ_FILE))).toBe(false);
    expect(run.err.join('\n')).toMatch(/back as it was/);
  });

  it('refuses a number it did not list', async () => {
    const { kb, data } = await setUp([]);
    const run = capture();
    expect(await runLearn(['--drafts', '--accept', '3'], data, kb, run.io, NEVER)).toBe(2);
    expect(readFileSync(join(kb, 'faqs', 'basics.yml'), 'utf8')).toBeTruthy();
  });
});

describe('defaults for a draft', () => {
  it('makes a unique id from the question', () => {
    expect(draftId('Who signs off the notes?', new Set(['who-signs-off-the-notes']))).toBe(
      'who-signs-off-the-notes-2',
    );
  });

  it('derives distinct alternates that differ from the question', () => {
    const alts = derivedAlternates('Who signs off the notes?');
    expect(alts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(alts).size).toBe(alts.length);
  });

  it('turns mentions into plain names so a FAQ never pings anyone', () => {
    expect(plainAnswer('ask <@U1|ann> or <!subteam^S1|@leads> <!here>')).toBe('ask @ann or @leads');
  });
});
