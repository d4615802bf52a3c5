// A database that goes away mid-run costs records, never answers: /role and mentions keep being answered,
// what could not be recorded is logged, and /healthz says the database is down while answering 200.
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import { ACTION_IDS } from '../../src/render/blocks';
import { createSlackApp } from '../../src/slack/app';
import { storeFeedback } from '../../src/slack/feedback/store-feedback';
import { PEOPLE_COPY } from '../../src/slack/people/copy';
import { openPeopleStores } from '../../src/store/people-stores';
import { openDatabase } from '../../src/store/pg/database';
import { createPgStore } from '../../src/store/pg-store';
import { shippedEngine } from '../helpers/engine';
import { describeWith, freshSchema, TEST_DATABASE_URL, urlWithSchema } from '../helpers/services';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';
import { SECRET, testConfig } from './app-setup';
import {
  appMention,
  blockAction,
  captureLogger,
  eventEnvelope,
  eventually,
  type FakeSlack,
  sendCommand,
  sendEvent,
  sendInteraction,
  serverUrl,
  slashCommand,
  startFakeSlack,
} from './harness';
import { installWorkspace, startOAuthApp } from './oauth-setup';

/** The test database's URL, through `proxy`, on `schema`. */
function throughProxy(proxy: TcpProxy, schema: string): string {
  const url = new URL(urlWithSchema(schema));
  url.host = `127.0.0.1:${proxy.port}`;
  return url.toString();
}

describeWith(['pg'], 'the database going away mid-run', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let proxy: TcpProxy;
  let fake: FakeSlack;
  beforeEach(async () => {
    schema = await freshSchema();
    const target = new URL(TEST_DATABASE_URL);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    await proxy.cut();
    await fake.close();
    await schema.drop();
  });

  test('with two tokens: /role is still answered, the lost record is logged, /healthz says so', async () => {
    const { logger, lines } = captureLogger();
    const db = openDatabase(throughProxy(proxy, schema.schema), (m) => lines.push(m));
    const store = createPgStore(db);
    const app: App = createSlackApp({
      config: testConfig(fake),
      engine: shippedEngine,
      feedback: (log) => storeFeedback(store, log),
      logger,
      dependencies: { database: () => db.health() },
    });
    const url = serverUrl((await app.start({ port: 0, host: '127.0.0.1' })) as Server);
    const health = async () => (await fetch(url.replace('/slack/events', '/healthz'))).json();
    try {
      const ask = () => sendCommand(url, SECRET, slashCommand({ text: 'what is the wifi password' }));
      expect((await ask()).status).toBe(200);
      await eventually(async () => expect(await store.read()).toHaveLength(1));
      expect(await health()).toMatchObject({ ok: true, dependencies: { database: { state: 'up' } } });

      await proxy.cut();
      const started = Date.now();
      const res = await ask();
      expect(res.status).toBe(200);
      expect(res.text).toContain('wifi');
      expect(Date.now() - started).toBeLessThan(1000);
      await eventually(() =>
        expect(lines.join('\n')).toMatch(/feedback store write failed, not recorded: gap \(none\) from U1/),
      );
      expect(await health()).toMatchObject({ ok: true, dependencies: { database: { state: 'down' } } });
    } finally {
      await app.stop();
      await db.close();
    }
  });

  test('people: answers show no holders, thread replies are not apologized for, an admin hears a lost setting', async () => {
    const { logger, lines } = captureLogger();
    const db = openDatabase(throughProxy(proxy, schema.schema), (m) => lines.push(m));
    const people = await openPeopleStores({ dataDir: '/nonexistent', database: db });
    const alice = { kind: 'user' as const, id: 'UALICE', name: 'alice' };
    const at = new Date().toISOString();
    await people.holders.change({
      team: 'T1',
      channel: 'C1',
      role: 'product-owner',
      holders: [alice],
      by: 'U1',
      at,
    });
    const feedback = { vote: () => undefined, answered: () => undefined };
    const app = createSlackApp({ config: testConfig(fake), engine: shippedEngine, feedback, logger, people });
    const url = serverUrl((await app.start({ port: 0, host: '127.0.0.1' })) as Server);
    try {
      const ask = () => sendCommand(url, SECRET, slashCommand({ text: 'who is our PO?' }));
      expect((await ask()).text).toContain('*Product Owner* here: <@UALICE>');
      await proxy.cut();
      const res = await ask();
      expect(res.status).toBe(200);
      expect(res.text).toContain('Product Owner');
      expect(res.text).not.toContain('UALICE');
      await eventually(() => expect(lines.join('\n')).toMatch(/role holder store read failed/));
      const reply = { type: 'message', channel: 'C1', channel_type: 'channel', user: 'UBOB', text: 'me' };
      await sendEvent(
        url,
        SECRET,
        eventEnvelope({ ...reply, ts: '1690000001.000002', thread_ts: '1690000001.000001' }),
      );
      await eventually(() => expect(lines.join('\n')).toMatch(/escalation store read failed/));
      expect(fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
      fake.setUser({ id: 'UADMIN', is_admin: true });
      const pick = {
        action_id: ACTION_IDS.escalationChannel,
        user: 'UADMIN',
        container: { type: 'view' as const },
      };
      await sendInteraction(url, SECRET, blockAction({ ...pick, selected_conversation: 'CHELP' }));
      const told = await fake.waitFor('chat.postMessage', (c) => c.args.channel === 'UADMIN');
      expect(told.args.text).toBe(PEOPLE_COPY.storeDown);
      expect(lines.join('\n')).toMatch(/settings store write failed/);
    } finally {
      await app.stop();
      await db.close();
    }
  });

  test('with OAuth: a workspace already served keeps being answered with its token', async () => {
    const bot = await startOAuthApp(fake, throughProxy(proxy, schema.schema));
    try {
      await installWorkspace(bot.base, 'T1');
      const mention = async () => {
        const event = appMention({ text: '<@UBOT> who owns the backlog?' });
        await sendEvent(bot.url, SECRET, eventEnvelope(event, { team_id: 'T1' }));
        return fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === event.ts);
      };
      expect((await mention()).token).toBe('xoxb-T1-1');
      await proxy.cut();
      expect((await mention()).token).toBe('xoxb-T1-1');
      expect(bot.logLines.join('\n')).toMatch(
        /installations unreadable .*: using the last known one for \/T1/,
      );
    } finally {
      await bot.stop();
    }
  });
});
