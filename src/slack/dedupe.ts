import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { DependencyHealth } from '../health';
import { RecentKeys } from './guards';

/**
 * Limits for the shared check. Slack retries an event after 1 s, 1 min and 5 min, so a key lives 10 min.
 * The check sits before every answer: a Redis that is slow or down must not hold one up.
 */
export const DEDUPE_LIMITS = Object.freeze({
  ttlMs: 10 * 60_000,
  /** One SET NX: loopback or a nearby Redis answers in well under a millisecond. */
  commandMs: 250,
  connectMs: 1_000,
  /** Reconnecting backs off up to this long between tries, forever. */
  reconnectMaxMs: 5_000,
  probeMs: 1_000,
});

/** Says whether a key is new: across every instance with Redis, within this process without it. */
export interface FirstTimeCheck {
  firstTime(key: string): Promise<boolean>;
  health(): Promise<DependencyHealth>;
  close(): Promise<void>;
}

/** The check in this process's memory (the default: one instance). */
export function memoryCheck(recent = new RecentKeys(DEDUPE_LIMITS.ttlMs)): FirstTimeCheck {
  return {
    firstTime: async (key) => recent.firstTime(key),
    health: async () => ({ state: 'off' }),
    close: async () => undefined,
  };
}

/** Drops events Slack delivers again (retries after a slow or failed ack), by their `event_id`. */
export function dedupeEvents(check: FirstTimeCheck = memoryCheck()): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !(await check.firstTime(`event:${id}`))) return;
    await next();
  };
}
