// LOG_LEVEL=debug: one line per incoming request and one per answer, without text, tokens or secrets.
import { SECRET, withHttpApp } from './app-setup';
import {
  appMention,
  blockAction,
  eventEnvelope,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommand,
} from './harness';

const ctx = withHttpApp();

const debugLines = () => ctx.bot.logLines.filter((l) => /^debug (request|answer):/.test(l));

describe('debug logging of requests and answers', () => {
  it('logs a /role with its surface, where, who and text length, then the answer', async () => {
    await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'po vs tl' }));
    expect(debugLines()).toEqual([
      'debug request: command /role, team T1, channel C1, user U1, text 8 chars',
      expect.stringMatching(/^debug answer: compare:product-owner,tech-lead, confidence 1, \d+\.\d ms$/),
    ]);
  });

  it('logs a mention as an event and a button as its action id', async () => {
    const question = '<@UBOT> who owns the backlog?';
    await sendEvent(ctx.bot.url, SECRET, eventEnvelope(appMention({ text: question, user: 'U3' })));
    await ctx.fake.waitFor('chat.postMessage');
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'ask_suggestion:1',
        value: 'role:tech-lead',
        response_url: ctx.fake.responseUrl('b'),
      }),
    );
    await ctx.fake.waitFor('response_url');
    expect(debugLines()).toEqual([
      `debug request: event app_mention, team T1, channel C1, user U3, text ${question.length} chars`,
      expect.stringMatching(/^debug answer: faq:who-owns-backlog, confidence [\d.]+, [\d.]+ ms$/),
      'debug request: block_actions ask_suggestion:1, team T1, channel C1, user U1',
      expect.stringMatching(/^debug answer: role:tech-lead, confidence 1, [\d.]+ ms$/),
    ]);
  });

  it('never logs the question, a token or the signing secret', async () => {
    await sendCommand(ctx.bot.url, SECRET, slashCommand({ text: 'a very private question about roles' }));
    const all = ctx.bot.logLines.join('\n');
    for (const secret of ['private question', 'xoxb-e2e', 'verification-token', SECRET])
      expect(all).not.toContain(secret);
  });
});
