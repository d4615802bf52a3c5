import type { BlockAction, Logger, RespondArguments, RespondFn } from '@slack/bolt';
import type { ChatPostMessageArguments, WebClient } from '@slack/web-api';
import { SLACK_LIMITS, type SlackMessage } from '../../render/blocks';
import { SLACK_COPY } from '../copy';
import { isNotInChannel, slackErrorCode } from '../errors/api-errors';

/** The message with a short context note on top, still within Slack's block limit. */
export function withNote(message: SlackMessage, note: string): SlackMessage {
  const context = { type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: note }] };
  return { text: message.text, blocks: [context, ...message.blocks].slice(0, SLACK_LIMITS.messageBlocks) };
}

/** Where `respondOrExplain` turns when a button's response URL is refused. */
export interface ExplainFallback {
  client: WebClient;
  user: string;
  channel?: string;
  logger: Logger;
}

/** The fallback for a button click: the clicker, in the channel the button sat in. */
export function fallbackFor(body: BlockAction, client: WebClient, logger: Logger): ExplainFallback {
  return { client, user: body.user.id, channel: body.channel?.id, logger };
}

/**
 * Posts a reply in a conversation; where the bot is not a member, sends it to `asker` as a DM
 * instead, saying how to invite the bot. Other failures are thrown for the error handler.
 * `alreadyFailed`: the error of a post the caller already tried, to go straight to the fallback.
 */
export async function postOrDm(
  client: WebClient,
  reply: { channel: string; thread_ts?: string } & SlackMessage,
  asker: string | undefined,
  logger: Logger,
  alreadyFailed?: unknown,
): Promise<void> {
  try {
    if (alreadyFailed) throw alreadyFailed;
    await client.chat.postMessage(reply as ChatPostMessageArguments);
  } catch (error) {
    if (!isNotInChannel(error) || !asker) throw error;
    logger.warn(`cannot post in ${reply.channel} (${slackErrorCode(error)}): answering ${asker} by DM`);
    await client.chat.postMessage({ channel: asker, ...withNote(reply, SLACK_COPY.invite) });
  }
}

/**
 * `respond()` to a button's response URL; when Slack refuses it (expired after 30 minutes or five uses),
 * tells the person privately in the channel instead of failing silently.
 */
export async function respondOrExplain(
  respond: RespondFn,
  message: RespondArguments,
  fallback: ExplainFallback,
): Promise<void> {
  try {
    await respond(message);
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    fallback.logger.warn(`response_url refused (${status ?? slackErrorCode(error)}) for ${fallback.user}`);
    if (!fallback.channel) return;
    await fallback.client.chat.postEphemeral({
      channel: fallback.channel,
      user: fallback.user,
      text: SLACK_COPY.expired,
    });
  }
}
