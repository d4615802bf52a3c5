import type { BlockAction, Logger, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Answer } from '../../../engine';
import type { ListenerDeps } from '../../deps';
import { homeView } from '../../home-view';
import { peopleOptions } from '../../people/people-options';
import { messageFor } from '../../replying/answer-message';
import { fallbackFor, respondOrExplain } from '../../replying/delivery';

/** What a button listener hands over to deliver its answer. */
export interface ActionTools {
  client: WebClient;
  respond: RespondFn;
  logger: Logger;
}

/**
 * Shows the answer a button asked for where the person expects it: in the App Home when clicked
 * there, in place of an ephemeral answer, or privately under a message everyone sees.
 */
export async function deliverAnswer(
  body: BlockAction,
  answer: Answer,
  deps: ListenerDeps,
  tools: ActionTools,
): Promise<void> {
  const where = { team: body.team?.id ?? body.user.team_id, channel: body.channel?.id };
  if (body.container?.type === 'view') {
    const viewer = { team: where.team, user: body.user.id };
    const view = await homeView(deps, tools.client, viewer, tools.logger, answer);
    await tools.client.views.publish({ user_id: body.user.id, view });
  } else {
    const ephemeral = Boolean(body.container?.is_ephemeral);
    const message = messageFor(answer, deps, ephemeral, await peopleOptions(deps, where, tools.logger));
    await respondOrExplain(
      tools.respond,
      { response_type: 'ephemeral', replace_original: ephemeral, ...message },
      fallbackFor(body, tools.client, tools.logger),
    );
  }
  // Recorded after the answer is out: a slow store never holds up an answer.
  await deps.feedback.answered(answer, { user: body.user.id, surface: 'button' });
}
