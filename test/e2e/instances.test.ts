// Two role-bot processes in OAuth mode behind one (imagined) load balancer, sharing one PostgreSQL and one
// Redis: installed through one, answering through the other, and an event delivered to both answered once.
import { randomBytes } from 'node:crypto';
import { describeWith, freshSchema, TEST_REDIS_URL } from '../helpers/services';
import { SECRET } from './app-setup';
import { freePort, startBot } from './bot-process';
import { appMention, eventEnvelope, type FakeSlack, sendEvent, startFakeSlack } from './harness';
import { installWorkspace, OAUTH } from './oauth-setup';

/** Ids no other run uses, so keys left in the shared Redis by an earlier run never match. */
const fresh = () => randomBytes(6).toString('hex');

describeWith(['pg', 'redis'], 'two instances sharing PostgreSQL and Redis', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let fake: FakeSlack;
  const bots: Array<ReturnType<typeof startBot> & { url: string; base: string }> = [];

  beforeAll(async () => {
    schema = await freshSchema();
    fake = await startFakeSlack();
    const start = async () => {
      const port = await freePort();
      const bot = startBot({
        SLACK_CLIENT_ID: OAUTH.clientId,
        SLACK_CLIENT_SECRET: OAUTH.clientSecret,
        SLACK_STATE_SECRET: OAUTH.stateSecret,
        SLACK_SIGNING_SECRET: SECRET,
        DATABASE_URL: schema.url,
        REDIS_URL: TEST_REDIS_URL,
        PORT: String(port),
        SLACK_API_URL: fake.apiUrl,
      });
      const base = `http://127.0.0.1:${port}`;
      bots.push({ ...bot, base, url: `${base}/slack/events` });
      await bot.waitFor(/role-bot is running in HTTP mode .*installable at \/slack\/install/, 40_000);
    };
    await Promise.all([start(), start()]);
  }, 60_000);

  afterAll(async () => {
    for (const bot of bots) bot.child.kill('SIGKILL');
    await fake.close();
    await schema.drop();
  });

  test('a workspace installed through one instance is answered by the other with its token', async () => {
    const [one, two] = bots;
    expect((await installWorkspace(one?.base ?? '', 'T7')).status).toBe(200);
    const event = appMention({ text: '<@UBOT> who owns the backlog?', ts: `1690000000.${fresh()}` });
    await sendEvent(
      two?.url ?? '',
      SECRET,
      eventEnvelope(event, { team_id: 'T7', event_id: `Ev${fresh()}` }),
    );
    const post = await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === event.ts);
    expect(post.token).toBe('xoxb-T7-1');
  });

  test('the same event delivered to both instances is answered once', async () => {
    const event = appMention({ text: '<@UBOT> po vs tl', ts: `1690000000.${fresh()}` });
    const envelope = eventEnvelope(event, { team_id: 'T7', event_id: `Ev${fresh()}` });
    const acks = await Promise.all(bots.map((bot) => sendEvent(bot.url, SECRET, envelope)));
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === event.ts);
    await new Promise((r) => setTimeout(r, 1000));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(1);
  });

  test('/healthz on each says PostgreSQL and Redis are up', async () => {
    for (const bot of bots) {
      const res = await fetch(`${bot.base}/healthz`);
      expect(await res.json()).toMatchObject({
        ok: true,
        dependencies: { database: { state: 'up' }, redis: { state: 'up' } },
      });
    }
  });
});
