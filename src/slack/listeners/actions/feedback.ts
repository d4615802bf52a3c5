import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, actionIdPattern } from '../../../render/blocks';
import type { ListenerDeps } from '../../deps';
import { fallbackFor, respondOrExplain } from '../../fallbacks';

const THANKS = {
  helpful: 'Thanks! Glad that helped.',
  notHelpful: 'Thanks for saying so: the maintainers will see which answers need work.',
};

/** Helpful / not helpful: recorded, and thanked with a short note only the voter sees. */
export function registerFeedback(app: App, deps: ListenerDeps): void {
  for (const [actionId, helpful] of [
    [ACTION_IDS.feedbackHelpful, true],
    [ACTION_IDS.feedbackNotHelpful, false],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(
      actionIdPattern(actionId),
      async ({ ack, body, action, respond, client, logger }) => {
        await ack();
        await deps.feedback.vote({ user: body.user.id, answer: action.value ?? 'unknown', helpful });
        if (body.container?.type === 'view') return;
        const text = helpful ? THANKS.helpful : THANKS.notHelpful;
        const fallback = fallbackFor(body, client, logger);
        await respondOrExplain(
          respond,
          { response_type: 'ephemeral', replace_original: false, text },
          fallback,
        );
      },
    );
  }
}
