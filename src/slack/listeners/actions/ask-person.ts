import type { App, BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS, actionIdPattern, parseAskPersonValue } from '../../../render/blocks';
import type { ListenerDeps } from '../../deps';
import { escalate } from '../../people/escalate';

/** **Ask a person**: hands the question the button carries to the escalation channel. */
export function askPersonCallback(
  deps: ListenerDeps,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const question = parseAskPersonValue(action.value ?? '');
    if (!question) return;
    await escalate(body, question, deps, { client, respond, logger });
  };
}

export function registerAskPerson(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(actionIdPattern(ACTION_IDS.askPerson), askPersonCallback(deps));
}
