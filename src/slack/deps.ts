import type { InstallationStore } from '@slack/bolt';
import type { AnswerEngine } from '../engine';
import type { PeopleStores } from '../store/people-stores';
import type { FeedbackSink } from './feedback/sink';

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

/**
 * The same deps with the engine fixed for one request: the answer and the labels it is rendered with come
 * from one knowledge, even when a reload lands in the middle of the request.
 */
export function pinEngine(deps: ListenerDeps): ListenerDeps {
  const engine = deps.engine();
  return { ...deps, engine: () => engine };
}
