import type { App, Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { type ListenerDeps, pinEngine } from '../../deps';
import { peopleOptions } from '../../people/people-options';
import { runRoleCommand } from '../../people/role-admin';
import { parseRoleCommand } from '../../people/role-command';
import { answerSlackText, messageFor } from '../../replying/answer-message';
import { SURFACES } from '../../surfaces';

/**
 * `/role ...`: a question is answered in the ack, visible only to the asker, with a "Share in channel"
 * button and the channel's role holders; `/role set|unset|who` keeps who holds which role here.
 */
export function roleCommandCallback(shared: ListenerDeps): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, client, respond, logger }) => {
    const deps = pinEngine(shared);
    const admin = parseRoleCommand(command.text);
    if (admin) {
      await ack();
      const place = { team: command.team_id, channel: command.channel_id, user: command.user_id };
      await runRoleCommand(admin, place, deps, { client, respond, logger });
      return;
    }
    let message: ReturnType<typeof messageFor>;
    let answer: ReturnType<typeof answerSlackText>;
    try {
      answer = answerSlackText(command.text, deps);
      const people = await peopleOptions(
        deps,
        { team: command.team_id, channel: command.channel_id },
        logger,
      );
      message = messageFor(answer, deps, answer.kind !== 'help' && answer.kind !== 'none', people);
    } catch (error) {
      // Ack at once so Slack does not wait out its 3 seconds; the error handler apologizes via response_url.
      await ack();
      throw error;
    }
    await ack({ response_type: 'ephemeral', ...message });
    await deps.feedback.answered(answer, { user: command.user_id, surface: 'command' });
  };
}

export function registerRoleCommand(app: App, deps: ListenerDeps): void {
  app.command(SURFACES.command, roleCommandCallback(deps));
}
