// The learning loop end to end: an unsure answer in Slack → a click on an alternative → the JSON Lines
// store → role-bot report → role-bot learn on a copy of the knowledge → the same question now answered.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLearn } from '../../src/commands/learn';
import { runReport } from '../../src/commands/report';
import { type Answer, type AnswerEngine, createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { ACTION_IDS, parseAskValue } from '../../src/render/blocks';
import { storeFeedback } from '../../src/slack/feedback/store-feedback';
import { createJsonlStore } from '../../src/store/jsonl-store';
import type { CandidateRecord } from '../../src/store/types';
import { SECRET, withHttpAppForFile } from './app-setup';
import { blockAction, eventually, sendCommand, sendInteraction, slashCommand } from './harness';

/** Questions the shipped knowledge answers with "none" or unsurely, offering an FAQ; the first that still does is used. */
const UNSURE_QUESTIONS = [
  'who decides which ticket goes first in the queue',
  'who chooses the database',
  'who talks to customers',
];
/** The confidence under which answers are shown as unsure (src/render/blocks). */
const UNSURE_BELOW = 0.8;

const root = mkdtempSync(join(tmpdir(), 'role-bot-loop-'));
const kb = join(root, 'knowledge');
const data = join(root, 'data');
cpSync(join(__dirname, '..', '..', 'knowledge'), kb, { recursive: true });

let engine: AnswerEngine = createAnswerEngine(loadKnowledge(kb));
const store = createJsonlStore(data);
const ctx = withHttpAppForFile({
  config: { dataDir: data, knowledgeDir: kb },
  engine: () => engine,
  feedback: (log) => storeFeedback(store, log),
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isUnsure = (a: Answer) => a.kind === 'none' || a.confidence < UNSURE_BELOW;
const firstFaq = (a: Answer) => a.alternatives.find((s) => s.kind === 'faq');
const capture = () => {
  const out: string[] = [];
  return {
    io: { out: (l: string) => out.push(l), err: (l: string) => out.push(l) },
    text: () => out.join('\n'),
  };
};

describe('a click on an alternative after an unsure answer', () => {
  const question = UNSURE_QUESTIONS.find((q) => isUnsure(engine.answer(q)) && firstFaq(engine.answer(q)));
  const chosen = question ? firstFaq(engine.answer(question)) : undefined;

  test('precondition: the engine is unsure of the question and offers an FAQ', () => {
    expect(question).toBeDefined();
    expect(chosen?.kind).toBe('faq');
  });

  test('is recorded, reported, learned, and then the question is answered', async () => {
    if (!question || chosen?.kind !== 'faq') throw new Error('no unsure question to learn from');
    // 1. /role answers privately, with the alternatives as buttons.
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: question, user_id: 'U42' }));
    const blocks = JSON.stringify((JSON.parse(res.text) as { blocks: unknown[] }).blocks);
    const values = [
      ...blocks.matchAll(/"action_id":"ask_suggestion(?::\d+)?","text":[^}]*\},"value":"((?:[^"\\]|\\.)*)"/g),
    ];
    const buttonValue = values
      .map((m) => JSON.parse(`"${m[1]}"`) as string)
      .find((v) => {
        const req = parseAskValue(v);
        return req?.kind === 'faq' && req.id === chosen.id;
      });
    expect(buttonValue).toBeDefined();

    // 2. The person clicks it; the click arrives without the (ephemeral) message.
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: ACTION_IDS.askSuggestion,
        value: buttonValue,
        user: 'U42',
        container: { type: 'message', is_ephemeral: true },
        response_url: ctx.fake.responseUrl('loop'),
      }),
    );
    await ctx.fake.waitFor('response_url');

    // 3. The JSON Lines store holds the candidate (recorded just after the answer went out).
    const records = await eventually(async () => {
      const read = await createJsonlStore(data).read();
      return read.some((r) => r.type === 'candidate') && read;
    });
    expect(records).toContainEqual(
      expect.objectContaining<Partial<CandidateRecord>>({
        type: 'candidate',
        user: 'U42',
        surface: 'button',
        query: question,
        chosen: `faq:${chosen.id}`,
      }),
    );

    // 4. role-bot report shows it under the chosen answer.
    const report = capture();
    expect(await runReport(['--json'], data, kb, report.io)).toBe(0);
    expect(JSON.parse(report.text()).candidates).toContainEqual(
      expect.objectContaining({ answer: `faq:${chosen.id}`, questions: [question] }),
    );

    // 5. role-bot learn accepts it into the copy of the knowledge, changing one line.
    const list = capture();
    await runLearn(['--list', '--json'], data, kb, list.io, process.stdin);
    const offer = (JSON.parse(list.text()).candidates as { number: number; query: string }[]).find(
      (c) => c.query === question,
    );
    const file = join(kb, 'faqs', faqFile(chosen.id));
    const before = readFileSync(file, 'utf8');
    const learned = capture();
    expect(await runLearn(['--accept', String(offer?.number)], data, kb, learned.io, process.stdin)).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.split('\n').filter((l) => !before.split('\n').includes(l))).toEqual([
      expect.stringContaining(question),
    ]);

    // 6. An engine built from the edited knowledge answers the same question with the chosen FAQ.
    engine = createAnswerEngine(loadKnowledge(kb));
    const now = engine.answer(question);
    expect(now.kind === 'faq' && now.faq.id).toBe(chosen.id);
    expect(isUnsure(now)).toBe(false);
  });
});

describe('a hostile button value', () => {
  const HUGE = 'x'.repeat(100_000);
  const clicks = [
    [ACTION_IDS.feedbackNotHelpful, `faq:po-estimates|faq|0.9|${HUGE}`],
    [ACTION_IDS.askSuggestion, `faq:who-owns-backlog|none|0|${HUGE}`],
    [ACTION_IDS.feedbackHelpful, `faq:${HUGE}`],
    [ACTION_IDS.feedbackNotHelpful, 'faq:no-such-faq|none|0|who is this'],
  ] as const;

  test('does not land whole in the store, and an unknown id not at all', async () => {
    const file = () => readFileSync(join(data, monthFile()), 'utf8');
    const before = file();
    for (const [i, [action, value]] of clicks.entries()) {
      const id = `hostile-${i}`;
      await sendInteraction(
        ctx.bot.url,
        SECRET,
        blockAction({ action_id: action, value, response_url: ctx.fake.responseUrl(id) }),
      );
      await ctx.fake.waitFor('response_url', (c) => c.responseId === id);
    }
    // Each record is written just after its reply: wait for the two that are kept.
    const added = await eventually(
      () => file().slice(before.length).trim().split('\n').length === 2 && file().slice(before.length),
    );
    expect(added).not.toContain(HUGE.slice(0, 1001));
    expect(added).not.toContain('no-such-faq');
    const lines = added
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.type, (l.query ?? '').length])).toEqual([
      ['vote', 1000],
      ['candidate', 1000],
    ]);
  });
});

/** The FAQ file under the copy of the knowledge that holds `id`. */
function faqFile(id: string): string {
  const name = readdirSync(join(kb, 'faqs')).find((f) =>
    readFileSync(join(kb, 'faqs', f), 'utf8').includes(`id: ${id}\n`),
  );
  if (!name) throw new Error(`no file holds ${id}`);
  return name;
}

function monthFile(): string {
  return `feedback-${new Date().toISOString().slice(0, 7)}.jsonl`;
}
