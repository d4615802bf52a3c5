import type { Server } from 'node:http';
import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import {
  appHomeOpened,
  appMention,
  blockAction,
  captureLogger,
  directMessage,
  eventEnvelope,
  type FakeSlack,
  messageShortcut,
  nowSeconds,
  type SocketStandIn,
  sendCommand,
  sendEvent,
  sendInteraction,
  serverUrl,
  slashCommand,
  startFakeSlack,
  startSocketStandIn,
} from './harness';

const SECRET = 'test-signing-secret';

let fake: FakeSlack;
let app: App | undefined;
let stand: SocketStandIn | undefined;

beforeEach(async () => {
  fake = await startFakeSlack();
});

afterEach(async () => {
  // Order matters: a Socket Mode app whose socket is cut while it still runs schedules a reconnect.
  await app?.stop();
  app = undefined;
  await stand?.close();
  stand = undefined;
  await fake.close();
});

describe('fake Slack Web API', () => {
  it('records a WebClient call with decoded blocks and answers like Slack', async () => {
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*PO*' } }];
    const res = await client.chat.postMessage({ channel: 'C1', text: 'PO', blocks, thread_ts: '1.2' });
    expect(res).toMatchObject({ ok: true, channel: 'C1', ts: '1700000000.000001', message: { text: 'PO' } });
    const [call] = fake.callsTo('chat.postMessage');
    expect(call).toMatchObject({
      token: 'xoxb-test',
      args: { channel: 'C1', text: 'PO', blocks, thread_ts: '1.2' },
    });
    const second = await client.chat.postMessage({ channel: 'C1', text: 'again' });
    expect(second.ts).toBe('1700000000.000002');
  });

  it('serves a 429 with Retry-After once; the default WebClient waits and retries', async () => {
    fake.once('chat.postMessage', () => ({ status: 429, headers: { 'Retry-After': '1' } }));
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      logger: captureLogger().logger,
    });
    const started = Date.now();
    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi' })).resolves.toMatchObject({ ok: true });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('serves threads, JSON bodies, response URLs and explains a waitFor timeout', async () => {
    fake.setThread('C1', '1.0', [{ ts: '1.0', text: 'parent' }]);
    const client = new webApi.WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const replies = await client.conversations.replies({ channel: 'C1', ts: '1.0' });
    expect(replies.messages).toEqual([{ ts: '1.0', text: 'parent' }]);

    const post = (body: object) =>
      fetch(fake.responseUrl('r1'), {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    expect((await post({ text: 'one' })).status).toBe(200);
    fake.on('response_url', () => ({ status: 404, body: 'expired_url' }));
    expect((await post({ text: 'two' })).status).toBe(404);
    expect(fake.callsTo('response_url').map((c) => [c.responseId, c.args.text])).toEqual([
      ['r1', 'one'],
      ['r1', 'two'],
    ]);
    await expect(fake.waitFor('views.publish', undefined, 50)).rejects.toThrow(/conversations\.replies/);
  });
});

describe('payload builders', () => {
  it('shape Home-tab, ephemeral, DM, App Home and shortcut payloads like Slack', () => {
    const home = blockAction({ action_id: 'ask', value: 'po', container: { type: 'view' } });
    expect(home).toMatchObject({ container: { type: 'view', view_id: 'V1' }, view: { type: 'home' } });
    expect(home).not.toHaveProperty('response_url');
    expect(home).not.toHaveProperty('channel');
    const ephemeral = blockAction({ action_id: 'x', container: { type: 'message', is_ephemeral: true } });
    expect(ephemeral).not.toHaveProperty('message');
    const select = blockAction({ action_id: 'pick', selected_option: { value: 'tl' } });
    expect(select.actions[0]).toMatchObject({ type: 'static_select', selected_option: { value: 'tl' } });
    expect(directMessage({ subtype: 'bot_message', bot_id: 'B2' })).toMatchObject({
      channel: 'D1',
      channel_type: 'im',
    });
    expect(directMessage()).not.toHaveProperty('subtype');
    expect(appHomeOpened()).toMatchObject({ type: 'app_home_opened', tab: 'home', user: 'U1' });
    const shortcut = messageShortcut({ message: { text: 'PO?', ts: '5.5' } });
    expect(shortcut).toMatchObject({
      type: 'message_action',
      callback_id: 'ask_about_message',
      message_ts: '5.5',
    });
    expect(eventEnvelope(appMention()).event_id).not.toBe(eventEnvelope(appMention()).event_id);
  });
});

describe('signed requests to a Bolt HTTP app', () => {
  let url: string;

  beforeEach(async () => {
    const bolt = new App({
      signingSecret: SECRET,
      token: 'xoxb-test',
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
      logger: captureLogger().logger,
      processBeforeResponse: true,
    });
    bolt.command('/role', async ({ command, ack }) => ack(`role: ${command.text}`));
    bolt.event('app_mention', async ({ event, say }) => {
      await say({ text: `echo ${event.text}`, thread_ts: event.ts });
    });
    bolt.action('more', async ({ ack, respond }) => {
      await ack();
      await respond({ text: 'more', replace_original: false });
    });
    app = bolt;
    url = serverUrl((await bolt.start({ port: 0, host: '127.0.0.1' })) as Server);
  });

  it('answers a signed slash command with the ack text', async () => {
    const res = await sendCommand(url, SECRET, slashCommand({ text: 'po' }));
    expect(res).toMatchObject({ status: 200, text: 'role: po' });
  });

  it('rejects a bad signature and a 10-minute-old timestamp with 401', async () => {
    expect((await sendCommand(url, SECRET, slashCommand(), { badSignature: true })).status).toBe(401);
    expect((await sendCommand(url, SECRET, slashCommand(), { timestamp: nowSeconds() - 600 })).status).toBe(
      401,
    );
  });

  it('delivers events and interactions built by the payload helpers', async () => {
    const mention = appMention({ text: '<@UBOT> hi', ts: '1690000000.500000' });
    expect((await sendEvent(url, SECRET, eventEnvelope(mention), { retryNum: 1 })).status).toBe(200);
    expect(fake.callsTo('chat.postMessage')[0]?.args).toMatchObject({
      channel: 'C1',
      text: 'echo <@UBOT> hi',
      thread_ts: '1690000000.500000',
      team_id: 'T1',
    });
    const action = blockAction({ action_id: 'more', response_url: fake.responseUrl('a1') });
    expect((await sendInteraction(url, SECRET, action)).status).toBe(200);
    expect((await fake.waitFor('response_url')).args).toMatchObject({
      text: 'more',
      replace_original: false,
    });
  });
});

describe('Socket Mode stand-in', () => {
  it('connects a Bolt Socket Mode app and returns its ack payloads', async () => {
    stand = await startSocketStandIn();
    fake.setSocketUrl(stand.url);
    const bolt = new App({
      socketMode: true,
      appToken: 'xapp-1-test',
      token: 'xoxb-test',
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
      logger: captureLogger().logger,
    });
    bolt.command('/role', async ({ command, ack }) =>
      ack({ text: `role: ${command.text}`, response_type: 'ephemeral' }),
    );
    bolt.event('app_mention', async ({ event, say }) => {
      await say(`echo ${event.text}`);
    });
    app = bolt;
    await bolt.start();
    await stand.connected();
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe('xapp-1-test');

    const ack = await stand.send({
      type: 'slash_commands',
      envelope_id: 'env-1',
      payload: slashCommand({ text: 'tl' }),
    });
    expect(ack).toEqual({ envelope_id: 'env-1', payload: { text: 'role: tl', response_type: 'ephemeral' } });

    const eventAck = await stand.send({
      type: 'events_api',
      payload: eventEnvelope(appMention({ text: 'hey' })),
    });
    expect(eventAck.payload).toEqual({});
    expect((await fake.waitFor('chat.postMessage')).args).toMatchObject({ channel: 'C1', text: 'echo hey' });
  });

  it('reconnects after a disconnect message (custom receiver with a short clientPingTimeout)', async () => {
    stand = await startSocketStandIn();
    fake.setSocketUrl(stand.url);
    const { logger } = captureLogger();
    const receiver = new SocketModeReceiver({
      appToken: 'xapp-1-test',
      clientPingTimeout: 200,
      logger,
      // A custom receiver's Web API client (apps.connections.open) takes installerOptions.clientOptions, not the App's.
      installerOptions: { clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } },
    });
    const bolt = new App({
      receiver,
      token: 'xoxb-test',
      clientOptions: { slackApiUrl: fake.apiUrl },
      logger,
    });
    bolt.command('/role', async ({ ack }) => ack('pong'));
    app = bolt;
    await bolt.start();
    await stand.connected();
    stand.requestDisconnect('refresh_requested');
    await stand.connected(2);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);
    expect((await stand.send({ type: 'slash_commands', payload: slashCommand() })).payload).toEqual({
      text: 'pong',
    });
  });
});
