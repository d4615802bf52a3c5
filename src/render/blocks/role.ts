import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import { SUGGESTION_TITLES, seeAlso } from '../suggestions';
import { compareWithBlock, feedbackBlock, suggestionGroup } from './actions';
import { SLACK_LIMITS } from './limits';
import { fieldSections, header, section, titledList } from './parts';
import type { MessageParts, RenderOptions } from './types';

/** An answer describing one role. */
export type RoleAnswer = Extract<Answer, { kind: 'role' }>;

/** A role profile: summary and focus, what they do, then decisions, partners and when to lean on them. */
export function renderRole(answer: RoleAnswer, opts: RenderOptions): MessageParts {
  const r = answer.role;
  const field = (title: string, items: string[]) => titledList(title, items, SLACK_LIMITS.fieldText);
  const main: KnownBlock[] = [
    ...header(r.name),
    ...section(`${r.summary}\n*Focus:* ${r.focus}`),
    ...section(titledList('What they do', r.responsibilities, SLACK_LIMITS.sectionText)),
    ...fieldSections([
      field('Decides', r.decides),
      `*Reports to*\n${r.reports_to}`,
      `*Works with*\n${r.works_with.join(', ')}`,
      field('Lean on them when', r.lean_on_when),
      field('Strengths', r.strengths),
      field('Watch out for', r.watch_outs),
    ]),
  ];
  const actions: KnownBlock[] = [
    ...suggestionGroup('Compare with', 'comparisons', answer.comparisons),
    ...compareWithBlock(r, [r.id], opts.roles),
    ...suggestionGroup(SUGGESTION_TITLES.seeAlso, 'see_also', seeAlso(answer, answer.comparisons)),
    ...feedbackBlock(answer, opts),
  ];
  return { text: `${r.name}: ${r.summary}`, main, actions };
}
