import type { App, BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../../../engine';
import {
  ACTION_IDS,
  type AskRequest,
  actionIdPattern,
  answerKey,
  parseAskValue,
} from '../../../render/blocks';
import { type ListenerDeps, pinEngine } from '../../deps';
import { deliverAnswer } from './deliver';

/** Did-you-mean, related-question, example and compare buttons: answer what the button names. */
export function askSuggestionCallback(
  shared: ListenerDeps,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, body, action, client, respond, logger }) => {
    const deps = pinEngine(shared);
    await ack();
    const request = parseAskValue(action.value ?? '');
    if (!request) return;
    const engine = deps.engine();
    const found = request.kind === 'question' ? undefined : engine.lookup(request);
    const answer = request.kind === 'question' ? engine.answer(request.text) : (found ?? engine.answer(''));
    await deliverAnswer(body, answer, deps, { client, respond, logger });
    if (found) await recordChoice(request, found, body.user.id, deps);
  };
}

export function registerAskSuggestion(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    actionIdPattern(ACTION_IDS.askSuggestion),
    askSuggestionCallback(deps),
  );
}

/**
 * A did-you-mean click under "none" or an unsure answer is a phrasing to learn: the question the
 * button carried, and the answer chosen. Only an answer the knowledge has (`found`) is recorded.
 */
async function recordChoice(request: AskRequest, found: Answer, user: string, deps: ListenerDeps) {
  if (request.kind === 'question' || !request.origin || !deps.feedback.chose) return;
  const { query, kind, confidence } = request.origin;
  await deps.feedback.chose({ user, surface: 'button', query, kind, confidence, chosen: answerKey(found) });
}
