import { join } from 'node:path';
import { ConfigError } from './errors';
import { DEFAULT_PLACES, type ModelPlaces } from './model/paths';
import { PACKAGE_ROOT } from './package-root';

/** Everything role-bot reads from the environment. No other module reads `process.env`. */
export interface AppConfig {
  /** Socket Mode when SLACK_APP_TOKEN is set (the default for a team running it), HTTP otherwise. */
  mode: 'socket' | 'http';
  /** The one workspace's bot token; absent in OAuth mode, where each workspace's token comes from its installation. */
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  knowledgeDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Web API base URL: Slack's own unless a proxy or a test double is named. */
  slackApiUrl?: string;
  /** Where the feedback store writes (DATA_DIR, default `data/` in the package's folder). */
  dataDir: string;
  /** Reload the knowledge when its files change (KNOWLEDGE_WATCH=true); SIGHUP always reloads. */
  knowledgeWatch: boolean;
  /** Channel id where "Ask a person" posts questions (ESCALATION_CHANNEL); an admin may set one in the App Home instead. */
  escalationChannel?: string;
  /** PostgreSQL for feedback (and installations in OAuth mode), from DATABASE_URL; JSON Lines files without it. */
  databaseUrl?: string;
  /** Redis for the retried-event check shared by every instance, from REDIS_URL; memory without it. */
  redisUrl?: string;
  /** Distribution to many workspaces with Bolt's OAuth: set when SLACK_CLIENT_ID is. */
  oauth?: OAuthConfig;
}

/** The app's OAuth credentials (Slack app settings > Basic Information > App Credentials). */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the install flow's state parameter; any long random string. */
  stateSecret: string;
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** Where in the Slack app settings each credential is found; start-up messages point there. */
export const WHERE = {
  bot: 'Slack app settings > OAuth & Permissions > Bot User OAuth Token (after installing the app to your workspace)',
  app: 'Slack app settings > Basic Information > App-Level Tokens (scope connections:write)',
  secret: 'Slack app settings > Basic Information > App Credentials > Signing Secret',
  client: 'Slack app settings > Basic Information > App Credentials',
};

const OAUTH_NEEDS = 'is needed to install role-bot in many workspaces (SLACK_CLIENT_ID is set)';

/** DATABASE_URL and REDIS_URL, checked; the OAuth settings when SLACK_CLIENT_ID is set, each missing one named. */
function readScaleSettings(value: (name: string) => string | undefined, problems: string[]) {
  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\/\S+$/.test(databaseUrl))
    problems.push('DATABASE_URL must be a PostgreSQL URL such as postgres://user@host:5432/rolebot.');
  const redisUrl = value('REDIS_URL');
  if (redisUrl && !/^rediss?:\/\/\S+$/.test(redisUrl))
    problems.push('REDIS_URL must be a Redis URL such as redis://127.0.0.1:6379.');
  const clientId = value('SLACK_CLIENT_ID');
  if (!clientId) return { databaseUrl, redisUrl };
  const need = (name: string, how: string) => {
    const v = value(name);
    if (!v) problems.push(`${name} ${OAUTH_NEEDS}: ${how}.`);
    return v ?? '';
  };
  const oauth = {
    clientId,
    clientSecret: need('SLACK_CLIENT_SECRET', `get it at ${WHERE.client}`),
    stateSecret: need('SLACK_STATE_SECRET', 'set any long random string, the same on every instance'),
  };
  need('DATABASE_URL', 'installations are kept in PostgreSQL');
  need('SLACK_SIGNING_SECRET', `get it at ${WHERE.secret}`);
  for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN']) {
    if (value(name))
      problems.push(
        `${name} must be empty when SLACK_CLIENT_ID is set: each workspace's token comes from its installation.`,
      );
  }
  return { databaseUrl, redisUrl, oauth };
}

/** Where the classifier's weights are cached (MODEL_CACHE_DIR, default the package's .cache/model) and its word vectors. */
export function readModelPlaces(env: NodeJS.ProcessEnv = process.env): ModelPlaces {
  return { ...DEFAULT_PLACES, cacheDir: env.MODEL_CACHE_DIR?.trim() || DEFAULT_PLACES.cacheDir };
}

export { PACKAGE_ROOT };

/** The knowledge folder, from KNOWLEDGE_DIR (relative to the current directory); default: the package's own. */
export function readKnowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR?.trim() || join(PACKAGE_ROOT, 'knowledge');
}

/** Where the feedback store keeps its files, from DATA_DIR; default `data/` in the package's folder. */
export function readDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR?.trim() || join(PACKAGE_ROOT, 'data');
}

/** DATABASE_URL alone, for the commands that read the store (report, learn, db migrate); throws a ConfigError when malformed. */
export function readDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const problems: string[] = [];
  const { databaseUrl } = readScaleSettings(
    (name) => (name === 'DATABASE_URL' ? env[name]?.trim() || undefined : undefined),
    problems,
  );
  if (problems.length > 0) throw new ConfigError(problems);
  return databaseUrl;
}

/** Reads and checks the configuration; throws one ConfigError naming every problem and how to fix it. */
export function readAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;
  const token = (name: string, prefix: string, where: string, required: boolean) => {
    const v = value(name);
    if (!v && required)
      problems.push(`${name} is missing: it should start with ${prefix}. Get it at ${where}.`);
    else if (v && !v.startsWith(prefix)) {
      problems.push(`${name} does not look right: it should start with ${prefix}. Get it at ${where}.`);
    }
    return v;
  };

  const scale = readScaleSettings(value, problems);
  const botToken = scale.oauth ? undefined : token('SLACK_BOT_TOKEN', 'xoxb-', WHERE.bot, true);
  const appToken = scale.oauth ? undefined : token('SLACK_APP_TOKEN', 'xapp-', WHERE.app, false);
  const mode = appToken ? 'socket' : 'http';
  const signingSecret = value('SLACK_SIGNING_SECRET');
  if (mode === 'http' && !signingSecret && !scale.oauth) {
    problems.push(
      `Set SLACK_APP_TOKEN (xapp-, ${WHERE.app}) to run in Socket Mode, or SLACK_SIGNING_SECRET (${WHERE.secret}) and PORT to run in HTTP mode.`,
    );
  }
  const portText = value('PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number (0-65535), not "${portText}".`);
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}".`);
  }
  const slackApiUrl = value('SLACK_API_URL');
  if (slackApiUrl && !/^https?:\/\/\S+$/.test(slackApiUrl)) {
    problems.push(
      `SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not "${slackApiUrl}".`,
    );
  }
  const watchText = (value('KNOWLEDGE_WATCH') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(watchText))
    problems.push(`KNOWLEDGE_WATCH must be true or false, not "${watchText}".`);
  const escalationChannel = value('ESCALATION_CHANNEL');
  if (escalationChannel && !/^[CG][A-Z0-9]{2,}$/.test(escalationChannel)) {
    problems.push(
      `ESCALATION_CHANNEL must be a channel id such as C0123ABCD (channel details > About, at the bottom), not "${escalationChannel}".`,
    );
  }
  if (problems.length > 0 || (!botToken && !scale.oauth)) throw new ConfigError(problems);
  return {
    mode,
    botToken,
    appToken,
    signingSecret,
    port,
    knowledgeDir: readKnowledgeDir(env),
    logLevel: logLevel as AppConfig['logLevel'],
    slackApiUrl,
    dataDir: readDataDir(env),
    knowledgeWatch: watchText === 'true' || watchText === '1',
    ...(escalationChannel ? { escalationChannel } : {}),
    ...scale,
  };
}
