import type { InstallationStore, Logger } from '@slack/bolt';
import type { Answer, AnswerEngine } from '../engine';
import type { PeopleStores } from '../store/people-stores';
import type { CandidateRecord, DraftRecord, Surface } from '../store/types';

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

export type { PeopleStores } from '../store/people-stores';

/** What every listener needs, passed in rather than imported, so tests can swap any of it. */
export interface ListenerDeps {
  /** The engine over the current knowledge (a function, so a reload can swap it). */
  engine(): AnswerEngine;
  feedback: FeedbackSink;
  /**
   * True the first time a message (channel + ts) is about to be answered: a mention that also
   * arrives as a message event is answered once.
   */
  firstAnswer(channel: string, ts: string): boolean | Promise<boolean>;
  people: PeopleStores;
  /** ESCALATION_CHANNEL, when set; a channel an admin picks in the App Home wins over it. */
  escalationChannel?: string;
  /** Installations in OAuth mode, so uninstalls and revoked tokens are forgotten; absent with .env tokens. */
  installations?: Pick<InstallationStore, 'deleteInstallation'>;
}

/** Below this confidence an answer counts as a gap worth reporting, even when one was given. */
export const LOW_CONFIDENCE = 0.5;

/** True for answers the maintainers should hear about: no answer, or a shaky one. */
export function isGap(answer: Answer): boolean {
  return (
    answer.kind === 'none' ||
    ((answer.kind === 'faq' || answer.kind === 'role') && answer.confidence < LOW_CONFIDENCE)
  );
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

/**
 * The same deps with the engine fixed for one request: the answer and the labels it is rendered with come
 * from one knowledge, even when a reload lands in the middle of the request.
 */
export function pinEngine(deps: ListenerDeps): ListenerDeps {
  const engine = deps.engine();
  return { ...deps, engine: () => engine };
}
