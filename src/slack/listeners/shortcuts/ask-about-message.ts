import type { App, MessageShortcut, Middleware, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { SLACK_COPY } from '../../copy';
import { type ListenerDeps, pinEngine } from '../../deps';
import { isNotInChannel, slackErrorCode } from '../../errors/api-errors';
import { isFromPerson } from '../../guards';
import { peopleOptions } from '../../people/people-options';
import { postWithoutPinging } from '../../people/quiet-post';
import { answerSlackText, messageFor } from '../../replying/answer-message';
import { withNote } from '../../replying/delivery';
import { SURFACES } from '../../surfaces';

/**
 * "Ask role-bot about this" on any message (threads included, where slash commands cannot go): the
 * answer goes into that message's thread. Where the bot is not a member, it answers the person privately.
 */
export function askAboutMessageCallback(
  shared: ListenerDeps,
): Middleware<SlackShortcutMiddlewareArgs<MessageShortcut>> {
  return async ({ shortcut, ack, client, respond, logger }) => {
    const deps = pinEngine(shared);
    await ack();
    if (!isFromPerson(shortcut.message)) {
      await respond({ response_type: 'ephemeral', text: SLACK_COPY.notFromAPerson });
      return;
    }
    const answer = answerSlackText(shortcut.message.text, deps);
    const where = { team: shortcut.team?.id, channel: shortcut.channel.id };
    const people = await peopleOptions(deps, where, logger);
    const message = messageFor(answer, deps, false, people);
    const quiet = messageFor(answer, deps, false, { ...people, quiet: true });
    await deps.feedback.answered(answer, { user: shortcut.user.id, surface: 'shortcut' });
    try {
      const thread_ts = shortcut.message.thread_ts ?? shortcut.message.ts;
      await postWithoutPinging(
        client,
        { channel: shortcut.channel.id, thread_ts, quiet, live: message },
        undefined,
        logger,
      );
    } catch (error) {
      if (!isNotInChannel(error)) throw error;
      logger.info(`not a member of ${shortcut.channel.id} (${slackErrorCode(error)}): answering privately`);
      await respond({ response_type: 'ephemeral', ...withNote(message, SLACK_COPY.notAMember) });
    }
  };
}

export function registerAskAboutMessage(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(SURFACES.shortcut, askAboutMessageCallback(deps));
}
