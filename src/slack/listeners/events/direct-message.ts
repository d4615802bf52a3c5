import type { App, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { type ListenerDeps, pinEngine } from '../../deps';
import { isQuestionInDm } from '../../guards';
import { peopleOptions } from '../../people/people-options';
import { answerSlackText, messageFor } from '../../replying/answer-message';

/** A direct message to the bot: answered in the DM (in its thread, if it was sent in one). */
export function directMessageCallback(shared: ListenerDeps): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ message, say, context, logger }) => {
    const deps = pinEngine(shared);
    if (!isQuestionInDm(message) || !(await deps.firstAnswer(message.channel, message.ts))) return;
    const answer = answerSlackText(message.text, deps);
    const people = await peopleOptions(deps, { team: context.teamId }, logger);
    await say({ ...messageFor(answer, deps, false, people), thread_ts: message.thread_ts });
    await deps.feedback.answered(answer, { user: message.user, surface: 'dm' });
  };
}

export function registerDirectMessage(app: App, deps: ListenerDeps): void {
  app.message(directMessageCallback(deps));
}
