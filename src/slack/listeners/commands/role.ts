import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../deps';
import { answerSlackText, messageFor } from '../../message';
import { SURFACES } from '../../surfaces';

/** `/role ...`: answered at once, in the ack, visible only to the asker, with a "Share in channel" button. */
export function registerRoleCommand(app: App, deps: ListenerDeps): void {
  app.command(SURFACES.command, async ({ command, ack }) => {
    const answer = answerSlackText(command.text, deps);
    const shareable = answer.kind !== 'help' && answer.kind !== 'none';
    await ack({ response_type: 'ephemeral', ...messageFor(answer, deps, shareable) });
  });
}
