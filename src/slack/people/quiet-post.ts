import type { Logger } from '@slack/bolt';
import type { ChatPostMessageArguments, WebClient } from '@slack/web-api';
import type { SlackMessage } from '../../render/blocks';
import { slackErrorCode } from '../errors/api-errors';
import { postOrDm } from '../replying/delivery';

/** A reply to post where everyone sees it, rendered twice: with plain names, and with live mentions. */
export interface TwoWayReply {
  channel: string;
  thread_ts?: string;
  quiet: SlackMessage;
  live: SlackMessage;
}

/**
 * Posts the reply with plain `@names`, then edits it to real mentions: Slack shows the names as
 * mentions but notifies nobody added by an edit, so answering "who is our PO?" does not ping the PO.
 * Where the bot is not a member, the asker gets the answer by DM. A failed edit leaves the names.
 */
export async function postWithoutPinging(
  client: WebClient,
  reply: TwoWayReply,
  asker: string | undefined,
  logger: Logger,
): Promise<void> {
  const { quiet, live, ...where } = reply;
  if (JSON.stringify(quiet) === JSON.stringify(live)) {
    await postOrDm(client, { ...where, ...live }, asker, logger);
    return;
  }
  let posted: { channel?: string; ts?: string };
  try {
    posted = await client.chat.postMessage({ ...where, ...quiet } as ChatPostMessageArguments);
  } catch (error) {
    await postOrDm(client, { ...where, ...quiet }, asker, logger, error);
    return;
  }
  if (!posted.ts) return;
  await client.chat
    .update({ channel: posted.channel ?? where.channel, ts: posted.ts, ...live })
    .catch((error: unknown) => logger.warn(`could not turn names into mentions: ${slackErrorCode(error)}`));
}
