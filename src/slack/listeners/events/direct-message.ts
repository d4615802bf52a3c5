import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps';
import { isQuestionInDm } from '../../guards';
import { answerSlackText, messageFor } from '../../message';

/** A direct message to the bot: answered in the DM (in its thread, if it was sent in one). */
export function registerDirectMessage(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, say }) => {
    if (!isQuestionInDm(message) || !(await deps.firstAnswer(message.channel, message.ts))) return;
    const answer = answerSlackText(message.text, deps);
    await say({ ...messageFor(answer, deps), thread_ts: message.thread_ts });
    await deps.feedback.answered(answer, { user: message.user, surface: 'dm' });
  });
}
