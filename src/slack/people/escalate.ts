import type { BlockAction, Logger, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { holderMention } from '../../render/blocks';
import { fitUserText } from '../../render/blocks/limits';
import type { Holder } from '../../store/holders';
import type { ListenerDeps } from '../deps';
import { isNotInChannel, slackErrorCode } from '../errors/api-errors';
import { PEOPLE_COPY } from './copy';
import { escalationChannel, isChannel } from './people-options';

/** What the "Ask a person" listener hands over. */
export interface EscalateTools {
  client: WebClient;
  respond: RespondFn;
  logger: Logger;
}

/** The longest question quoted in the escalation channel: enough to answer, short of a wall of text. */
const QUOTED_QUESTION = 1500;

/**
 * "Ask a person": posts the question, the asker and a link to where it was asked into the escalation
 * channel, mentioning the holders of the roles it names; records where the first reply must go; and
 * tells the asker privately where the question went (or why it could not go).
 */
export async function escalate(
  body: BlockAction,
  question: string,
  deps: ListenerDeps,
  tools: EscalateTools,
) {
  const team = body.team?.id ?? body.user.team_id ?? '';
  const asker = body.user.id;
  const tell = (text: string) => tellAsker(body, text, tools);
  const channel = await escalationChannel(deps, team, tools.logger);
  if (!channel) return tell(PEOPLE_COPY.noEscalation);
  const origin = await whereAsked(body, tools);
  const quoted = fitUserText(question, QUOTED_QUESTION).replace(/\n/g, '\n>');
  const cc = await holdersToMention(deps, team, [channel, body.channel?.id], question, tools.logger);
  const text = [PEOPLE_COPY.escalationPost(asker, origin.where, quoted), cc].filter(Boolean).join('\n');
  let ts: string | undefined;
  try {
    ts = (await tools.client.chat.postMessage({ channel, text, unfurl_links: false })).ts;
  } catch (error) {
    const code = slackErrorCode(error);
    tools.logger.warn(`escalation to ${channel} failed: ${code}`);
    if (code === 'is_archived') return tell(PEOPLE_COPY.escalationArchived(channel));
    if (isNotInChannel(error)) return tell(PEOPLE_COPY.escalationNotMember(channel));
    throw error;
  }
  if (ts) {
    const at = new Date().toISOString();
    await deps.people.escalations
      .add({ team, channel, ts, question, asker, ...origin.replyTo, at })
      .catch((error: unknown) =>
        tools.logger.error(`escalation store write failed: ${slackErrorCode(error)}`),
      );
  }
  await tell(PEOPLE_COPY.escalated(channel));
}

/** Where the button was clicked, in words with a link, and where the first reply should go (none: by DM). */
async function whereAsked(body: BlockAction, tools: EscalateTools) {
  const channel = body.channel?.id;
  const message = body.message as { ts?: string; thread_ts?: string } | undefined;
  if (body.container?.type === 'view' || !channel) return { where: 'in my App Home', replyTo: {} };
  if (!message?.ts || body.container?.is_ephemeral) {
    return { where: isChannel(channel) ? `with /role in <#${channel}>` : 'with /role', replyTo: {} };
  }
  const thread = message.thread_ts ?? message.ts;
  const replyTo = { replyChannel: channel, replyThread: thread };
  if (!isChannel(channel)) return { where: 'in a direct message with me', replyTo };
  const link = await tools.client.chat
    .getPermalink({ channel, message_ts: thread })
    .then((r) => r.permalink)
    .catch(() => undefined);
  return { where: link ? `in <#${channel}> (<${link}|see the conversation>)` : `in <#${channel}>`, replyTo };
}

/** "cc @alice": the holders of the roles the question names, in the escalation channel, then where it was asked. */
async function holdersToMention(
  deps: ListenerDeps,
  team: string,
  channels: (string | undefined)[],
  question: string,
  logger: Logger,
): Promise<string> {
  const answer = deps.engine().answer(question);
  const roles = answer.asksWho ?? answer.mentioned;
  if (!team || roles.length === 0) return '';
  const found: Holder[] = [];
  for (const channel of channels.filter(isChannel)) {
    const held = await deps.people.holders.inChannel(team, channel).catch((error: unknown) => {
      logger.error(`role holder store read failed: ${slackErrorCode(error)}`);
      return {} as Record<string, Holder[]>;
    });
    for (const h of roles.flatMap((r) => held[r] ?? [])) if (!found.some((f) => f.id === h.id)) found.push(h);
    if (found.length > 0) break;
  }
  return found.length ? `cc ${found.map((h) => holderMention(h)).join(' ')}` : '';
}

/** A private word to the asker: under the answer they clicked, or by DM from the Home tab. */
async function tellAsker(body: BlockAction, text: string, tools: EscalateTools): Promise<void> {
  if (body.container?.type === 'view') {
    await tools.client.chat.postMessage({ channel: body.user.id, text });
    return;
  }
  await tools.respond({ response_type: 'ephemeral', replace_original: false, text });
}
