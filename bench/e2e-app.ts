/**
 * The app under test for bench/e2e.ts, run as a child process (plain node on a transpiled copy, like `npm start`
 * runs dist/): loads the shipped knowledge, starts the real Bolt app in HTTP mode on 127.0.0.1 against the fake
 * Slack API whose URL is argv[2], and reports start-up times and its own memory over IPC.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type Logger, LogLevel } from '@slack/bolt';
import { readAppConfig } from '../src/config';
import { createAnswerEngine } from '../src/engine';
import { loadKnowledge } from '../src/knowledge/load';
import { openSharedState, type SharedState } from '../src/shared-state';
import { createSlackApp } from '../src/slack/app';
import { storeFeedback } from '../src/slack/feedback/store-feedback';
import { InFlight } from '../src/slack/in-flight';
import { serveBench } from './e2e-child-side';
import { BENCH_SECRET } from './e2e-protocol';

const modulesMs = performance.now();

const problems: string[] = [];
let problemCount = 0;
const keep =
  (level: string) =>
  (...msg: unknown[]) => {
    problemCount += 1;
    if (problems.length < 5) problems.push(`${level} ${msg.map(String).join(' ').slice(0, 300)}`);
  };
/** Quiet like LOG_LEVEL=error, but warnings and errors are counted and reported to the bench. */
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: keep('warn'),
  error: keep('error'),
  setLevel: () => undefined,
  getLevel: () => LogLevel.WARN,
  setName: () => undefined,
};

async function main(): Promise<void> {
  const apiUrl = process.argv[2];
  if (!apiUrl) throw new Error('usage: e2e-app <fake Slack API url>');
  const started = performance.now();
  const knowledge = loadKnowledge('knowledge');
  const engine = createAnswerEngine(knowledge);
  const knowledgeMs = performance.now() - started;
  // The config `npm start` would read from the environment (HTTP mode), pointed at the fake Slack API.
  // BENCH_APP_MODE: unset, the log sink keeps the bench off the disk; `embedded` records to JSON Lines files in
  // BENCH_DATA_DIR with the in-memory event check, as `npm start` does; `scale` adds BENCH_DATABASE_URL and BENCH_REDIS_URL.
  const mode = process.env.BENCH_APP_MODE;
  const config = readAppConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    PORT: '0',
    LOG_LEVEL: 'error',
    KNOWLEDGE_DIR: 'knowledge',
    SLACK_API_URL: apiUrl,
    DATA_DIR: process.env.BENCH_DATA_DIR,
    ...(mode === 'scale'
      ? { DATABASE_URL: process.env.BENCH_DATABASE_URL, REDIS_URL: process.env.BENCH_REDIS_URL }
      : {}),
  });
  // Where the records go is news, not a problem; anything else the shared state logs (unreachable, lost) is.
  const note = (m: string) => {
    if (!/^(records and installations go to|database migrated)/.test(m)) keep('warn')(m);
  };
  const shared: SharedState | undefined = mode ? await openSharedState(config, note) : undefined;
  // As src/index.ts builds it.
  const app = createSlackApp({
    config,
    engine: () => engine,
    logger,
    inFlight: new InFlight(),
    ...(shared
      ? {
          feedback: (log: Logger) => storeFeedback(shared.store, log),
          dedupe: shared.dedupe,
          dependencies: shared.dependencies,
        }
      : {}),
  });
  const child = serveBench({
    stop: async () => {
      await app.stop();
      await shared?.close();
    },
    problems: () => ({ count: problemCount, first: problems }),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  child.ready({
    port: (server.address() as AddressInfo).port,
    modulesMs,
    knowledgeMs,
    readyMs: performance.now(),
    faqs: knowledge.faqs.length,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`e2e-app: ${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
