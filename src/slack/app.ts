import { App, type CustomRoute, type Logger, LogLevel } from '@slack/bolt';
import type { AppConfig } from '../config';
import type { AnswerEngine } from '../engine';
import { createFileEscalationStore } from '../store/escalations';
import { createFileHolderStore } from '../store/holders';
import { createFileSettingsStore } from '../store/settings';
import { type FeedbackSink, loggingFeedback, type PeopleStores } from './deps';
import { createErrorHandler } from './errors';
import { dedupeEvents, RecentKeys } from './guards';
import { GuardedHttpReceiver } from './http-receiver';
import type { InFlight } from './in-flight';
import { registerListeners } from './listeners';
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
  /** Role holders, escalations and settings. Default: the file stores in `config.dataDir`. */
  people?: PeopleStores;
}

/** The file stores in DATA_DIR: the default until a database is configured. */
export function filePeopleStores(dataDir: string): PeopleStores {
  return {
    holders: createFileHolderStore(dataDir),
    escalations: createFileEscalationStore(dataDir),
    settings: createFileSettingsStore(dataDir),
  };
}

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
}: SlackAppOptions): App {
  const common = {
    token: config.botToken,
    ...identity,
    extendedErrorHandler: true,
    // role-bot keeps no conversation state; Bolt's default store costs time on every request.
    convoStore: false as const,
    logLevel: LEVELS[config.logLevel],
    ...(logger ? { logger } : {}),
    clientOptions: {
      retryConfig: { ...RETRY_CONFIG },
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    },
  };
  let app: App | undefined;
  const receiver =
    config.mode === 'http'
      ? new GuardedHttpReceiver(
          {
            signingSecret: config.signingSecret ?? '',
            customRoutes: [healthRoute(engine)],
            logLevel: common.logLevel,
            ...(logger ? { logger } : {}),
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
  app.use(dedupeEvents());
  app.use(ackUnknownInteractions());
  app.error(createErrorHandler(app.client));
  const sink =
    typeof feedback === 'function' ? feedback(app.logger) : (feedback ?? loggingFeedback(app.logger));
  const answered = new RecentKeys();
  registerListeners(app, {
    engine: loggingEngine(engine, () => (app as App).logger),
    feedback: sink,
    firstAnswer: (channel, ts) => answered.firstTime(`${channel}:${ts}`),
    people: people ?? filePeopleStores(config.dataDir),
    ...(config.escalationChannel ? { escalationChannel: config.escalationChannel } : {}),
  });
  return app;
}

/** `GET /healthz` in HTTP mode: which knowledge is served and for how long the process has run. */
function healthRoute(engine: () => AnswerEngine): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const { version, roles, comparisons, faqs } = engine().knowledge;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: true,
          knowledge: { version, roles: roles.length, comparisons: comparisons.length, faqs: faqs.length },
          uptimeSeconds: Math.round(process.uptime()),
        }),
      );
    },
  };
}
