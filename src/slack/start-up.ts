import { webApi } from '@slack/bolt';
import { type AppConfig, WHERE } from '../config';
import { slackErrorCode } from './errors/api-errors';

/** A start-up failure the person running role-bot can fix; its message is one line saying what and how. */
export class StartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartError';
  }
}

/** Who the bot token belongs to; handed to Bolt so it does not ask again (and fail where nobody listens). */
export interface BotIdentity {
  botId: string;
  botUserId: string;
}

/** Slack's answers for a token that is wrong, revoked or belongs to a disabled account or workspace. */
const REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'user_removed_from_team',
  'team_disabled',
  'not_allowed_token_type',
]);

/** A start-up check that failed fast: a couple of quick retries, not Slack's default half hour. */
const CHECK_RETRIES = Object.freeze({ retries: 2, factor: 2, minTimeout: 500 });

function checkingClient(token: string, config: AppConfig) {
  return new webApi.WebClient(token, {
    retryConfig: { ...CHECK_RETRIES },
    logLevel: webApi.LogLevel.ERROR,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  });
}

/**
 * Checks the tokens before role-bot says it runs: `auth.test` for SLACK_BOT_TOKEN, and in Socket Mode
 * `apps.connections.open` for SLACK_APP_TOKEN (what connecting asks first; the URL is left unused).
 * Throws a StartError saying what to do when Slack refuses one.
 */
export async function checkTokens(config: AppConfig): Promise<BotIdentity | undefined> {
  // In OAuth mode each workspace's token is checked when it is installed, not here.
  if (!config.botToken) return undefined;
  const identity = await checkBotToken(config.botToken, config);
  if (config.mode === 'socket' && config.appToken) {
    try {
      await checkingClient(config.appToken, config).apps.connections.open();
    } catch (error) {
      throw explainStartFailure(error, config, 'SLACK_APP_TOKEN');
    }
  }
  return identity;
}

async function checkBotToken(botToken: string, config: AppConfig): Promise<BotIdentity> {
  try {
    const result = await checkingClient(botToken, config).auth.test();
    if (!result.bot_id || !result.user_id) {
      throw new StartError(`SLACK_BOT_TOKEN is not a bot token. Get the right one at ${WHERE.bot}.`);
    }
    return { botId: result.bot_id, botUserId: result.user_id };
  } catch (error) {
    throw explainStartFailure(error, config, 'SLACK_BOT_TOKEN');
  }
}

/** Turns a failure while connecting or listening into a StartError; anything unforeseen is returned as it is. */
export function explainStartFailure(
  error: unknown,
  config: AppConfig,
  token: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' = 'SLACK_APP_TOKEN',
): unknown {
  if (error instanceof StartError) return error;
  const code = slackErrorCode(error);
  const errno = (error as { code?: unknown })?.code;
  if (REFUSED.has(code)) {
    const where = token === 'SLACK_BOT_TOKEN' ? WHERE.bot : WHERE.app;
    return new StartError(`Slack refused ${token} (${code}): copy a valid token from ${where}.`);
  }
  if (errno === 'EADDRINUSE' || errno === 'EACCES') {
    const why = errno === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
    return new StartError(`PORT ${config.port} ${why}: stop what is using it or set PORT to another port.`);
  }
  if ((error as { name?: string })?.name === 'WebAPIRequestError') {
    const url = config.slackApiUrl ?? 'https://slack.com/api/';
    return new StartError(`Could not reach Slack at ${url} (${code}): check the network, or SLACK_API_URL.`);
  }
  return error;
}
