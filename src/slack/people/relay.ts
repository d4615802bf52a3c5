import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { fitUserText } from '../../render/blocks/limits';
import { withoutPings } from '../../render/plain-mentions';
import type { ListenerDeps } from '../deps';
import { slackErrorCode } from '../errors/api-errors';
import { postOrDm } from '../replying/delivery';
import { PEOPLE_COPY } from './copy';

/** A reply in a thread of the escalation channel. */
export interface ThreadReply {
  team: string;
  channel: string;
  thread_ts: string;
  ts: string;
  user: string;
  text: string;
}

/** How much of a reply is relayed: the whole of a typical answer; the link leads to the rest. */
const RELAYED_REPLY = 2500;

/**
 * The first reply in an escalation thread goes back to the asker: in the thread where they asked,
 * or by DM when they asked privately (a slash command, the Home tab), with a link to the discussion.
 * Later replies are not relayed; the thread gets one line saying where the answer went.
 */
export async function relayFirstReply(
  reply: ThreadReply,
  deps: ListenerDeps,
  client: WebClient,
  logger: Logger,
) {
  const at = new Date().toISOString();
  // Every thread reply in every channel comes here: a store that fails is logged, never apologized for.
  const escalation = await deps.people.escalations
    .claimReply(reply.team, reply.channel, reply.thread_ts, at)
    .catch((error: unknown) => {
      logger.error(`escalation store read failed: ${slackErrorCode(error)}`);
      return undefined;
    });
  if (!escalation) return;
  const link = await client.chat
    .getPermalink({ channel: reply.channel, message_ts: reply.ts })
    .then((r) => (r.permalink ? `<${r.permalink}|See the discussion>` : ''))
    .catch((error: unknown) => {
      logger.warn(`chat.getPermalink failed in ${reply.channel}: ${slackErrorCode(error)}`);
      return `See the thread in <#${reply.channel}>.`;
    });
  const question = fitUserText(escalation.question, 200);
  const answer = withoutPings(reply.text).slice(0, RELAYED_REPLY).replace(/\n/g, '\n>');
  const text = PEOPLE_COPY.relayed(reply.user, question, answer, link);
  const blocks = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }];
  if (escalation.replyChannel) {
    const where = { channel: escalation.replyChannel, thread_ts: escalation.replyThread };
    await postOrDm(client, { ...where, text, blocks }, escalation.asker, logger);
  } else await client.chat.postMessage({ channel: escalation.asker, text, blocks });
  await client.chat.postMessage({
    channel: reply.channel,
    thread_ts: reply.thread_ts,
    text: PEOPLE_COPY.relayedNote(escalation.asker),
  });
}
