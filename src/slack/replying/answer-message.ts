import type { Answer } from '../../engine';
import { type PeopleOptions, renderAnswerMessage, type SlackMessage } from '../../render/blocks';
import { stripUnsafeCharacters, unescapeMrkdwn } from '../../render/escape';
import type { ListenerDeps } from '../deps';

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
