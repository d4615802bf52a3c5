import type {
  App,
  BlockAction,
  ConversationsSelectAction,
  Middleware,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { ACTION_IDS, actionIdPattern } from '../../../render/blocks';
import type { ListenerDeps } from '../../deps';
import { slackErrorCode } from '../../errors/api-errors';
import { homeView } from '../../home-view';
import { isAdmin } from '../../people/check-users';
import { PEOPLE_COPY } from '../../people/copy';
import { isChannel } from '../../people/people-options';

/** The App Home's channel picker: an admin or owner chooses where "Ask a person" sends questions. */
export function escalationChannelCallback(
  deps: ListenerDeps,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ConversationsSelectAction>>> {
  return async ({ ack, body, action, client, logger }) => {
    await ack();
    const team = body.team?.id ?? body.user.team_id;
    const channel = action.selected_conversation;
    if (!team || !isChannel(channel)) return;
    if (!(await isAdmin(client, body.user.id))) {
      await client.chat.postMessage({ channel: body.user.id, text: PEOPLE_COPY.adminOnly });
      return;
    }
    const at = new Date().toISOString();
    try {
      await deps.people.settings.set(team, { escalationChannel: channel }, body.user.id, at);
    } catch (error) {
      // From the Home tab the error handler could reach nobody: the admin hears it here.
      logger.error(`settings store write failed: ${slackErrorCode(error)}`);
      await client.chat.postMessage({ channel: body.user.id, text: PEOPLE_COPY.storeDown });
      return;
    }
    const view = await homeView(deps, client, { team, user: body.user.id }, logger);
    await client.views.publish({ user_id: body.user.id, view });
    await client.chat.postMessage({ channel: body.user.id, text: PEOPLE_COPY.escalationSet(channel) });
  };
}

export function registerEscalationChannel(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ConversationsSelectAction>>(
    actionIdPattern(ACTION_IDS.escalationChannel),
    escalationChannelCallback(deps),
  );
}
