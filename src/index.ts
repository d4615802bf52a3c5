import { config as loadDotenv } from 'dotenv';
import { readAppConfig } from './config';
import { createAnswerEngine } from './engine';
import { ConfigError, KnowledgeError } from './errors';
import { loadKnowledge } from './knowledge/load';
import { createSlackApp } from './slack/app';

/** `npm start`: reads .env, loads and checks the knowledge, connects to Slack. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = readAppConfig();
  const knowledge = loadKnowledge(config.knowledgeDir);
  const engine = createAnswerEngine(knowledge);
  const app = createSlackApp({ config, engine: () => engine });
  if (config.mode === 'http') await app.start(config.port);
  else await app.start();
  const where = config.mode === 'http' ? `HTTP mode on port ${config.port}` : 'Socket Mode';
  app.logger.info(
    `role-bot is running in ${where}: ${knowledge.roles.length} roles, ${knowledge.comparisons.length} comparisons, ${knowledge.faqs.length} FAQs (knowledge ${knowledge.version})`,
  );
  const stop = async (signal: string) => {
    app.logger.info(`${signal}: stopping`);
    await app.stop();
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
