import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import type { AnswerEngine } from '../../src/engine';
import { createSlackApp } from '../../src/slack/app';
import { SLACK_COPY } from '../../src/slack/copy';
import { shippedEngine } from '../helpers/engine';
import { SECRET, testConfig } from './app-setup';
import {
  appMention,
  blockAction,
  captureLogger,
  eventEnvelope,
  type FakeSlack,
  sendCommand,
  sendEvent,
  sendInteraction,
  serverUrl,
  slashCommand,
  startFakeSlack,
} from './harness';

let fake: FakeSlack;
let app: App;
let url: string;
let logLines: string[];

async function start(engine: () => AnswerEngine) {
  const { logger, lines } = captureLogger();
  logLines = lines;
  app = createSlackApp({
    config: testConfig(fake),
    engine,
    feedback: { vote: () => undefined, answered: () => undefined },
    logger,
  });
  url = serverUrl((await app.start({ port: 0, host: '127.0.0.1' })) as Server);
}

const broken = (): AnswerEngine => ({
  ...shippedEngine(),
  answer: () => {
    throw new Error('engine exploded');
  },
});

beforeEach(async () => {
  fake = await startFakeSlack();
});

afterEach(async () => {
  await app.stop();
  await fake.close();
});

describe('when a listener fails', () => {
  beforeEach(() => start(broken));

  it('logs it and apologizes to the person who used /role', async () => {
    await sendCommand(url, SECRET, slashCommand({ text: 'po vs tl', response_url: fake.responseUrl('c1') }));
    const call = await fake.waitFor('response_url');
    expect(call.args).toMatchObject({ response_type: 'ephemeral', text: SLACK_COPY.apology });
    expect(logLines.some((l) => l.startsWith('error listener failed'))).toBe(true);
  });

  it('apologizes privately in the channel to the person who mentioned the bot', async () => {
    await sendEvent(url, SECRET, eventEnvelope(appMention({ text: '<@UBOT> po?', user: 'U3' })));
    const call = await fake.waitFor('chat.postEphemeral');
    expect(call.args).toMatchObject({ channel: 'C1', user: 'U3', text: SLACK_COPY.apology });
  });
});

describe('when Slack refuses or throttles', () => {
  beforeEach(() => start(shippedEngine));

  it('waits out a 429 with Retry-After and still answers', async () => {
    fake.once('chat.postMessage', () => ({ status: 429, headers: { 'Retry-After': '1' } }));
    await sendEvent(url, SECRET, eventEnvelope(appMention({ text: '<@UBOT> po vs tl', ts: '1700.003000' })));
    await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === '1700.003000' && fake.callsTo('chat.postMessage').length === 2,
      8000,
    );
    const [first, second] = fake.callsTo('chat.postMessage');
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it.each(['not_in_channel', 'channel_not_found'])(
    'answers by DM, saying how to invite the bot, on %s',
    async (error) => {
      fake.once('chat.postMessage', () => ({ ok: false, error }));
      await sendEvent(
        url,
        SECRET,
        eventEnvelope(appMention({ text: '<@UBOT> who owns the backlog?', user: 'U4' })),
      );
      const dm = await fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U4');
      expect(JSON.stringify(dm.args.blocks)).toContain('/invite @role-bot');
    },
  );

  it('tells the person when a button is too old for Slack to accept the answer', async () => {
    fake.on('response_url', () => ({ status: 404, body: 'expired_url' }));
    await sendInteraction(
      url,
      SECRET,
      blockAction({
        action_id: 'ask_suggestion',
        value: 'role:tech-lead',
        user: 'U6',
        response_url: fake.responseUrl('old'),
      }),
    );
    const call = await fake.waitFor('chat.postEphemeral');
    expect(call.args).toMatchObject({ channel: 'C1', user: 'U6' });
    expect(String(call.args.text)).toMatch(/30 minutes/);
  });
});
