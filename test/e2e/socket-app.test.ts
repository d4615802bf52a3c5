import type { App } from '@slack/bolt';
import { createSlackApp } from '../../src/slack/app';
import { shippedEngine } from '../helpers/engine';
import { testConfig } from './app-setup';
import {
  appMention,
  captureLogger,
  eventEnvelope,
  type FakeSlack,
  type SocketStandIn,
  slashCommand,
  startFakeSlack,
  startSocketStandIn,
} from './harness';

let fake: FakeSlack;
let stand: SocketStandIn;
let app: App;

beforeEach(async () => {
  fake = await startFakeSlack();
  stand = await startSocketStandIn();
  fake.setSocketUrl(stand.url);
  const config = testConfig(fake, { mode: 'socket', appToken: 'xapp-1-e2e', signingSecret: undefined });
  app = createSlackApp({ config, engine: shippedEngine, logger: captureLogger().logger });
  await app.start();
  await stand.connected();
});

afterEach(async () => {
  await app.stop();
  await stand.close();
  await fake.close();
});

describe('Socket Mode', () => {
  it('opens its connection with the app token', () => {
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe('xapp-1-e2e');
  });

  it('acks a slash command envelope with the answer', async () => {
    const ack = await stand.send({ type: 'slash_commands', payload: slashCommand({ text: 'po vs tl' }) });
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack.payload)).toContain('Product Owner vs Tech Lead');
  });

  it('acks a mention envelope and answers in its thread', async () => {
    const mention = appMention({ text: '<@UBOT> who owns the backlog?', ts: '1700.002000' });
    const ack = await stand.send({ type: 'events_api', payload: eventEnvelope(mention) });
    expect(ack.envelope_id).toBeTruthy();
    const call = await fake.waitFor('chat.postMessage');
    expect(call.args).toMatchObject({ channel: 'C1', thread_ts: '1700.002000' });
  });
});

describe('Socket Mode retries', () => {
  it('answers an event Slack re-sends with a retry attempt once', async () => {
    const envelope = eventEnvelope(appMention({ text: '<@UBOT> sm vs agile coach', ts: '1700.005000' }));
    await stand.send({ type: 'events_api', payload: envelope });
    await stand.send({ type: 'events_api', payload: envelope, retry_attempt: 1, retry_reason: 'timeout' });
    await stand.send({
      type: 'events_api',
      payload: eventEnvelope(appMention({ text: '<@UBOT> help', ts: '1700.005001' })),
    });
    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === '1700.005001');
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700.005000')).toHaveLength(
      1,
    );
  });
});
