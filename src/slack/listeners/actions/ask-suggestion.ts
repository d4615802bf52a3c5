import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, actionIdPattern, parseAskValue } from '../../../render/blocks';
import type { ListenerDeps } from '../../deps';
import { deliverAnswer } from './deliver';

/** Did-you-mean, related-question, example and compare buttons: answer what the button names. */
export function registerAskSuggestion(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    actionIdPattern(ACTION_IDS.askSuggestion),
    async ({ ack, body, action, client, respond, logger }) => {
      await ack();
      const request = parseAskValue(action.value ?? '');
      if (!request) return;
      const engine = deps.engine();
      const answer =
        request.kind === 'question'
          ? engine.answer(request.text)
          : (engine.lookup(request) ?? engine.answer(''));
      await deliverAnswer(body, answer, deps, { client, respond, logger });
    },
  );
}
