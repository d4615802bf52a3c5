import type {
  App,
  BlockAction,
  ButtonAction,
  Logger,
  Middleware,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { ACTION_IDS, actionIdPattern, parseAskValue, parseFeedbackValue } from '../../../render/blocks';
import { SLACK_COPY } from '../../copy';
import type { ListenerDeps } from '../../deps';
import type { Vote } from '../../feedback/sink';
import { fallbackFor, respondOrExplain } from '../../replying/delivery';

/** Helpful / not helpful: recorded, and thanked with a short note only the voter sees. */
export function feedbackCallback(
  deps: ListenerDeps,
  helpful: boolean,
): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, body, action, respond, client, logger }) => {
    await ack();
    const vote = voteFrom(action.value ?? '', body.user.id, helpful, deps, logger);
    if (body.container?.type !== 'view') {
      const text = helpful ? SLACK_COPY.thanksHelpful : SLACK_COPY.thanksNotHelpful;
      const fallback = fallbackFor(body, client, logger);
      await respondOrExplain(
        respond,
        { response_type: 'ephemeral', replace_original: false, text },
        fallback,
      );
    }
    // Recorded after the thanks: a slow store never holds up a reply.
    if (vote) await deps.feedback.vote(vote);
  };
}

export function registerFeedback(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    actionIdPattern(ACTION_IDS.feedbackHelpful),
    feedbackCallback(deps, true),
  );
  app.action<BlockAction<ButtonAction>>(
    actionIdPattern(ACTION_IDS.feedbackNotHelpful),
    feedbackCallback(deps, false),
  );
}

/**
 * The vote a button value describes, or undefined when it names no answer the knowledge has (an
 * old button, or a forged value): only known ids reach the store. A "not helpful" vote keeps the
 * question it was about, as a possible out-of-scope example.
 */
export function voteFrom(
  value: string,
  user: string,
  helpful: boolean,
  deps: ListenerDeps,
  logger: Logger,
): Vote | undefined {
  const { answer, origin } = parseFeedbackValue(value);
  const target = parseAskValue(answer);
  if (!target || target.kind === 'question' || !deps.engine().lookup(target)) {
    logger.debug(`vote not recorded: the button names no known answer (${value.length} characters)`);
    return undefined;
  }
  return { user, answer, helpful, ...(!helpful && origin ? { query: origin.query } : {}) };
}
