import type { Logger } from '@slack/bolt';
import type { AnswerEngine } from '../engine';

/** A helpful / not-helpful vote on an answer. */
export interface Vote {
  user: string;
  /** What was answered: `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  answer: string;
  helpful: boolean;
}

/** Where votes go; the feedback store replaces the logging default. */
export interface FeedbackSink {
  vote(vote: Vote): void | Promise<void>;
}

/** What every listener needs, passed in rather than imported, so tests can swap any of it. */
export interface ListenerDeps {
  /** The engine over the current knowledge (a function, so a reload can swap it). */
  engine(): AnswerEngine;
  feedback: FeedbackSink;
}

/** A feedback sink that only logs, until a store is configured. */
export function loggingFeedback(logger: Logger): FeedbackSink {
  return {
    vote: (v) =>
      logger.info(`feedback: ${v.helpful ? 'helpful' : 'not helpful'} on ${v.answer} from ${v.user}`),
  };
}
