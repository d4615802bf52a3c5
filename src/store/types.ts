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
  /** The question the answer was given to; kept with "not helpful" votes, as a possible out-of-scope example. */
  query?: string;
}

/**
 * A phrasing to learn: someone got "none" or an unsure answer to `query`, then clicked the
 * alternative `chosen`. `role-bot learn` offers it to an author as a new phrasing of that answer.
 */
export interface CandidateRecord {
  type: 'candidate';
  at: string;
  user: string;
  /** Where the click came from (a button, in Slack). */
  surface: Surface;
  query: string;
  /** How the question was answered before the click, and how sure that answer was. */
  kind: AnswerKind;
  confidence: number;
  /** The answer chosen: `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  chosen: string;
}

/**
 * An answer a person gave in Slack, saved with **Save as answer** as a draft FAQ. Drafts answer
 * nobody: `role-bot learn --drafts` turns one into a FAQ in knowledge/ after an author's review.
 */
export interface DraftRecord {
  type: 'draft';
  at: string;
  /** Slack user id of whoever saved it. */
  user: string;
  /** The question the reply answers. */
  question: string;
  /** The reply, as Slack mrkdwn. */
  answer: string;
  /** Role ids the question and answer name. */
  roles: string[];
  /** Slack user id of the person who wrote the reply. */
  author: string;
}

/** One line of the store. */
export type FeedbackRecord = GapRecord | VoteRecord | CandidateRecord | DraftRecord;

/** What one read of the store found: the records, and how many it could not use. */
export interface StoreScan {
  records: FeedbackRecord[];
  /** Blank, torn or otherwise unreadable lines (or rows) that were skipped. */
  skipped: number;
}

/**
 * Append-only store of what matters to the maintainers: JSON Lines files by default, PostgreSQL when
 * DATABASE_URL is set. Both pass the same tests (test/store/feedback-store-contract.ts).
 */
export interface FeedbackStore {
  /** Adds one record, cut to STORE_LIMITS; rejects a value that is not a record. */
  append(record: FeedbackRecord): Promise<void>;
  /** Every record at or after `since` (all when omitted), oldest first. Unreadable lines are skipped. */
  read(since?: Date): Promise<FeedbackRecord[]>;
  /** Like `read`, also counting what was skipped. */
  scan(since?: Date): Promise<StoreScan>;
  /** Where the records live, for messages: a folder, or a database without its password. */
  readonly where: string;
  /** Releases connections (the files need none). */
  close(): Promise<void>;
}
