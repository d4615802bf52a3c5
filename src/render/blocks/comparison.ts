import type { KnownBlock } from '@slack/types';
import type { Answer, ComparisonView, Suggestion } from '../../engine/answer';
import type { Verdict } from '../../knowledge/types';
import { SUGGESTION_TITLES, seeAlso } from '../suggestions';
import { compareWithBlock, feedbackBlock, suggestionGroup } from './actions';
import { RENDER_LIMITS, SLACK_LIMITS } from './limits';
import { bulletList, context, divider, fieldSections, header, section, titledList } from './parts';
import type { MessageParts, RenderOptions } from './types';

/** An answer comparing two roles. */
export type ComparisonAnswer = Extract<Answer, { kind: 'comparison' }>;

const VERDICT_EMOJI: Record<Verdict, string> = {
  yes: ':large_green_circle:',
  often: ':large_green_circle:',
  sometimes: ':large_yellow_circle:',
  rarely: ':large_orange_circle:',
  no: ':red_circle:',
};

/** Two roles side by side: summary, differences, similarities, when to lean on each, one person for both. */
export function renderComparison(answer: ComparisonAnswer, opts: RenderOptions): MessageParts {
  const c = answer.comparison;
  const title = `${c.a.name} vs ${c.b.name}`;
  const leanOn = (name: string, items: string[]) =>
    titledList(`Lean on the ${name} when…`, items, SLACK_LIMITS.fieldText);
  const main: KnownBlock[] = [
    ...header(title),
    ...section(c.summary),
    ...(c.curated
      ? []
      : context('_No curated comparison for this pair yet: this one is drawn from the two role profiles._')),
    ...divider(),
    ...differenceRows(c),
    ...divider(),
    ...section(similaritiesText(c)),
    ...fieldSections([leanOn(c.a.name, c.chooseAWhen), leanOn(c.b.name, c.chooseBWhen)]),
    ...section(verdictText(c)),
  ];
  const related = relatedFaqs(c, opts);
  const actions: KnownBlock[] = [
    ...suggestionGroup(SUGGESTION_TITLES.related, 'related', [...related, ...seeAlso(answer, related)]),
    ...compareWithBlock(c.a, [c.a.id, c.b.id], opts.roles),
    ...feedbackBlock(answer, opts),
  ];
  return { text: `${title}: ${c.summary}`, main, actions };
}

/** One section per difference: the aspect in bold, then each role's side as a field (two columns on desktop). */
function differenceRows(c: ComparisonView): KnownBlock[] {
  const rows = c.differences.slice(0, RENDER_LIMITS.differences);
  const blocks: KnownBlock[] = rows.flatMap((d) =>
    fieldSections([`*${c.a.name}*\n${d.a}`, `*${c.b.name}*\n${d.b}`], `*${d.aspect}*`),
  );
  const more = c.differences.length - rows.length;
  return more > 0 ? [...blocks, ...context(`_…and ${more} more differences._`)] : blocks;
}

/** What the two share; uncurated pairs keep the section, so every comparison has the same shape. */
function similaritiesText(c: ComparisonView): string {
  const title = 'What they have in common';
  const list = titledList(title, c.similarities, SLACK_LIMITS.sectionText);
  return (
    list || `*${title}*\n_Nothing on file for this pair yet: the rows above come from the two profiles._`
  );
}

/** "One person for both?" with the verdict and its reasons; uncurated pairs have no verdict on file. */
function verdictText(c: ComparisonView): string {
  const head = '*One person for both?*';
  const v = c.onePersonBoth;
  if (!v)
    return `${head}\n_No verdict on file for this pair: weigh the two workloads above against your team's size._`;
  const lead = `${head} ${VERDICT_EMOJI[v.verdict]} ${v.answer}`;
  const reasons = bulletList(v.reasons, SLACK_LIMITS.sectionText - lead.length - 1);
  return reasons ? `${lead}\n${reasons}` : lead;
}

/** The comparison's related FAQs as suggestions, labelled from `opts.faqs` (ids alone make poor buttons). */
function relatedFaqs(c: ComparisonView, opts: RenderOptions): Suggestion[] {
  const byId = new Map((opts.faqs ?? []).map((f) => [f.id, f.question]));
  return c.related.flatMap((id) => {
    const label = byId.get(id);
    return label ? [{ kind: 'faq' as const, id, label }] : [];
  });
}
