import type { App } from '@slack/bolt';
import { config as loadDotenv } from 'dotenv';
import { readAppConfig, readModelPlaces } from './config';
import { ConfigError, KnowledgeError } from './errors';
import { createLiveKnowledge } from './live-knowledge';
import { learnInBackground } from './model/background';
import { cachedLearned } from './model/train';
import { openSharedState } from './shared-state';
import { createSlackApp } from './slack/app';
import { storeFeedback } from './slack/feedback/store-feedback';
import { InFlight } from './slack/in-flight';
import { checkTokens, explainStartFailure, StartError } from './slack/start-up';

/** How long a shutdown waits for answers still being posted before it exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** `npm start`: reads .env, loads and checks the knowledge, connects to Slack, reloads on SIGHUP. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readAppConfig();
  let app: App | undefined;
  // Until the app (and its logger) exists, reload news goes straight to the console.
  const places = readModelPlaces();
  const live = createLiveKnowledge(
    config.knowledgeDir,
    {
      info: (m) => (app ? app.logger.info(m) : console.log(m)),
      error: (m) => (app ? app.logger.error(m) : console.error(m)),
    },
    { cached: (kb) => cachedLearned(kb, places), train: (kb) => learnInBackground(kb, places) },
  );
  const shared = await openSharedState(config, (m) => (app ? app.logger.warn(m) : console.log(m)));
  const inFlight = new InFlight();
  const identity = await checkTokens(config);
  const running = createSlackApp({
    config,
    engine: live.engine,
    feedback: (logger) => storeFeedback(shared.store, logger),
    inFlight,
    identity,
    people: shared.people,
    dedupe: shared.dedupe,
    dependencies: shared.dependencies,
    installationStore: shared.installationStore,
  });
  app = running;
  try {
    if (config.mode === 'http') await running.start(config.port);
    else await running.start();
  } catch (error) {
    throw explainStartFailure(error, config);
  }
  process.on('unhandledRejection', (reason) => {
    // A last line of defence: a failure no request handler caught is logged, and role-bot keeps answering.
    running.logger.error(`unexpected failure: ${reason instanceof Error ? reason.message : String(reason)}`);
  });
  const stopWatching = config.knowledgeWatch ? live.watch() : () => undefined;
  const { roles, comparisons, faqs, version } = live.engine().knowledge;
  const where =
    config.mode === 'socket'
      ? 'Socket Mode'
      : `HTTP mode on port ${config.port}${config.oauth ? ', installable at /slack/install' : ''}`;
  running.logger.info(
    `role-bot is running in ${where}: ${roles.length} roles, ${comparisons.length} comparisons, ${faqs.length} FAQs (knowledge ${version})`,
  );
  process.on('SIGHUP', () => live.reload());
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      running.logger.warn(`${signal} again: stopping now, with ${inFlight.size} request(s) unfinished`);
      process.exit(1);
    }
    stopping = true;
    running.logger.info(`${signal}: taking no new requests, finishing ${inFlight.size} in flight`);
    stopWatching();
    try {
      await running.stop();
    } catch (error) {
      running.logger.warn(`stopping the receiver failed: ${(error as Error)?.message ?? error}`);
    }
    if (!(await inFlight.drained(SHUTDOWN_GRACE_MS))) {
      running.logger.warn(
        `stopping with ${inFlight.size} request(s) unfinished after ${SHUTDOWN_GRACE_MS} ms`,
      );
    }
    await shared.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Expected start-up problems get their own message, without a stack trace.
  const expected =
    error instanceof ConfigError || error instanceof KnowledgeError || error instanceof StartError;
  process.stderr.write(`${expected ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
