import type { AnyMiddlewareArgs, KnownEventFromType, Middleware } from '@slack/bolt';
import type { GenericMessageEvent } from '@slack/types';

type MessageEvent = KnownEventFromType<'message'>;

/** A person's own new message in a DM with the bot: no bots, no edits, deletions or other subtypes. */
export function isQuestionInDm(message: MessageEvent): message is GenericMessageEvent {
  if (message.subtype !== undefined) return false;
  return message.channel_type === 'im' && !message.bot_id && typeof message.text === 'string';
}

/**
 * Drops events Slack delivers again (retries after a slow or failed ack) by their `event_id`, remembered
 * for `ttlMs` and at most `max` at a time, so memory stays bounded.
 */
export function dedupeEvents(ttlMs = 10 * 60_000, max = 10_000): Middleware<AnyMiddlewareArgs> {
  const seen = new Map<string, number>();
  return async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id !== 'string') return next();
    const now = Date.now();
    for (const [key, at] of seen) {
      if (now - at < ttlMs && seen.size < max) break;
      seen.delete(key);
    }
    if (seen.has(id)) return;
    seen.set(id, now);
    await next();
  };
}
