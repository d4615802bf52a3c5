import { SLACK_COPY } from '../../../src/slack/copy';
import { askAboutMessageCallback } from '../../../src/slack/listeners/shortcuts/ask-about-message';
import { saveAsAnswerCallback } from '../../../src/slack/listeners/shortcuts/save-as-answer';
import { PEOPLE_COPY } from '../../../src/slack/people/copy';
import { type MessageShortcutOptions, messageShortcut } from '../../e2e/harness/payloads';
import { fakeClient, fakeTools, platformError, type Reply, shortcutArgs, testDeps, textOf } from './fakes';

const responses = (tools: ReturnType<typeof fakeTools>) =>
  tools.respond.mock.calls.map(([m]) => m as Record<string, unknown>);

describe('"Ask role-bot about this" (askAboutMessageCallback)', () => {
  const run = async (o: MessageShortcutOptions, methods: Record<string, Reply> = {}) => {
    const t = testDeps();
    const tools = fakeTools();
    const slack = fakeClient(methods);
    await askAboutMessageCallback(t.deps)(shortcutArgs(messageShortcut(o), tools, slack.client));
    return { ...t, tools, slack };
  };

  it('answers the chosen message in its thread, and records it', async () => {
    const { tools, slack, answered } = await run(
      {
        message: {
          text: 'should the PO also be the scrum master?',
          ts: '1700.001000',
          thread_ts: '1700.000001',
        },
      },
      { 'chat.postMessage': { channel: 'C1', ts: '1700.001001' } },
    );
    expect(tools.ack).toHaveBeenCalledTimes(1);
    const [post] = slack.callsTo('chat.postMessage');
    expect(post).toMatchObject({ channel: 'C1', thread_ts: '1700.000001' });
    expect(textOf(post?.blocks)).toContain('Product Owner');
    expect(textOf(post?.blocks)).toContain('Scrum Master');
    expect(answered).toEqual([
      { answer: expect.objectContaining({ kind: 'faq' }), asker: { user: 'U1', surface: 'shortcut' } },
    ]);
    expect(tools.respond).not.toHaveBeenCalled();
  });

  it('answers a message that starts no thread in a new thread under it', async () => {
    const { slack } = await run(
      { message: { text: 'tl vs em', ts: '1700.002000' } },
      { 'chat.postMessage': { channel: 'C1', ts: '1700.002001' } },
    );
    expect(slack.callsTo('chat.postMessage')[0]).toMatchObject({ thread_ts: '1700.002000' });
  });

  it("answers a bot's message with a private word, not an answer", async () => {
    const shortcut = messageShortcut({ message: { text: 'po vs tl' } });
    const t = testDeps();
    const tools = fakeTools();
    const slack = fakeClient();
    const fromBot = { ...shortcut, message: { ...shortcut.message, bot_id: 'B2' } };
    await askAboutMessageCallback(t.deps)(shortcutArgs(fromBot, tools, slack.client));
    expect(responses(tools)).toEqual([{ response_type: 'ephemeral', text: SLACK_COPY.notFromAPerson }]);
    expect(slack.calls).toEqual([]);
    expect(t.answered).toEqual([]);
  });

  it('answers privately, saying how to invite the bot, where it is not a member', async () => {
    const { tools } = await run(
      { message: { text: 'tl vs em' } },
      { 'chat.postMessage': platformError('not_in_channel') },
    );
    const [reply] = responses(tools);
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(reply?.blocks)).toContain(SLACK_COPY.notAMember);
    expect(textOf(reply?.blocks)).toContain('Tech Lead vs Engineering Manager');
  });

  it('lets any other failure through to the error handler', async () => {
    await expect(
      run({ message: { text: 'tl vs em' } }, { 'chat.postMessage': platformError('ratelimited') }),
    ).rejects.toMatchObject({ data: { error: 'ratelimited' } });
  });
});

describe('"Save as answer" (saveAsAnswerCallback)', () => {
  const reply = { text: 'The PO decides the order; the team says how much fits.', user: 'U3' };
  /** Runs the shortcut on `message` (its fields, plus any a payload builder has no option for, like `bot_id`). */
  const run = async (
    message: MessageShortcutOptions['message'] & { bot_id?: string },
    methods: Record<string, Reply> = {},
    t = testDeps(),
  ) => {
    const tools = fakeTools();
    const slack = fakeClient(methods);
    const shortcut = messageShortcut({ callback_id: 'save_as_answer', message });
    const withExtras = { ...shortcut, message: { ...shortcut.message, ...message } };
    await saveAsAnswerCallback(t.deps)(shortcutArgs(withExtras, tools, slack.client));
    return { ...t, tools, slack };
  };

  it("saves a reply as a draft answer to the thread's first message", async () => {
    const { tools, slack, records } = await run(
      { ...reply, ts: '1700.003001', thread_ts: '1700.003000' },
      {
        'conversations.replies': { messages: [{ ts: '1700.003000', text: '<@UBOT> who owns the backlog?' }] },
      },
    );
    expect(slack.callsTo('conversations.replies')).toEqual([{ channel: 'C1', ts: '1700.003000', limit: 1 }]);
    expect(await records()).toEqual([
      expect.objectContaining({
        type: 'draft',
        user: 'U1',
        question: 'who owns the backlog?',
        answer: reply.text,
        author: 'U3',
        roles: expect.arrayContaining(['product-owner']),
      }),
    ]);
    expect(responses(tools)).toEqual([{ response_type: 'ephemeral', text: PEOPLE_COPY.draftSaved }]);
  });

  it('takes the escalated question as the question in an escalation thread', async () => {
    const t = testDeps();
    await t.people.escalations.add({
      team: 'T1',
      channel: 'C1',
      ts: '1700.004000',
      question: 'how do we split the budget?',
      asker: 'U2',
      at: '2026-11-22T10:00:00Z',
    });
    const { slack, records } = await run({ ...reply, ts: '1700.004001', thread_ts: '1700.004000' }, {}, t);
    expect(slack.calls).toEqual([]);
    expect(await records()).toEqual([expect.objectContaining({ question: 'how do we split the budget?' })]);
  });

  it.each([
    ['a message that is not a reply', { ...reply, ts: '1700.005000' }, PEOPLE_COPY.draftNotReply],
    [
      'a reply from a bot',
      { ...reply, ts: '1700.005001', thread_ts: '1700.005000', bot_id: 'B2' },
      PEOPLE_COPY.draftFromBot,
    ],
  ])('saves nothing for %s, and says why', async (_, message, why) => {
    const { tools, records, slack } = await run(message);
    expect(responses(tools)).toEqual([{ response_type: 'ephemeral', text: why }]);
    expect(slack.calls).toEqual([]);
    expect(await records()).toEqual([]);
  });

  it("saves nothing when the thread's question cannot be read, and says so", async () => {
    const { tools, records } = await run(
      { ...reply, ts: '1700.006001', thread_ts: '1700.006000' },
      { 'conversations.replies': platformError('missing_scope') },
    );
    expect(responses(tools)).toEqual([{ response_type: 'ephemeral', text: PEOPLE_COPY.draftNoQuestion }]);
    expect(tools.logLines).toContain("warn could not read the thread's question: missing_scope");
    expect(await records()).toEqual([]);
  });
});
