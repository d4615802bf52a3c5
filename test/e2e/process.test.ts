import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenKb } from '../helpers/broken-kb';
import { SECRET } from './app-setup';
import { freePort, startBot } from './bot-process';
import {
  appMention,
  eventEnvelope,
  type FakeSlack,
  send,
  sendCommand,
  sendEvent,
  slashCommand,
  startFakeSlack,
} from './harness';

let fake: FakeSlack;
let child: ChildProcess | undefined;

beforeEach(async () => {
  fake = await startFakeSlack();
});

afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake.close();
});

/** The bot in HTTP mode against the fake Slack API, started and listening; `env` adds to its environment. */
async function startHttpBot(env: Record<string, string> = {}) {
  const port = await freePort();
  const bot = startBot({
    SLACK_BOT_TOKEN: 'xoxb-process',
    SLACK_SIGNING_SECRET: SECRET,
    PORT: String(port),
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  child = bot.child;
  await bot.waitFor(/role-bot is running in HTTP mode/);
  return { ...bot, url: `http://127.0.0.1:${port}/slack/events` };
}

describe('the bot process', () => {
  it('starts in HTTP mode, answers a signed /role, and exits 0 on SIGTERM', async () => {
    const bot = await startHttpBot();
    const res = await sendCommand(bot.url, SECRET, slashCommand({ text: 'tl vs em' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Tech Lead vs Engineering Manager');
    expect(bot.output()).not.toContain('xoxb-process');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });

  it('survives signed bodies that are not a JSON object, and answers afterwards', async () => {
    const bot = await startHttpBot();
    expect((await send(bot.url, SECRET, 'null', 'application/json')).status).toBe(400);
    expect((await send(bot.url, SECRET, 'payload=null', 'application/x-www-form-urlencoded')).status).toBe(
      400,
    );
    const res = await sendCommand(bot.url, SECRET, slashCommand({ text: 'tl vs em' }));
    expect(res.text).toContain('Tech Lead vs Engineering Manager');
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).not.toMatch(/TypeError|ssl_check/);
  });

  it('finishes an answer still in flight before exiting 0 on SIGTERM', async () => {
    const bot = await startHttpBot();
    // A bare mention in a thread reads the thread first; Slack is slow to answer, so the answer is in flight.
    fake.setThread('C1', '1700.000200', [{ ts: '1700.000200', text: 'who owns the backlog here?' }]);
    fake.on('conversations.replies', async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return undefined;
    });
    const mention = appMention({ text: '<@UBOT>', ts: '1700.000400', thread_ts: '1700.000200' });
    const ack = await sendEvent(bot.url, SECRET, eventEnvelope(mention));
    expect(ack.status).toBe(200);
    await fake.waitFor('conversations.replies');
    bot.child.kill('SIGTERM');
    const post = await fake.waitFor('chat.postMessage');
    expect(JSON.stringify(post.args.blocks)).toContain('Who owns and prioritizes the product backlog?');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toMatch(/SIGTERM: taking no new requests, finishing 1 in flight/);
  });

  it('starts and answers with a database and a Redis it cannot reach, and /healthz says which is down', async () => {
    const bot = await startHttpBot({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/rolebot',
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(bot.output()).toMatch(
      /PostgreSQL 127\.0\.0\.1:1\/rolebot cannot be reached \(.*ECONNREFUSED.*\): answering anyway/,
    );
    const res = await sendCommand(bot.url, SECRET, slashCommand({ text: 'what is the wifi password' }));
    expect(res.status).toBe(200);
    await bot.waitFor(/feedback store write failed, not recorded: gap/);
    const health = await fetch(bot.url.replace('/slack/events', '/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      dependencies: { database: { state: 'down' }, redis: { state: 'down' } },
    });
    expect(bot.output()).toMatch(/Redis unreachable, checking retried events in memory/);
  });

  it('refuses to start without tokens, naming each variable', async () => {
    const bot = startBot({});
    child = bot.child;
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/SLACK_BOT_TOKEN is missing: it should start with xoxb-/);
    expect(bot.output()).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses to start on broken knowledge, naming the file and field', async () => {
    const bot = startBot({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      KNOWLEDGE_DIR: brokenKb('missing-field'),
      SLACK_API_URL: fake.apiUrl,
    });
    child = bot.child;
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/kb-broken\/missing-field\/\S+\.yml: \S+: is required/);
  });

  /** One line saying what is wrong, exit 1, never a stack trace nor "running". */
  async function expectOneLineFailure(bot: ReturnType<typeof startBot>, line: RegExp) {
    child = bot.child;
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(line);
    expect(bot.output()).not.toMatch(/\n\s+at |role-bot is running/);
    expect(bot.output().trim().split('\n')).toHaveLength(1);
  }

  it('checks the bot token with auth.test before it says it runs', async () => {
    fake.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const port = await freePort();
    const env = { SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl };
    const bot = startBot({ SLACK_BOT_TOKEN: 'xoxb-revoked', ...env });
    await expectOneLineFailure(
      bot,
      /Slack refused SLACK_BOT_TOKEN \(invalid_auth\): copy a valid token from .*OAuth/,
    );
    expect(bot.output()).not.toContain('xoxb-revoked');
  });

  it('says so in one line when Slack refuses the app token', async () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-revoked', SLACK_API_URL: fake.apiUrl };
    const bot = startBot(env);
    await expectOneLineFailure(bot, /Slack refused SLACK_APP_TOKEN \(invalid_auth\): .*App-Level Tokens/);
  });

  it('says so in one line when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, r));
    try {
      const { port } = taken.address() as { port: number };
      const env = { SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl };
      const bot = startBot({ SLACK_BOT_TOKEN: 'xoxb-1', ...env });
      await expectOneLineFailure(bot, new RegExp(`PORT ${port} is already in use: .*set PORT`));
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });

  it('reloads its knowledge on SIGHUP without restarting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'role-bot-hup-'));
    try {
      cpSync('knowledge', dir, { recursive: true });
      const bot = await startHttpBot({ KNOWLEDGE_DIR: dir });
      const role = join(dir, 'roles', 'qa-lead.yml');
      writeFileSync(role, readFileSync(role, 'utf8').replace(/^name: .*$/m, 'name: Quality Lead'));
      bot.child.kill('SIGHUP');
      // The new knowledge answers once its classifier is trained (seconds), the old one until then.
      await bot.waitFor(/knowledge reloaded/, 50_000);
      const res = await sendCommand(bot.url, SECRET, slashCommand({ text: 'qa lead' }));
      expect(res.text).toContain('Quality Lead');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
