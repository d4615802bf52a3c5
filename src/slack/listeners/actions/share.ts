import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, actionIdPattern, parseShareValue } from '../../../render/blocks';
import type { ListenerDeps } from '../../deps';
import { messageFor } from '../../message';

/** "Share in channel": posts the same answer for everyone, credited to the sharer, and retires the private copy. */
export function registerShare(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    actionIdPattern(ACTION_IDS.shareAnswer),
    async ({ ack, body, action, respond }) => {
      await ack();
      const answer = deps.engine().answer(parseShareValue(action.value ?? ''));
      const message = messageFor(answer, deps);
      const credit = {
        type: 'context' as const,
        elements: [{ type: 'mrkdwn' as const, text: `Shared by <@${body.user.id}>` }],
      };
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        text: message.text,
        blocks: [...message.blocks.slice(0, 49), credit],
      });
      await respond({ delete_original: true });
    },
  );
}
