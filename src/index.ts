import type { App } from '@slack/bolt';
import { config as loadDotenv } from 'dotenv';
import { readAppConfig } from './config';
import { ConfigError, KnowledgeError } from './errors';
import { createLiveKnowledge } from './live-knowledge';
import { createSlackApp } from './slack/app';
import { storeFeedback } from './slack/store-feedback';
import { createJsonlStore } from './store/jsonl-store';

/** `npm start`: reads .env, loads and checks the knowledge, connects to Slack, reloads on SIGHUP. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readAppConfig();
  let app: App | undefined;
  // Until the app (and its logger) exists, reload news goes straight to the console.
  const live = createLiveKnowledge(config.knowledgeDir, {
    info: (m) => (app ? app.logger.info(m) : console.log(m)),
    error: (m) => (app ? app.logger.error(m) : console.error(m)),
  });
  const store = createJsonlStore(config.dataDir);
  const running = createSlackApp({
    config,
    engine: live.engine,
    feedback: (logger) => storeFeedback(store, logger),
  });
  app = running;
  if (config.mode === 'http') await running.start(config.port);
  else await running.start();
  const stopWatching = config.knowledgeWatch ? live.watch() : () => undefined;
  const { roles, comparisons, faqs, version } = live.engine().knowledge;
  const where = config.mode === 'http' ? `HTTP mode on port ${config.port}` : 'Socket Mode';
  running.logger.info(
    `role-bot is running in ${where}: ${roles.length} roles, ${comparisons.length} comparisons, ${faqs.length} FAQs (knowledge ${version})`,
  );
  process.on('SIGHUP', () => live.reload());
  const stop = async (signal: string) => {
    running.logger.info(`${signal}: finishing in-flight work and stopping`);
    stopWatching();
    await running.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Expected start-up problems get their own message, without a stack trace.
  const expected = error instanceof ConfigError || error instanceof KnowledgeError;
  process.stderr.write(`${expected ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
