import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { ACTION_IDS, actionIdPattern } from '../render/blocks';
import { SLACK_COPY } from './copy';
import { SURFACES } from './surfaces';

const KNOWN_ACTIONS = Object.values(ACTION_IDS).map(actionIdPattern);
const KNOWN_CALLBACKS = new Set<string>([SURFACES.shortcut, SURFACES.saveAsAnswer]);

interface InteractionBody {
  type?: string;
  actions?: Array<{ action_id?: string }>;
  callback_id?: string;
  view?: { callback_id?: string };
  response_url?: string;
  user?: { id?: string };
}

/** The id of an interaction no listener handles, or undefined when it is known (or not an interaction). */
export function unknownInteraction(body: InteractionBody): string | undefined {
  switch (body.type) {
    case 'block_actions': {
      const ids = (body.actions ?? []).map((a) => String(a.action_id));
      return ids.some((id) => KNOWN_ACTIONS.some((known) => known.test(id))) ? undefined : ids.join(',');
    }
    case 'shortcut':
    case 'message_action':
      return KNOWN_CALLBACKS.has(String(body.callback_id)) ? undefined : String(body.callback_id);
    case 'view_submission':
    case 'view_closed':
    case 'block_suggestion':
    case 'interactive_message':
    case 'dialog_submission':
      // role-bot opens no modals, dialogs or external selects: whatever arrives here is left over.
      return String(body.view?.callback_id ?? body.callback_id ?? body.type);
    default:
      return undefined;
  }
}

/**
 * Global middleware: an interaction no listener handles (a button from an older version of the app in an
 * old message) is acknowledged at once instead of after Bolt's 3-second timeout, logged, and the person
 * is told privately where Slack gives a response URL.
 */
export function ackUnknownInteractions(): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as InteractionBody;
    const id = unknownInteraction(body);
    if (id === undefined || !('ack' in args) || !args.ack) return args.next();
    await args.ack();
    const shown = JSON.stringify(id.slice(0, 100));
    args.logger.info(`unknown ${body.type} ${shown} from ${body.user?.id ?? 'unknown'}: acknowledged`);
    if (!body.response_url) return;
    try {
      const res = await fetch(body.response_url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          response_type: 'ephemeral',
          replace_original: false,
          text: SLACK_COPY.outOfDate,
        }),
      });
      if (!res.ok) args.logger.info(`could not say the button is out of date: HTTP ${res.status}`);
    } catch (error) {
      args.logger.info(`could not say the button is out of date: ${(error as Error).message}`);
    }
  };
}
