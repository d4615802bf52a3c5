import { UNSURE_LINE } from '../../src/render/short-replies';
import { SECRET, withHttpApp } from './app-setup';
import {
  appMention,
  directMessage,
  eventEnvelope,
  messageShortcut,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
} from './harness';

const ctx = withHttpApp();

/** Sends a marker event and waits for its answer, so anything sent before it has been handled too. */
async function settle() {
  await sendEvent(
    ctx.bot.url,
    SECRET,
    eventEnvelope(appMention({ text: '<@UBOT> list', ts: '1799.999999', channel: 'C9' })),
  );
  await ctx.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C9');
  await new Promise((r) => setTimeout(r, 50));
}

describe('answered once', () => {
  it('answers a mention that also arrives as a message event once', async () => {
    const ts = '1700.004000';
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(appMention({ text: '<@UBOT> po vs tl', ts, channel: 'D1' })),
    );
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(directMessage({ text: '<@UBOT> po vs tl', ts, channel: 'D1' })),
    );
    await settle();
    expect(ctx.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D1')).toHaveLength(1);
  });

  it('never answers its own replies', async () => {
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(directMessage({ text: 'po vs tl', user: 'UBOT', bot_id: 'BBOT' })),
    );
    await settle();
    expect(ctx.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D1')).toHaveLength(0);
  });
});

describe('bots and edits', () => {
  const inC5 = () => ctx.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C5');

  it.each([
    ['another bot', { bot_id: 'B2' }],
    ['a bot_message', { subtype: 'bot_message', bot_id: 'B2' }],
    ['an app posting as a bot user', { bot_profile: { id: 'B3', name: 'other-bot' } }],
    ['an edit', { subtype: 'message_changed' }],
  ])('never answers a mention from %s', async (_name, extra) => {
    const mention = { ...appMention({ text: '<@UBOT> po vs tl', channel: 'C5' }), ...extra };
    expect((await sendEvent(ctx.bot.url, SECRET, eventEnvelope(mention))).status).toBe(200);
    await settle();
    expect(inC5()).toHaveLength(0);
  });

  it("never answers another bot's DM", async () => {
    const dm = directMessage({ text: 'po vs tl', user: 'U7', bot_id: 'B2', channel: 'D5' });
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(dm));
    await settle();
    expect(ctx.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D5')).toHaveLength(0);
  });

  it('still answers a person mentioning it in the same channel', async () => {
    await sendEvent(
      ctx.bot.url,
      SECRET,
      eventEnvelope(appMention({ text: '<@UBOT> po vs tl', channel: 'C5' })),
    );
    await settle();
    expect(inC5()).toHaveLength(1);
  });

  it("answers the shortcut on a bot's message only with a private note", async () => {
    const shortcut = messageShortcut({ response_url: ctx.fake.responseUrl('bot-msg') });
    const onBot = { ...shortcut, message: { ...shortcut.message, bot_id: 'B2', subtype: 'bot_message' } };
    expect((await sendInteraction(ctx.bot.url, SECRET, onBot)).status).toBe(200);
    const note = await ctx.fake.waitFor('response_url');
    expect(note.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(note.args.text)).toMatch(/not messages from bots/);
    expect(ctx.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('awkward input through Slack', () => {
  it('answers a 5,000-character /role from its start, with a note', async () => {
    const text = `can one person be PO and tech lead? ${'and also '.repeat(600)}`;
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Can one person be both the Product Owner and the Tech Lead?');
    expect(res.text).toContain('first 2000 characters');
  });

  it('reads past mentions, emoji, links and code, and echoes nothing that pings', async () => {
    const text =
      '<@U123|bob> :tada: `code` can one person be PO and tech lead? <https://example.com|see> <!here>';
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text }));
    expect(res.text).toContain('Can one person be both the Product Owner and the Tech Lead?');
    expect(res.text).not.toMatch(/<!here>|<@U123/);
  });

  it('echoes no control or bidirectional characters, and still answers the question around them', async () => {
    const text = '\u202etech\u0007 lead stuff\u001b\u2066';
    const res = await sendCommand(ctx.bot.url, SECRET, slashCommand({ text }));
    expect(res.text).toContain(UNSURE_LINE);
    expect(res.text).toContain('You asked: “tech lead stuff”');
    // JSON writes C0 controls as \u00XX escapes and bidi characters as they are.
    expect(res.text).not.toMatch(/\\u00(07|1b)/i);
    expect(res.text).not.toMatch(/\p{Bidi_Control}/u);
  });

  it('answers non-Latin text with a friendly no-answer, not an error', async () => {
    const res = await sendCommand(
      ctx.bot.url,
      SECRET,
      slashCommand({ text: 'プロダクトオーナーとは何ですか' }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).blocks.length).toBeGreaterThan(0);
  });
});
