import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { SLACK_COPY } from '../copy';
import { slackErrorCode } from './api-errors';

interface ErrorPayload {
  response_url?: string;
  user_id?: string;
  channel_id?: string;
  user?: { id?: string } | string;
  channel?: { id?: string } | string;
  event?: { channel?: string; user?: string; channel_type?: string };
}

/**
 * The app's error handler: every listener error gets a log line and, wherever Slack lets us reach the
 * person, a short apology instead of silence. It never throws itself.
 */
export function createErrorHandler(client: WebClient) {
  return async ({ error, logger, body, context }: HandlerArgs): Promise<void> => {
    const payload = (body ?? {}) as ErrorPayload;
    logger.error(`listener failed: ${slackErrorCode((error as { original?: unknown }).original ?? error)}`);
    try {
      // In OAuth mode the app's client has no token: the request's workspace token is in its context.
      await apologize(client, payload, context?.botToken);
    } catch (sorryError) {
      logger.error(`could not tell the person about the failure: ${slackErrorCode(sorryError)}`);
    }
  };
}

interface HandlerArgs {
  error: Error;
  logger: Logger;
  body: unknown;
  context?: { botToken?: string };
}

async function apologize(client: WebClient, p: ErrorPayload, token?: string): Promise<void> {
  if (p.response_url) {
    await fetch(p.response_url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: SLACK_COPY.apology }),
    });
    return;
  }
  const channel = p.event?.channel ?? idOf(p.channel) ?? p.channel_id;
  const user = p.event?.user ?? idOf(p.user) ?? p.user_id;
  if (!channel || !user) return;
  const auth = token ? { token } : {};
  if (p.event?.channel_type === 'im')
    await client.chat.postMessage({ ...auth, channel, text: SLACK_COPY.apology });
  else await client.chat.postEphemeral({ ...auth, channel, user, text: SLACK_COPY.apology });
}

const idOf = (v: { id?: string } | string | undefined) => (typeof v === 'string' ? v : v?.id);
