import type { App, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { SLACK_COPY } from '../../copy';
import { type ListenerDeps, pinEngine } from '../../deps';
import { slackErrorCode } from '../../errors/api-errors';
import { isFromPerson } from '../../guards';
import { peopleOptions } from '../../people/people-options';
import { postWithoutPinging } from '../../people/quiet-post';
import { answerSlackText, messageFor, withoutMention } from '../../replying/answer-message';

/**
 * `@role-bot <question>`: answered in the thread of the mention. A bare mention inside a thread
 * answers the thread's first message; if Slack will not let us read it, say how to ask instead.
 */
export function appMentionCallback(
  shared: ListenerDeps,
): Middleware<SlackEventMiddlewareArgs<'app_mention'>> {
  return async ({ event, client, context, logger }) => {
    const deps = pinEngine(shared);
    if (!isFromPerson(event)) {
      logger.debug(`ignored an app_mention from a bot or an edit (${event.subtype ?? event.bot_id})`);
      return;
    }
    if (!(await deps.firstAnswer(event.channel, event.ts))) return;
    const threadTs = event.thread_ts ?? event.ts;
    let question = withoutMention(event.text, context.botUserId);
    if (!question && event.thread_ts && event.thread_ts !== event.ts) {
      try {
        const replies = await client.conversations.replies({
          channel: event.channel,
          ts: event.thread_ts,
          limit: 1,
        });
        question = withoutMention(replies.messages?.[0]?.text, context.botUserId);
      } catch (error) {
        logger.warn(`conversations.replies failed in ${event.channel}: ${slackErrorCode(error)}`);
        await client.chat.postMessage({
          channel: event.channel,
          thread_ts: threadTs,
          text: SLACK_COPY.cannotReadThread,
        });
        return;
      }
    }
    const answer = answerSlackText(question, deps);
    const people = await peopleOptions(deps, { team: context.teamId, channel: event.channel }, logger);
    const live = messageFor(answer, deps, false, people);
    const quiet = messageFor(answer, deps, false, { ...people, quiet: true });
    await postWithoutPinging(
      client,
      { channel: event.channel, thread_ts: threadTs, quiet, live },
      event.user,
      logger,
    );
    await deps.feedback.answered(answer, { user: event.user ?? 'unknown', surface: 'mention' });
  };
}

export function registerAppMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', appMentionCallback(deps));
}
