import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import { suggestionGroup } from './actions';
import { HOW_TO_ASK } from './help';
import { context, section } from './parts';
import { askOrigin } from './protocol';
import type { MessageParts } from './types';

/** "No answer", with suggestions. */
export type NoneAnswer = Extract<Answer, { kind: 'none' }>;

const NO_ANSWER = "I don't have an answer for that yet.";

/** A friendly "no answer", the engine's suggestions as buttons, and how to ask. */
export function renderNone(answer: NoneAnswer): MessageParts {
  const main: KnownBlock[] = section(`:thinking_face: ${NO_ANSWER}`);
  const actions: KnownBlock[] = [
    ...suggestionGroup('Maybe one of these:', 'suggestions', answer.suggestions, askOrigin(answer)),
    ...context(HOW_TO_ASK),
  ];
  const labels = answer.suggestions.map((s) => s.label);
  return { text: labels.length ? `${NO_ANSWER} Maybe: ${labels.join(' · ')}` : NO_ANSWER, main, actions };
}
