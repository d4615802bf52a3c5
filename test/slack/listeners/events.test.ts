import { type Installation, MemoryInstallationStore } from '@slack/bolt';
import { SLACK_COPY } from '../../../src/slack/copy';
import { appHomeOpenedCallback } from '../../../src/slack/listeners/events/app-home-opened';
import { appMentionCallback } from '../../../src/slack/listeners/events/app-mention';
import { directMessageCallback } from '../../../src/slack/listeners/events/direct-message';
import { escalationReplyCallback } from '../../../src/slack/listeners/events/escalation-reply';
import {
  appUninstalledCallback,
  tokensRevokedCallback,
} from '../../../src/slack/listeners/events/uninstalled';
import { PEOPLE_COPY } from '../../../src/slack/people/copy';
import { appHomeOpened, appMention, directMessage } from '../../e2e/harness/payloads';
import {
  eventArgs,
  fakeClient,
  fakeTools,
  faqQuestion,
  patIsPo,
  platformError,
  testDeps,
  textOf,
} from './fakes';

const posted = { channel: 'C1', ts: '1700.999000' };

describe('app_mention (appMentionCallback)', () => {
  it('answers in the thread of the mention, without the mention in the question, and records it', async () => {
    const t = testDeps();
    const slack = fakeClient({ 'chat.postMessage': posted });
    const event = appMention({ text: '<@UBOT> who owns the backlog?', ts: '1700.000100' });
    await appMentionCallback(t.deps)(eventArgs(event, fakeTools(), slack.client));
    const [post] = slack.callsTo('chat.postMessage');
    expect(post).toMatchObject({ channel: 'C1', thread_ts: '1700.000100' });
    expect(textOf(post?.blocks)).toContain(faqQuestion('who-owns-backlog'));
    expect(t.answered).toEqual([
      { answer: expect.objectContaining({ kind: 'faq' }), asker: { user: 'U1', surface: 'mention' } },
    ]);
  });

  it("ignores a bot's mention: no Web API call, nothing recorded", async () => {
    const t = testDeps();
    const slack = fakeClient();
    const tools = fakeTools();
    const event = { ...appMention({ text: '<@UBOT> who owns the backlog?' }), bot_id: 'B2' };
    await appMentionCallback(t.deps)(eventArgs(event, tools, slack.client));
    expect(slack.calls).toEqual([]);
    expect(t.answered).toEqual([]);
    expect(tools.logLines.join('\n')).toMatch(/ignored an app_mention from a bot/);
  });

  it('answers the same message once, however often it arrives', async () => {
    const t = testDeps();
    const slack = fakeClient({ 'chat.postMessage': posted });
    const event = appMention({ text: '<@UBOT> po vs sm', ts: '1700.000200' });
    await appMentionCallback(t.deps)(eventArgs(event, fakeTools(), slack.client));
    await appMentionCallback(t.deps)(eventArgs(event, fakeTools(), slack.client));
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it("answers a bare mention in a thread with the thread's first message", async () => {
    const t = testDeps();
    const slack = fakeClient({
      'conversations.replies': { messages: [{ ts: '1700.000300', text: 'who owns the backlog here?' }] },
      'chat.postMessage': posted,
    });
    const event = appMention({ text: '<@UBOT>', ts: '1700.000400', thread_ts: '1700.000300' });
    await appMentionCallback(t.deps)(eventArgs(event, fakeTools(), slack.client));
    expect(slack.callsTo('conversations.replies')).toEqual([{ channel: 'C1', ts: '1700.000300', limit: 1 }]);
    const [post] = slack.callsTo('chat.postMessage');
    expect(post?.thread_ts).toBe('1700.000300');
    expect(textOf(post?.blocks)).toContain(faqQuestion('who-owns-backlog'));
  });

  it('says how to ask when Slack will not show the thread', async () => {
    const t = testDeps();
    const tools = fakeTools();
    const slack = fakeClient({
      'conversations.replies': platformError('missing_scope'),
      'chat.postMessage': posted,
    });
    const event = appMention({ text: '<@UBOT>', ts: '1700.000500', thread_ts: '1700.000300' });
    await appMentionCallback(t.deps)(eventArgs(event, tools, slack.client));
    expect(slack.callsTo('chat.postMessage')).toEqual([
      { channel: 'C1', thread_ts: '1700.000300', text: SLACK_COPY.cannotReadThread },
    ]);
    expect(tools.logLines).toContain('warn conversations.replies failed in C1: missing_scope');
    expect(t.answered).toEqual([]);
  });

  it("posts a role holder's name first, then edits it into a mention, so nobody is pinged", async () => {
    const t = testDeps();
    await patIsPo(t);
    const slack = fakeClient({ 'chat.postMessage': posted, 'chat.update': {} });
    const event = appMention({ text: '<@UBOT> who is our po?' });
    await appMentionCallback(t.deps)(eventArgs(event, fakeTools(), slack.client));
    const [post] = slack.callsTo('chat.postMessage');
    const [update] = slack.callsTo('chat.update');
    expect(textOf(post)).toContain('@pat');
    expect(textOf(post)).not.toContain('<@U0PAT>');
    expect(update).toMatchObject({ channel: 'C1', ts: posted.ts });
    expect(textOf(update)).toContain('<@U0PAT>');
  });
});

describe('direct message (directMessageCallback)', () => {
  it('answers with say, in the thread it was sent in, and records it', async () => {
    const t = testDeps();
    const tools = fakeTools();
    const message = directMessage({ text: 'what does a scrum master do', thread_ts: '1700.000001' });
    await directMessageCallback(t.deps)(eventArgs(message, tools, fakeClient().client));
    expect(tools.say).toHaveBeenCalledTimes(1);
    const [reply] = tools.say.mock.calls[0] ?? [];
    expect(reply).toMatchObject({ thread_ts: '1700.000001' });
    expect(textOf(reply)).toContain('Scrum Master');
    expect(t.answered).toEqual([
      { answer: expect.objectContaining({ kind: 'role' }), asker: { user: 'U1', surface: 'dm' } },
    ]);
  });

  it.each([
    ['a bot', { bot_id: 'B2' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a message in a channel', { channel: 'C1', channel_type: 'channel' }],
  ])('ignores %s', async (_, o) => {
    const t = testDeps();
    const tools = fakeTools();
    await directMessageCallback(t.deps)(
      eventArgs(directMessage({ text: 'po vs tl', ...o }), tools, fakeClient().client),
    );
    expect(tools.say).not.toHaveBeenCalled();
    expect(t.answered).toEqual([]);
  });
});

describe('escalation reply (escalationReplyCallback)', () => {
  const escalation = {
    team: 'T1',
    channel: 'CESC',
    ts: '1700.000010',
    question: 'how do we split the budget?',
    asker: 'U1',
    replyChannel: 'C1',
    replyThread: '1700.000005',
    at: '2026-11-22T10:00:00Z',
  };
  const reply = (o: { ts: string; thread_ts?: string; bot_id?: string }) => ({
    type: 'message' as const,
    channel: 'CESC',
    channel_type: 'channel',
    user: 'U3',
    text: 'Ask finance, they own it.',
    ...o,
  });

  it('relays the first reply to where the question was asked, and says so in the thread, once', async () => {
    const t = testDeps();
    await t.people.escalations.add(escalation);
    const slack = fakeClient({
      'chat.getPermalink': { permalink: 'https://slack.test/p1' },
      'chat.postMessage': posted,
    });
    const first = reply({ ts: '1700.000011', thread_ts: escalation.ts });
    await escalationReplyCallback(t.deps)(eventArgs(first, fakeTools(), slack.client));
    const second = reply({ ts: '1700.000012', thread_ts: escalation.ts });
    await escalationReplyCallback(t.deps)(eventArgs(second, fakeTools(), slack.client));
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({ channel: 'C1', thread_ts: '1700.000005' });
    expect(posts[0]?.text).toContain('Ask finance, they own it.');
    expect(posts[0]?.text).toContain('https://slack.test/p1');
    expect(posts[1]).toEqual({
      channel: 'CESC',
      thread_ts: escalation.ts,
      text: PEOPLE_COPY.relayedNote('U1'),
    });
  });

  it.each([
    ['a message that is not a reply', { ts: '1700.000013' }],
    ['a reply from a bot', { ts: '1700.000014', thread_ts: '1700.000010', bot_id: 'B2' }],
    ['a reply in a thread that is no escalation', { ts: '1700.000015', thread_ts: '1700.000009' }],
  ])('relays nothing for %s', async (_, o) => {
    const t = testDeps();
    await t.people.escalations.add(escalation);
    const slack = fakeClient();
    await escalationReplyCallback(t.deps)(eventArgs(reply(o), fakeTools(), slack.client));
    expect(slack.calls).toEqual([]);
  });
});

describe('app_home_opened (appHomeOpenedCallback)', () => {
  it('publishes the Home view for the person who opened it', async () => {
    const slack = fakeClient({ 'users.info': { user: { id: 'U0PAT' } }, 'views.publish': {} });
    await appHomeOpenedCallback(testDeps().deps)(
      eventArgs(appHomeOpened({ user: 'U0PAT' }), fakeTools(), slack.client),
    );
    const [publish] = slack.callsTo('views.publish');
    expect(publish).toMatchObject({ user_id: 'U0PAT', view: { type: 'home' } });
    expect(textOf(publish?.view)).toContain('Product Owner');
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    const slack = fakeClient();
    await appHomeOpenedCallback(testDeps().deps)(
      eventArgs(appHomeOpened({ tab: 'messages' }), fakeTools(), slack.client),
    );
    expect(slack.calls).toEqual([]);
  });
});

describe('uninstalled and revoked tokens', () => {
  const installation = {
    team: { id: 'T1' },
    enterprise: undefined,
    user: { id: 'U1', token: undefined, scopes: undefined },
    bot: { id: 'B1', userId: 'UBOT', token: 'xoxb-t1', scopes: ['commands'] },
    isEnterpriseInstall: false,
  } as unknown as Installation;
  const t1 = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false };

  it('app_uninstalled forgets the installation', async () => {
    const store = new MemoryInstallationStore();
    await store.storeInstallation(installation);
    await expect(store.fetchInstallation(t1)).resolves.toMatchObject({ team: { id: 'T1' } });
    const tools = fakeTools();
    await appUninstalledCallback(testDeps({ installations: store }).deps)(
      eventArgs({ type: 'app_uninstalled' }, tools, fakeClient().client),
    );
    await expect(store.fetchInstallation(t1)).resolves.toBeUndefined();
    expect(tools.logLines).toContain('info role-bot was uninstalled from /T1');
  });

  it('app_uninstalled with tokens from .env (no store) only logs', async () => {
    const tools = fakeTools();
    await appUninstalledCallback(testDeps().deps)(
      eventArgs({ type: 'app_uninstalled' }, tools, fakeClient().client),
    );
    expect(tools.logLines).toContain('info role-bot was uninstalled from /T1');
  });

  it("tokens_revoked deletes the workspace's installation for a bot token, a person's for theirs", async () => {
    const deleteInstallation = jest.fn(async () => undefined);
    const callback = tokensRevokedCallback(testDeps({ installations: { deleteInstallation } }).deps);
    const revoked = (tokens: { bot?: string[]; oauth?: string[] }) =>
      eventArgs<'tokens_revoked'>({ type: 'tokens_revoked', tokens }, fakeTools(), fakeClient().client);
    await callback(revoked({ oauth: ['U4'] }));
    expect(deleteInstallation.mock.calls).toEqual([[{ ...t1, userId: 'U4' }]]);
    deleteInstallation.mockClear();
    await callback(revoked({ bot: ['UBOT'] }));
    expect(deleteInstallation.mock.calls).toEqual([[t1]]);
  });
});
