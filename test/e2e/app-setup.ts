import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import type { AppConfig } from '../../src/config';
import { createSlackApp, type SlackAppOptions } from '../../src/slack/app';
import type { Vote } from '../../src/slack/feedback/sink';
import { shippedEngine } from '../helpers/engine';
import { captureLogger, type FakeSlack, serverUrl, startFakeSlack } from './harness';

/** The signing secret the e2e apps are configured with. */
export const SECRET = 'e2e-signing-secret';

/** A running role-bot app and what the tests observe it through. */
export interface RunningApp {
  app: App;
  url: string;
  votes: Vote[];
  logLines: string[];
}

/** The configuration `npm start` would build, pointed at the fake Slack API. */
export function testConfig(fake: FakeSlack, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    mode: 'http',
    botToken: 'xoxb-e2e',
    signingSecret: SECRET,
    port: 0,
    knowledgeDir: 'knowledge',
    logLevel: 'debug',
    slackApiUrl: fake.apiUrl,
    // Role holders, settings and escalations are written here: a fresh folder, never the repository's data/.
    dataDir: mkdtempSync(join(tmpdir(), 'role-bot-e2e-')),
    knowledgeWatch: false,
    ...overrides,
  };
}

/** What a test may set on the app it starts: any app option, and config values over `testConfig`'s. */
export type TestAppOptions = Partial<Omit<SlackAppOptions, 'config'>> & { config?: Partial<AppConfig> };

/** Starts the real role-bot Bolt app in HTTP mode on a loopback port (votes recorded unless `feedback` is given). */
export async function startHttpApp(fake: FakeSlack, options: TestAppOptions = {}): Promise<RunningApp> {
  const votes: Vote[] = [];
  const { logger, lines } = captureLogger();
  const { config, ...rest } = options;
  const app = createSlackApp({
    engine: shippedEngine,
    feedback: { vote: (v) => void votes.push(v), answered: () => undefined },
    logger,
    ...rest,
    config: testConfig(fake, config),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return { app, url: serverUrl(server), votes, logLines: lines };
}

/** A fresh fake Slack and a running app for each test of the calling file, stopped after it. */
export function withHttpApp(): { readonly fake: FakeSlack; readonly bot: RunningApp } {
  const ctx = {} as { fake: FakeSlack; bot: RunningApp };
  beforeEach(async () => {
    ctx.fake = await startFakeSlack();
    ctx.bot = await startHttpApp(ctx.fake);
  });
  afterEach(async () => {
    await ctx.bot.app.stop();
    await ctx.fake.close();
  });
  return ctx;
}

/** One fake Slack and one running app for the whole calling file (its tests share state), stopped after it. */
export function withHttpAppForFile(options: TestAppOptions = {}): {
  readonly fake: FakeSlack;
  readonly bot: RunningApp;
} {
  const ctx = {} as { fake: FakeSlack; bot: RunningApp };
  beforeAll(async () => {
    ctx.fake = await startFakeSlack();
    ctx.bot = await startHttpApp(ctx.fake, options);
  });
  afterAll(async () => {
    await ctx.bot.app.stop();
    await ctx.fake.close();
  });
  return ctx;
}
