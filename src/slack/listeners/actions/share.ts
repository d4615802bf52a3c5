import type { App, BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS, actionIdPattern, parseShareValue } from '../../../render/blocks';
import { type ListenerDeps, pinEngine } from '../../deps';
import { peopleOptions } from '../../people/people-options';
import { messageFor } from '../../replying/answer-message';
import { fallbackFor, respondOrExplain } from '../../replying/delivery';

/** "Share in channel": posts the same answer for everyone, credited to the sharer, and retires the private copy. */
export function shareCallback(
  base: ListenerDeps,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, body, action, respond, client, logger }) => {
    const deps = pinEngine(base);
    await ack();
    const answer = deps.engine().answer(parseShareValue(action.value ?? ''));
    // Everyone sees it and it cannot be edited to mentions afterwards: holders by name, so nobody is pinged.
    const where = { team: body.team?.id ?? body.user.team_id, channel: body.channel?.id };
    const people = await peopleOptions(deps, where, logger, true);
    const message = messageFor(answer, deps, false, people);
    const credit = {
      type: 'context' as const,
      elements: [{ type: 'mrkdwn' as const, text: `Shared by <@${body.user.id}>` }],
    };
    const shared = { text: message.text, blocks: [...message.blocks.slice(0, 49), credit] };
    const fallback = fallbackFor(body, client, logger);
    await respondOrExplain(
      respond,
      { response_type: 'in_channel', replace_original: false, ...shared },
      fallback,
    );
    await respond({ delete_original: true }).catch((error: unknown) => {
      logger.debug(`could not remove the private copy: ${String(error)}`);
    });
  };
}

export function registerShare(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(actionIdPattern(ACTION_IDS.shareAnswer), shareCallback(deps));
}
