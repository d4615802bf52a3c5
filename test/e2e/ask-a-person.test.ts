// "Ask a person" end to end: the button under "I don't know", the escalation post (permalink, holders),
// the first reply relayed to the asker, "Save as answer" as a draft, and role-bot learn turning it into a FAQ.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLearn } from '../../src/commands/learn';
import { runReport } from '../../src/commands/report';
import { createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { ACTION_IDS } from '../../src/render/blocks';
import { storeFeedback } from '../../src/slack/feedback/store-feedback';
import { createJsonlStore } from '../../src/store/jsonl-store';
import { SECRET, withHttpAppForFile } from './app-setup';
import {
  appMention,
  blockAction,
  eventEnvelope,
  messageShortcut,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
} from './harness';

const root = mkdtempSync(join(tmpdir(), 'role-bot-ask-'));
const data = join(root, 'data');
const store = createJsonlStore(data);
const ctx = withHttpAppForFile({
  config: { dataDir: data, escalationChannel: 'CESC' },
  feedback: (log) => storeFeedback(store, log),
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  ctx.fake.reset();
  ctx.fake.setUser({ id: 'UALICE', profile: { display_name: 'alice' } });
});

const QUESTION = 'what does our po think about pizza on fridays';
/** The value of the "Ask a person" button in a rendered message, if it has one. */
const askPersonValue = (blocks: unknown) =>
  /"action_id":"ask_person","text":[^}]*\},"value":"((?:[^"\\]|\\.)*)"/.exec(JSON.stringify(blocks))?.[1];

let clicks = 0;
/** A click on "Ask a person" by U1, under a message in C1 (a thread reply by default) or a private answer. */
async function clickAskPerson(value: string, where: { ephemeral?: boolean } = {}) {
  const id = `click-${++clicks}`;
  const container = where.ephemeral
    ? { type: 'message' as const, is_ephemeral: true }
    : { type: 'message' as const, message_ts: '1690000000.900002', thread_ts: '1690000000.900001' };
  await sendInteraction(
    ctx.bot.url,
    SECRET,
    blockAction({
      action_id: ACTION_IDS.askPerson,
      value,
      container,
      response_url: ctx.fake.responseUrl(id),
    }),
  );
  return ctx.fake.waitFor('response_url', (c) => c.responseId === id);
}
/** Makes the next escalation post get `ts`, so a test can reply in its thread. */
const postAs = (ts: string) =>
  ctx.fake.once('chat.postMessage', (c) =>
    c.args.channel === 'CESC' ? { ok: true, channel: 'CESC', ts } : undefined,
  );
const escalationPost = () =>
  ctx.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'CESC' && !c.args.thread_ts);

describe('the Ask a person button', () => {
  it('sits under "I don\'t know" and carries the question itself', async () => {
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(appMention({ text: `<@UBOT> ${QUESTION}` })));
    const answer = await ctx.fake.waitFor('chat.postMessage');
    expect(askPersonValue(answer.args.blocks)).toBe(QUESTION);
  });

  it('is not under a sure answer', async () => {
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po vs tl' }));
    expect(askPersonValue(JSON.parse(res.text).blocks)).toBeUndefined();
  });
});

describe('a click posts the question to the escalation channel', () => {
  it('with the asker, a permalink to the thread, and the holders of the roles it names', async () => {
    await sendCommand(
      ctx.bot.url,
      SECRET,
      slashCommand({
        text: 'set po <@UALICE>',
        channel_id: 'CESC',
        response_url: ctx.fake.responseUrl('set'),
      }),
    );
    await ctx.fake.waitFor('response_url', (c) => c.responseId === 'set');
    const told = await clickAskPerson(QUESTION);
    const post = await escalationPost();
    expect(ctx.fake.callsTo('chat.getPermalink')[0]?.args).toMatchObject({
      channel: 'C1',
      message_ts: '1690000000.900001',
    });
    expect(post.args.text).toContain(
      '<@U1> asked in <#C1> (<https://test.slack.com/archives/C1/p1690000000900001|see the conversation>)',
    );
    expect(post.args.text).toContain(`>${QUESTION}`);
    expect(post.args.text).toContain('cc <@UALICE>');
    expect(told.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(told.args.text).toContain("I've passed your question to <#CESC>");
  });

  it("sends the first reply back into the asker's thread with a link, and only the first", async () => {
    const escalationTs = '1700009999.000001';
    postAs(escalationTs);
    await clickAskPerson('who signs off the quarterly release notes?');
    await escalationPost();
    const reply = (text: string, user: string) =>
      eventEnvelope({
        type: 'message',
        channel: 'CESC',
        channel_type: 'channel',
        user,
        text,
        ts: `1690000001.00000${user.length}`,
        thread_ts: escalationTs,
      });
    await sendEvent(ctx.bot.url, SECRET, reply('The <@UALICE|alice> PO signs them off.', 'UBOB'));
    const relayed = await ctx.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C1');
    expect(relayed.args.thread_ts).toBe('1690000000.900001');
    expect(relayed.args.text).toContain(
      '<@UBOB> answered your question “who signs off the quarterly release notes?”',
    );
    expect(relayed.args.text).toContain('The @alice PO signs them off.');
    expect(relayed.args.text).toContain('|See the discussion>');
    const note = await ctx.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'CESC' && c.args.thread_ts === escalationTs,
    );
    expect(note.args.text).toContain('I sent this reply to <@U1>');
    await sendEvent(ctx.bot.url, SECRET, reply('Or ask the finance team.', 'UCAROL'));
    await new Promise((r) => setTimeout(r, 200));
    expect(ctx.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(1);
  });

  it('answers a private /role question by DM', async () => {
    const escalationTs = '1700009999.000002';
    postAs(escalationTs);
    await clickAskPerson('who books the team offsite?', { ephemeral: true });
    const post = await escalationPost();
    expect(post.args.text).toContain('asked with /role in <#C1>');
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope({
        type: 'message',
        channel: 'CESC',
        channel_type: 'channel',
        user: 'UBOB',
        text: 'The EM does.',
        ts: '1690000002.000001',
        thread_ts: escalationTs,
      }),
    );
    const dm = await ctx.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U1');
    expect(dm.args.text).toContain('The EM does.');
    await ctx.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === escalationTs);
  });

  it.each([
    ['is_archived', /<#CESC> is archived: an admin can pick another channel/],
    ['not_in_channel', /I can't post in <#CESC>: ask someone there to invite me/],
  ])('tells the asker when Slack refuses the post (%s)', async (error, text) => {
    ctx.fake.once('chat.postMessage', () => ({ ok: false, error }));
    const told = await clickAskPerson(QUESTION);
    expect(told.args.text).toMatch(text);
  });
});

describe('Save as answer', () => {
  const kb = join(root, 'knowledge');
  cpSync(join(__dirname, '..', '..', 'knowledge'), kb, { recursive: true });

  it('keeps a reply in an escalation thread as a draft, which learn turns into a FAQ', async () => {
    const escalationTs = '1700009999.000003';
    postAs(escalationTs);
    await clickAskPerson('who signs off the quarterly release notes?');
    await escalationPost();
    const shortcut = messageShortcut({
      callback_id: 'save_as_answer',
      channel: { id: 'CESC' },
      user: 'UCAROL',
      response_url: ctx.fake.responseUrl('save'),
      message: {
        text: 'The Product Owner signs off the release notes.',
        ts: '1690000003.000001',
        thread_ts: escalationTs,
        user: 'UBOB',
      },
    });
    await sendInteraction(ctx.bot.url, SECRET, shortcut);
    expect((await ctx.fake.waitFor('response_url', (c) => c.responseId === 'save')).args.text).toMatch(
      /Saved as a draft answer/,
    );
    const drafts = (await createJsonlStore(data).read()).filter((r) => r.type === 'draft');
    expect(drafts).toContainEqual(
      expect.objectContaining({
        question: 'who signs off the quarterly release notes?',
        author: 'UBOB',
        user: 'UCAROL',
        roles: ['product-owner'],
      }),
    );
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    await runReport([], data, kb, io);
    expect(out.join('\n')).toContain(
      '"who signs off the quarterly release notes?" [product-owner], answered by UBOB',
    );
    expect(await runLearn(['--drafts', '--accept', '1'], data, kb, io, process.stdin)).toBe(0);
    const learned = createAnswerEngine(loadKnowledge(kb)).answer(
      'who signs off the quarterly release notes?',
    );
    expect(learned.kind === 'faq' && learned.faq.answer).toBe(
      'The Product Owner signs off the release notes.',
    );
  });

  it.each([
    [
      'a message that is not a reply',
      { text: 'hello', ts: '1690000004.000001', user: 'UBOB' },
      /on a reply in a thread/,
    ],
    [
      "a bot's message",
      { text: 'beep', ts: '1690000004.000003', thread_ts: '1690000004.000002', user: 'UBOT' },
      /not a message from a bot/,
    ],
  ])('refuses %s', async (_what, message, text) => {
    const payload = messageShortcut({
      callback_id: 'save_as_answer',
      message,
      response_url: ctx.fake.responseUrl('refuse'),
    });
    const withBot =
      message.user === 'UBOT' ? { ...payload, message: { ...payload.message, bot_id: 'BBOT' } } : payload;
    await sendInteraction(ctx.bot.url, SECRET, withBot);
    expect((await ctx.fake.waitFor('response_url', (c) => c.responseId === 'refuse')).args.text).toMatch(
      text,
    );
  });
});
