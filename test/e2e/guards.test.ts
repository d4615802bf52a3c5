import { SECRET, withHttpApp } from './app-setup';
import { appMention, directMessage, eventEnvelope, sendCommand, sendEvent, slashCommand } from './harness';

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
