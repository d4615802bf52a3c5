import type { Answer } from '../engine';
import { type PeopleOptions, renderAnswerMessage, type SlackMessage } from '../render/blocks';
import { stripUnsafeCharacters, unescapeMrkdwn } from '../render/escape';
import type { ListenerDeps } from './deps';

/** The Block Kit message for an answer, with the current knowledge's roles and FAQs for labels, and the people where it is shown. */
export function messageFor(
  answer: Answer,
  deps: ListenerDeps,
  shareable = false,
  people?: PeopleOptions,
): SlackMessage {
  const { roles, faqs, comparisons } = deps.engine().knowledge;
  return renderAnswerMessage(answer, { roles, faqs, comparisons, shareable, ...(people ? { people } : {}) });
}

/** Answers text typed in Slack (entities decoded: `&lt;` back to `<`; control and bidi characters dropped). */
export function answerSlackText(text: string | undefined, deps: ListenerDeps): Answer {
  return deps.engine().answer(stripUnsafeCharacters(unescapeMrkdwn(text ?? '')));
}

/** A mention's text without the bot's own `<@U…>`. */
export function withoutMention(text: string | undefined, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return (text ?? '').replace(own, ' ').trim();
}

/** Slack error codes that mean the bot is not allowed in the conversation. */
export function isNotInChannel(error: unknown): boolean {
  const code = (error as { data?: { error?: string } })?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}

/** The Web API error code of a failed call, for logs and friendly messages. */
export function slackErrorCode(error: unknown): string {
  return (
    (error as { data?: { error?: string } })?.data?.error ??
    (error instanceof Error ? error.message : 'unknown')
  );
}
