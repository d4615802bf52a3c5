import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps';
import { answerSlackText, messageFor } from '../../message';
import { SURFACES } from '../../surfaces';

/** `/role ...`: answered at once, in the ack, visible only to the asker, with a "Share in channel" button. */
export function registerRoleCommand(app: App, deps: ListenerDeps): void {
  app.command(SURFACES.command, async ({ command, ack }) => {
    let message: ReturnType<typeof messageFor>;
    let answer: ReturnType<typeof answerSlackText>;
    try {
      answer = answerSlackText(command.text, deps);
      message = messageFor(answer, deps, answer.kind !== 'help' && answer.kind !== 'none');
    } catch (error) {
      // Ack at once so Slack does not wait out its 3 seconds; the error handler apologizes via response_url.
      await ack();
      throw error;
    }
    await ack({ response_type: 'ephemeral', ...message });
    await deps.feedback.answered(answer, { user: command.user_id, surface: 'command' });
  });
}
