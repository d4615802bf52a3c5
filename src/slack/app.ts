import { App, type InstallationStore, type Logger, LogLevel } from '@slack/bolt';
import type { AppConfig } from '../config';
import type { AnswerEngine } from '../engine';
import type { HealthProbe } from '../health';
import { filePeopleStores } from '../store/people-stores';
import { dedupeEvents, type FirstTimeCheck, memoryCheck } from './dedupe';
import type { PeopleStores } from './deps';
import { createErrorHandler } from './errors/apology';
import { type FeedbackSink, loggingFeedback } from './feedback/sink';
import { healthRoute } from './health-route';
import { GuardedHttpReceiver } from './http-receiver';
import type { InFlight } from './in-flight';
import { registerListeners } from './listeners';
import { oauthReceiverOptions } from './oauth';
import { loggingEngine, logRequests } from './request-log';
import type { BotIdentity } from './start-up';
import { ackUnknownInteractions } from './unknown-interactions';

/** What the Slack app is built from. */
export interface SlackAppOptions {
  config: AppConfig;
  /** The engine over the current knowledge; a function so a reload can swap it. */
  engine: () => AnswerEngine;
  /** Where votes and gaps go; a function receives the app's logger. Default: the log only. */
  feedback?: FeedbackSink | ((logger: Logger) => FeedbackSink);
  logger?: Logger;
  /** Counts requests still being worked on, so a shutdown can wait for them. */
  inFlight?: InFlight;
  /** The bot's ids from a start-up `auth.test`; without them Bolt calls auth.test itself. */
  identity?: BotIdentity;
  /** Whether an event or a message is new: shared by every instance with Redis; memory by default. */
  dedupe?: FirstTimeCheck;
  /** What `/healthz` reports on, by name (database, redis). */
  dependencies?: Record<string, HealthProbe>;
  /** Where installations live, in OAuth mode (`config.oauth`), where it is required. */
  installationStore?: InstallationStore;
  /** Role holders, escalations and settings. Default: the file stores in `config.dataDir`. */
  people?: PeopleStores;
}

export { filePeopleStores } from '../store/people-stores';

/**
 * Web API retries: a few quick ones. Bolt's default waits up to half an hour, and Socket Mode would
 * otherwise write its own 100-retry policy into the shared client options; an answer that late is no answer.
 * A 429's Retry-After is still honoured.
 */
const RETRY_CONFIG = Object.freeze({ retries: 3, factor: 2, minTimeout: 500 });

const LEVELS = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
} as const;

/** Builds the Bolt app for Socket Mode or HTTP, with every listener registered. Starting it is the caller's. */
export function createSlackApp({
  config,
  engine,
  feedback,
  logger,
  inFlight,
  identity,
  people,
  dedupe = memoryCheck(),
  dependencies,
  installationStore,
}: SlackAppOptions): App {
  const clientOptions = {
    retryConfig: { ...RETRY_CONFIG },
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  };
  const common = {
    // In OAuth mode there is no token: Bolt's authorize finds each workspace's in its installation.
    ...(config.oauth ? {} : { token: config.botToken, ...identity }),
    extendedErrorHandler: true,
    // role-bot keeps no conversation state; Bolt's default store costs time on every request.
    convoStore: false as const,
    logLevel: LEVELS[config.logLevel],
    ...(logger ? { logger } : {}),
    clientOptions,
  };
  if (config.oauth && !installationStore) throw new Error('OAuth mode needs an installation store');
  const oauth =
    config.oauth && installationStore
      ? oauthReceiverOptions(config.oauth, installationStore, clientOptions)
      : {};
  let app: App | undefined;
  const receiver =
    config.mode === 'http'
      ? new GuardedHttpReceiver(
          {
            signingSecret: config.signingSecret ?? '',
            customRoutes: [healthRoute(engine, dependencies)],
            logLevel: common.logLevel,
            ...(logger ? { logger } : {}),
            ...oauth,
          },
          // The app's logger exists once the app does, before the first request can arrive.
          { logger: () => (app as App).logger },
        )
      : undefined;
  app =
    config.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.appToken })
      : new App({ ...common, receiver });
  if (inFlight) app.use(inFlight.middleware);
  app.use(logRequests());
  app.use(dedupeEvents(dedupe));
  app.use(ackUnknownInteractions());
  app.error(createErrorHandler(app.client));
  const sink =
    typeof feedback === 'function' ? feedback(app.logger) : (feedback ?? loggingFeedback(app.logger));
  registerListeners(app, {
    engine: loggingEngine(engine, () => (app as App).logger),
    feedback: sink,
    firstAnswer: (channel, ts) => dedupe.firstTime(`answer:${channel}:${ts}`),
    people: people ?? filePeopleStores(config.dataDir),
    ...(config.escalationChannel ? { escalationChannel: config.escalationChannel } : {}),
    ...(installationStore ? { installations: installationStore } : {}),
  });
  return app;
}
