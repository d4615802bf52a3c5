import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import type { Faq } from '../../knowledge/types';
import { SUGGESTION_TITLES, seeAlso } from '../suggestions';
import { feedbackBlock, suggestionGroup } from './actions';
import { RENDER_LIMITS } from './limits';
import { context, divider, header, section } from './parts';
import type { MessageParts, RenderOptions } from './types';

/** An answer from the FAQ. */
export type FaqAnswer = Extract<Answer, { kind: 'faq' }>;

/** The question as a header, its answer (trusted mrkdwn), the roles it concerns, related questions. */
export function renderFaq(answer: FaqAnswer, opts: RenderOptions): MessageParts {
  const faqs = answeredFaqs(answer);
  const main: KnownBlock[] = [
    ...faqs.flatMap((f, i) => [...(i > 0 ? divider() : []), ...header(f.question), ...section(f.answer)]),
    ...context(rolesLine([...new Set(faqs.flatMap((f) => f.roles))], opts)),
  ];
  const actions: KnownBlock[] = [
    ...suggestionGroup(SUGGESTION_TITLES.related, 'related', [
      ...answer.related,
      ...seeAlso(answer, answer.related),
    ]),
    ...feedbackBlock(answer, opts),
  ];
  return { text: faqs.map((f) => `${f.question}\n${f.answer}`).join('\n\n'), main, actions };
}

/** The FAQs one message answers: the matched one, then the other side of a "pros and cons" question. */
export function answeredFaqs(answer: FaqAnswer): Faq[] {
  return [answer.faq, ...(answer.also ?? [])].slice(0, RENDER_LIMITS.faqsPerMessage);
}

/** "Roles: Product Owner · Tech Lead", named from `opts.roles` when given, else by id. */
function rolesLine(ids: readonly string[], opts: RenderOptions): string {
  if (ids.length === 0) return '';
  const names = new Map((opts.roles ?? []).map((r) => [r.id, r.name]));
  return `*Roles:* ${ids.map((id) => names.get(id) ?? id).join(' · ')}`;
}
