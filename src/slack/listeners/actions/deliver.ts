import type { BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Answer } from '../../../engine';
import type { ListenerDeps } from '../../deps';
import { homeView } from '../../home';
import { messageFor } from '../../message';

/**
 * Shows the answer a button asked for where the person expects it: in the App Home when clicked
 * there, in place of an ephemeral answer, or privately under a message everyone sees.
 */
export async function deliverAnswer(
  body: BlockAction,
  answer: Answer,
  deps: ListenerDeps,
  tools: { client: WebClient; respond: RespondFn },
): Promise<void> {
  if (body.container?.type === 'view') {
    await tools.client.views.publish({ user_id: body.user.id, view: homeView(deps, answer) });
    return;
  }
  const ephemeral = Boolean(body.container?.is_ephemeral);
  const message = messageFor(answer, deps, ephemeral);
  await tools.respond({ response_type: 'ephemeral', replace_original: ephemeral, ...message });
}
