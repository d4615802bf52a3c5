import type {
  App,
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import { ACTION_IDS, actionIdPattern, parseCompareWithBlockId } from '../../../render/blocks';
import { type ListenerDeps, pinEngine } from '../../deps';
import { deliverAnswer } from './deliver';

/** "Compare with…": the role the select sits under, against the role chosen. */
export function compareWithCallback(
  shared: ListenerDeps,
): Middleware<SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>>> {
  return async ({ ack, body, action, client, respond, logger }) => {
    const deps = pinEngine(shared);
    await ack();
    const from = parseCompareWithBlockId(action.block_id);
    const to = action.selected_option?.value;
    const answer = from && to ? deps.engine().lookup({ kind: 'comparison', roles: [from, to] }) : undefined;
    if (answer) await deliverAnswer(body, answer, deps, { client, respond, logger });
  };
}

export function registerCompareWith(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<StaticSelectAction>>(
    actionIdPattern(ACTION_IDS.compareWith),
    compareWithCallback(deps),
  );
}
