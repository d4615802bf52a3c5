import { readKnowledge } from '../../src/knowledge/load';
import { SHORT_REPLIES } from '../../src/render/blocks';
import { SECRET, withHttpApp } from './app-setup';
import {
  appHomeOpened,
  appMention,
  blockAction,
  directMessage,
  eventEnvelope,
  eventually,
  messageShortcut,
  nowSeconds,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
} from './harness';

const ctx = withHttpApp();

const json = (text: string) =>
  JSON.parse(text) as { response_type?: string; text: string; blocks: unknown[] };
const textOf = (value: unknown) => JSON.stringify(value);

describe('/role', () => {
  it('answers a comparison at once, privately, with a share button', async () => {
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'compare po techlead' }));
    expect(res.status).toBe(200);
    const body = json(res.text);
    expect(body.response_type).toBe('ephemeral');
    expect(textOf(body.blocks)).toContain('Product Owner vs Tech Lead');
    expect(textOf(body.blocks)).toContain('"action_id":"share_answer"');
    expect(body.text).toMatch(/Product Owner vs Tech Lead/);
  });

  it('answers an empty command with help and example buttons', async () => {
    const body = json((await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: '' }))).text);
    expect(textOf(body.blocks)).toContain('ask_suggestion');
    expect(textOf(body.blocks)).not.toContain('share_answer');
  });

  it('pings nobody when the text holds <!channel>', async () => {
    const body = (
      await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: '<!channel> who owns the backlog?' }))
    ).text;
    expect(body).not.toContain('<!channel>');
  });

  it('rejects a request with a bad signature and one with a stale timestamp', async () => {
    expect(
      (await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po' }), { badSignature: true })).status,
    ).toBe(401);
    const stale = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po' }), {
      timestamp: nowSeconds() - 600,
    });
    expect(stale.status).toBe(401);
  });
});

describe('mentions', () => {
  it('answers in the thread of the mention, without the mention in the question', async () => {
    const mention = appMention({ text: '<@UBOT> can one person be PO and tech lead?', ts: '1700.000100' });
    expect((await sendEvent(ctx.bot.url, SECRET, eventEnvelope(mention))).status).toBe(200);
    const call = await ctx.fake.waitFor('chat.postMessage');
    expect(call.args).toMatchObject({ channel: 'C1', thread_ts: '1700.000100' });
    expect(call.args).not.toHaveProperty('user'); // the asker is not a chat.postMessage argument
    expect(textOf(call.args.blocks)).toContain('Can one person be both the Product Owner and the Tech Lead?');
  });

  it('answers a mention inside a thread in that thread', async () => {
    const mention = appMention({ text: '<@UBOT> tl or em?', ts: '1700.000300', thread_ts: '1700.000200' });
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(mention));
    expect((await ctx.fake.waitFor('chat.postMessage')).args).toMatchObject({ thread_ts: '1700.000200' });
  });

  it("answers a bare mention in a thread with the thread's first message", async () => {
    ctx.fake.setThread('C1', '1700.000200', [{ ts: '1700.000200', text: 'who owns the backlog here?' }]);
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(appMention({ text: '<@UBOT>', ts: '1700.000400', thread_ts: '1700.000200' })),
    );
    const call = await ctx.fake.waitFor('chat.postMessage');
    expect(ctx.fake.callsTo('conversations.replies')[0]?.args).toMatchObject({
      channel: 'C1',
      ts: '1700.000200',
    });
    expect(textOf(call.args.blocks)).toContain('Who owns and prioritizes the product backlog?');
    expect(call.args.thread_ts).toBe('1700.000200');
  });

  it('says how to ask when Slack will not show the thread', async () => {
    ctx.fake.on('conversations.replies', () => ({ ok: false, error: 'missing_scope' }));
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(appMention({ text: '<@UBOT>', ts: '1700.000500', thread_ts: '1700.000200' })),
    );
    const call = await ctx.fake.waitFor('chat.postMessage');
    expect(call.args.text).toMatch(/Mention me with the question itself/);
    expect(call.args.thread_ts).toBe('1700.000200');
  });

  it('answers an event Slack delivers twice only once', async () => {
    const envelope = eventEnvelope(appMention({ text: '<@UBOT> po vs sm' }));
    await sendEvent(ctx.bot.url, SECRET, envelope);
    await sendEvent(ctx.bot.url, SECRET, envelope, { retryNum: 1 });
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(appMention({ text: '<@UBOT> help', ts: '1700.000900' })),
    );
    await ctx.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === '1700.000900');
    await new Promise((r) => setTimeout(r, 100));
    expect(ctx.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });
});

describe('direct messages', () => {
  it('answers in the DM', async () => {
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(directMessage({ text: 'what does a scrum master do' })),
    );
    const call = await ctx.fake.waitFor('chat.postMessage');
    expect(call.args.channel).toBe('D1');
    expect(textOf(call.args.blocks)).toContain('Scrum Master');
  });

  it('answers thanks with a short reply, not a search', async () => {
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(directMessage({ text: 'thanks! :pray:' })));
    const call = await ctx.fake.waitFor('chat.postMessage');
    expect(call.args.text).toBe(SHORT_REPLIES.thanks);
    expect(call.args.blocks).toHaveLength(1);
  });

  it('ignores bots, edits and deletions', async () => {
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(directMessage({ text: 'po vs tl', bot_id: 'B2' })));
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(directMessage({ text: 'po vs tl', subtype: 'message_changed' })),
    );
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(directMessage({ text: 'po vs tl', subtype: 'message_deleted' })),
    );
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(directMessage({ text: 'list' })));
    await ctx.fake.waitFor('chat.postMessage');
    await new Promise((r) => setTimeout(r, 100));
    expect(ctx.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(textOf(ctx.fake.callsTo('chat.postMessage')[0]?.args.blocks)).toContain('Roles I know');
  });
});

describe('App Home', () => {
  it('publishes the Home view when opened', async () => {
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(appHomeOpened({ user: 'U7' })));
    const call = await ctx.fake.waitFor('views.publish');
    expect(call.args.user_id).toBe('U7');
    expect(call.args.view).toMatchObject({ type: 'home' });
    expect(textOf(call.args.view)).toContain('Product Owner');
  });

  it('answers an example button in the Home tab', async () => {
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'ask_suggestion',
        value: 'compare:product-owner,scrum-master',
        container: { type: 'view' },
      }),
    );
    const call = await ctx.fake.waitFor('views.publish');
    expect(textOf(call.args.view)).toContain('Product Owner vs Scrum Master');
  });
});

describe('message shortcut', () => {
  it('answers the chosen message in its thread', async () => {
    const shortcut = messageShortcut({
      message: {
        text: 'should the PO also be the scrum master?',
        ts: '1700.001000',
        thread_ts: '1700.000001',
      },
    });
    await sendInteraction(ctx.bot.url, SECRET, shortcut);
    const call = await ctx.fake.waitFor('chat.postMessage');
    expect(call.args).toMatchObject({ channel: 'C1', thread_ts: '1700.000001' });
    expect(textOf(call.args.blocks)).toContain('Can the Product Owner also be the Scrum Master?');
  });

  it('answers privately, saying how to invite the bot, where it is not a member', async () => {
    ctx.fake.on('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      messageShortcut({ message: { text: 'tl vs em' }, response_url: ctx.fake.responseUrl('s1') }),
    );
    const call = await ctx.fake.waitFor('response_url');
    expect(call.args.response_type).toBe('ephemeral');
    expect(textOf(call.args.blocks)).toContain('/invite @role-bot');
    expect(textOf(call.args.blocks)).toContain('Tech Lead vs Engineering Manager');
  });
});

describe('buttons', () => {
  it('replaces a private answer with the did-you-mean choice', async () => {
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'ask_suggestion',
        value: 'role:project-manager',
        container: { type: 'message', is_ephemeral: true },
        response_url: ctx.fake.responseUrl('b1'),
      }),
    );
    const call = await ctx.fake.waitFor('response_url');
    expect(call.args).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(textOf(call.args.blocks)).toContain('Project Manager');
  });

  it('answers a related question under a shared message privately, leaving the message alone', async () => {
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'ask_suggestion:1',
        value: 'faq:who-owns-backlog',
        response_url: ctx.fake.responseUrl('b2'),
      }),
    );
    const call = await ctx.fake.waitFor('response_url');
    expect(call.args).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
  });

  it('compares with the role chosen in "Compare with…"', async () => {
    const action = blockAction({
      action_id: 'compare_with',
      block_id: 'compare_with:tech-lead',
      selected_option: { value: 'staff-engineer' },
      container: { type: 'message', is_ephemeral: true },
      response_url: ctx.fake.responseUrl('b3'),
    });
    await sendInteraction(ctx.bot.url, SECRET, action);
    expect(textOf((await ctx.fake.waitFor('response_url')).args.blocks)).toContain(
      'Tech Lead vs Staff Engineer',
    );
  });

  it('records feedback and thanks the voter privately', async () => {
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'feedback_not_helpful',
        value: 'faq:po-estimates',
        user: 'U9',
        response_url: ctx.fake.responseUrl('b4'),
      }),
    );
    const call = await ctx.fake.waitFor('response_url');
    expect(call.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    // The vote is recorded after the thanks go out.
    await eventually(() =>
      expect(ctx.bot.votes).toEqual([{ user: 'U9', answer: 'faq:po-estimates', helpful: false }]),
    );
  });

  it('shares an answer in the channel, credited to the sharer, and removes the private copy', async () => {
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'share_answer',
        value: 'po vs tl',
        user: 'U5',
        container: { type: 'message', is_ephemeral: true },
        response_url: ctx.fake.responseUrl('b5'),
      }),
    );
    const shared = await ctx.fake.waitFor('response_url', (c) => c.args.response_type === 'in_channel');
    expect(textOf(shared.args.blocks)).toContain('Shared by <@U5>');
    expect(textOf(shared.args.blocks)).not.toContain('share_answer');
    await ctx.fake.waitFor('response_url', (c) => c.args.delete_original === true);
  });
});

describe('health', () => {
  it('serves GET /healthz with the knowledge version', async () => {
    const res = await fetch(ctx.bot.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    // Counted from the shipped folder, so adding an FAQ or a role does not break the health check.
    const shipped = readKnowledge('knowledge').knowledge;
    const knowledge = { roles: shipped?.roles.length, faqs: shipped?.faqs.length };
    expect(knowledge.faqs).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ ok: true, knowledge });
  });
});
