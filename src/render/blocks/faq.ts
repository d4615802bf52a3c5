import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import { SUGGESTION_TITLES, seeAlso } from '../suggestions';
import { feedbackBlock, suggestionGroup } from './actions';
import { context, header, section } from './parts';
import type { MessageParts, RenderOptions } from './types';

/** An answer from the FAQ. */
export type FaqAnswer = Extract<Answer, { kind: 'faq' }>;

/** The question as a header, its answer (trusted mrkdwn), the roles it concerns, related questions. */
export function renderFaq(answer: FaqAnswer, opts: RenderOptions): MessageParts {
  const f = answer.faq;
  const main: KnownBlock[] = [
    ...header(f.question),
    ...section(f.answer),
    ...context(rolesLine(f.roles, opts)),
  ];
  const actions: KnownBlock[] = [
    ...suggestionGroup(SUGGESTION_TITLES.related, 'related', [
      ...answer.related,
      ...seeAlso(answer, answer.related),
    ]),
    ...feedbackBlock(answer, opts),
  ];
  return { text: `${f.question}\n${f.answer}`, main, actions };
}

/** "Roles: Product Owner · Tech Lead", named from `opts.roles` when given, else by id. */
function rolesLine(ids: readonly string[], opts: RenderOptions): string {
  if (ids.length === 0) return '';
  const names = new Map((opts.roles ?? []).map((r) => [r.id, r.name]));
  return `*Roles:* ${ids.map((id) => names.get(id) ?? id).join(' · ')}`;
}
