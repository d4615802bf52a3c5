import type { Logger } from '@slack/bolt';
import type { Answer } from '../../engine';
import { isGap } from '../../engine/gap';
import type { CandidateRecord, DraftRecord, Surface } from '../../store/types';

/** A helpful / not-helpful vote on an answer. */
export interface Vote {
  user: string;
  /** What was answered: `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  answer: string;
  helpful: boolean;
  /** The question that got the answer, when the vote is "not helpful" and the button carried it. */
  query?: string;
}

/** A click on an alternative offered under "none" or an unsure answer: a phrasing the knowledge could learn. */
export type Choice = Omit<CandidateRecord, 'type' | 'at'>;

/** Who asked, and where. */
export interface Asker {
  user: string;
  surface: Surface;
}

/** Where votes and answered questions go: the feedback store, or the log until one is configured. */
export interface FeedbackSink {
  vote(vote: Vote): void | Promise<void>;
  /** Every answer given; the sink keeps the ones worth a maintainer's look (none, low confidence). */
  answered(answer: Answer, asker: Asker): void | Promise<void>;
  /** An alternative chosen after an unsure answer (optional: a sink may not learn). */
  chose?(choice: Choice): void | Promise<void>;
  /** A reply saved with "Save as answer", as a draft FAQ (optional: a sink may not keep drafts). */
  draft?(draft: Omit<DraftRecord, 'type' | 'at'>): void | Promise<void>;
}

/** A feedback sink that only logs, until a store is configured. */
export function loggingFeedback(logger: Logger): FeedbackSink {
  return {
    vote: (v) =>
      logger.info(`feedback: ${v.helpful ? 'helpful' : 'not helpful'} on ${v.answer} from ${v.user}`),
    answered: (answer, asker) => {
      if (isGap(answer))
        logger.info(`unanswered (${answer.kind}, ${answer.confidence}) via ${asker.surface}`);
    },
    chose: (c) => logger.info(`alternative chosen after ${c.kind} (${c.confidence}): ${c.chosen}`),
    draft: (d) => logger.info(`draft answer saved by ${d.user} (no store configured: not kept)`),
  };
}
