// Buttons, shortcuts and views this version does not know (old messages keep old buttons): acked at once.
import { SLACK_COPY } from '../../src/slack/copy';
import { SECRET, withHttpApp } from './app-setup';
import { blockAction, messageShortcut, type SendResult, sendInteraction } from './harness';

const ctx = withHttpApp();

/** Sends an interaction and measures how long the ack took. */
async function timed(payload: object): Promise<SendResult & { ms: number }> {
  const started = Date.now();
  const res = await sendInteraction(ctx.bot.url, SECRET, payload);
  return { ...res, ms: Date.now() - started };
}

const viewSubmission = {
  type: 'view_submission',
  team: { id: 'T1', domain: 'test' },
  user: { id: 'U1', name: 'alice', team_id: 'T1' },
  api_app_id: 'A1',
  token: 'verification-token',
  trigger_id: 'trigger.1',
  view: { id: 'V9', type: 'modal', callback_id: 'old_modal', state: { values: {} }, hash: 'h' },
};

describe('interactions role-bot does not know', () => {
  it('acks an unknown button at once and tells the clicker privately that it is out of date', async () => {
    const res = await timed(
      blockAction({ action_id: 'old_button_v1', value: 'x', response_url: ctx.fake.responseUrl('old') }),
    );
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    const call = await ctx.fake.waitFor('response_url');
    expect(call.args).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: SLACK_COPY.outOfDate,
    });
    expect(ctx.bot.logLines).toContain('info unknown block_actions "old_button_v1" from U1: acknowledged');
    expect(ctx.bot.logLines.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('acks a message shortcut with an unknown callback id and says so', async () => {
    const res = await timed(
      messageShortcut({ callback_id: 'old_shortcut', response_url: ctx.fake.responseUrl('sc') }),
    );
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    expect((await ctx.fake.waitFor('response_url')).args.text).toBe(SLACK_COPY.outOfDate);
    expect(ctx.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('acks a view submission at once (role-bot opens no modals)', async () => {
    const res = await timed(viewSubmission);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    expect(ctx.bot.logLines).toContain('info unknown view_submission "old_modal" from U1: acknowledged');
  });

  it('still hands known buttons to their listener', async () => {
    await sendInteraction(
      ctx.bot.url,
      SECRET,
      blockAction({
        action_id: 'ask_suggestion:2',
        value: 'role:tech-lead',
        response_url: ctx.fake.responseUrl('k'),
      }),
    );
    const call = await ctx.fake.waitFor('response_url');
    expect(JSON.stringify(call.args.blocks)).toContain('Tech Lead');
  });
});
