import type { AnswerKind } from '../engine';

/** Where in Slack (or the terminal) a question was asked. */
export type Surface = 'command' | 'mention' | 'dm' | 'shortcut' | 'button' | 'cli';

/** A question the bot could not answer well: kind `none`, or an answer below the confidence bar. */
export interface GapRecord {
  type: 'gap';
  /** ISO 8601 time. */
  at: string;
  /** Slack user id; nothing else personal is kept. */
  user: string;
  surface: Surface;
  query: string;
  kind: AnswerKind;
  confidence: number;
  /** Role ids the question named. */
  roles: string[];
  /** What was answered, when something was: `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  answer?: string;
}

/** A helpful / not helpful vote on an answer. */
export interface VoteRecord {
  type: 'vote';
  at: string;
  user: string;
  /** `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  answer: string;
  helpful: boolean;
}

/** One line of the store. */
export type FeedbackRecord = GapRecord | VoteRecord;

/** Append-only store of what matters to the maintainers; JSON Lines by default, a database later. */
export interface FeedbackStore {
  append(record: FeedbackRecord): Promise<void>;
  /** Every record at or after `since` (all when omitted), oldest first. Unreadable lines are skipped. */
  read(since?: Date): Promise<FeedbackRecord[]>;
}
