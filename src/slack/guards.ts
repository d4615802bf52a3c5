import type { KnownEventFromType } from '@slack/bolt';
import type { GenericMessageEvent } from '@slack/types';

type MessageEvent = KnownEventFromType<'message'>;

/** The fields that tell who wrote a message and whether it is new, as every message-like payload has them. */
interface Authored {
  text?: string;
  subtype?: string;
  bot_id?: string;
  bot_profile?: unknown;
}

/** Subtypes of a message a person wrote and may want answered: a thread reply also sent to the channel, a file. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/**
 * True when a person wrote this message: not a bot or another app (two bots answering each other would
 * loop), not an edit (`message_changed`), a deletion or another system subtype.
 */
export function isFromPerson(message: Authored): boolean {
  if (message.bot_id || message.bot_profile) return false;
  return message.subtype === undefined || PERSON_SUBTYPES.has(message.subtype);
}

/** A person's own new message in a DM with the bot: no bots, no edits, deletions or other subtypes. */
export function isQuestionInDm(message: MessageEvent): message is GenericMessageEvent {
  if (message.subtype !== undefined || !isFromPerson(message)) return false;
  return message.channel_type === 'im' && typeof message.text === 'string';
}

/** Keys seen recently: each is "new" once within `ttlMs`; at most `max` are kept, oldest dropped first. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is offered (within the TTL), false after. */
  firstTime(key: string): boolean {
    const now = this.now();
    for (const [k, at] of this.seen) {
      if (now - at < this.ttlMs && this.seen.size < this.max) break;
      this.seen.delete(k);
    }
    if (this.seen.has(key)) return false;
    this.seen.set(key, now);
    return true;
  }
}
