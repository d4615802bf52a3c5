import type { Role } from '../knowledge/types';
import type { Answer } from './answer';
import { asksForAPerson as asksForAPersonAt, asksForATask, hasCompareCue, hasOrCue } from './intent';
import type { Question } from './question';
import type { Shape } from './shape';

/** Picks the answer for a question: a comparison, a role, an FAQ, or an honest "none". */
export function decide(q: Question): Answer {
  if (asksForATask(q.analysis.words)) return q.none();
  const compareCue = hasCompareCue(q.normalized);
  const [first, second] = q.roles;
  const plain = q.extra.length === 0 || (compareCue && q.extra.length <= q.options.comparisonExtraWords);
  // "can the EM be the PO?": the FAQ about holding both roles, before any comparison reading.
  const both = first && second && !compareCue ? q.combiningAnswer(first, second) : undefined;
  if (both) return both;
  if (first && !asksForAPerson(q) && !(plain && (second || !compareCue))) {
    const shape = q.shape();
    // "compare scrum master" names one role to compare: that path asks for the second.
    if (shape && !(shape.kind === 'role' && compareCue)) return shaped(q, shape);
  }
  if (first && second) return twoRoles(q, first, second, compareCue);
  if (first) return oneRole(q, first, compareCue);
  // "difference between git merge and rebase": a comparison of things that are not roles.
  if (compareCue && (q.matches()[0]?.score ?? 0) < q.options.rolelessComparisonMinScore) return q.none();
  return q.faqAnswer() ?? q.none();
}

/** "po vs tl" compares; "can the SM also be the PO?" is an FAQ that names two roles. */
function twoRoles(q: Question, first: Role, second: Role, compareCue: boolean): Answer {
  // "SM/agile coach", "po tl": two roles and not a word more.
  if (q.analysis.mentions.reduce((n, m) => n + m.end - m.start, 0) === q.analysis.words.length)
    return q.compareAnswer(first, second);
  if (q.roles.length > 2 && compareCue) {
    q.note('extra-roles', `I compared the first two roles you named, ${first.name} and ${second.name}.`);
  }
  if (compareCue && q.extra.length <= q.options.comparisonExtraWords) return q.compareAnswer(first, second);
  if (hasOrCue(q.normalized) && q.extra.length === 0) return q.compareAnswer(first, second);
  const asFaq = q.faqAnswer();
  if (asFaq && !(compareCue && asFaq.confidence < q.options.faqOverComparisonMinScore)) return asFaq;
  if (compareCue || q.extra.length <= 1) return q.compareAnswer(first, second);
  return q.none();
}

/** "tech lead" or "what does a scrum master do" is the role; "do TLs still code?" is an FAQ. */
function oneRole(q: Question, role: Role, compareCue: boolean): Answer {
  if (compareCue && q.analysis.mentions.length > 1) {
    q.note('same-role', `Those both name the ${role.name}, so here is that role.`);
  } else if (compareCue) {
    const other = q.partnerOf(role);
    const example = other ? ` for example \`compare ${shortName(role)} ${shortName(other)}\`` : '';
    q.note('one-role', `Name a second role to compare with${example}.`);
  }
  if (asksForAPerson(q)) {
    q.note(
      'unknown-person',
      'I know about roles, not who holds them in your team: ask your team or check your org chart.',
    );
    return q.none();
  }
  if (q.extra.length === 0) return q.roleAnswer(role, 1);
  const asFaq = q.faqAnswer();
  if (asFaq) return asFaq;
  if (q.extra.length <= 1 || compareCue) return q.roleAnswer(role, q.options.looseRoleConfidence);
  return q.none();
}

/**
 * A message whose asking sentence has a clear shape: two roles as alternatives are compared, a role
 * asked about is its card; an FAQ still wins when it matches that well ("can the PO also be the TL?").
 */
function shaped(q: Question, shape: Shape): Answer {
  const faq = q.faqAnswer();
  // An FAQ wins only when it is about what the question says besides the roles.
  const onTopic = (q.matches()[0]?.topic ?? 0) >= q.options.shapedFaqMinTopic;
  if (faq && onTopic && faq.confidence >= q.options.shapedFaqMinScore) return faq;
  const both =
    shape.kind === 'compare' &&
    shape.roles.slice(0, 2).every((r) => faq?.kind === 'faq' && faq.faq.roles.includes(r.id));
  const sharesTopic = (q.matches()[0]?.topic ?? 0) > 0;
  if (faq && both && sharesTopic && faq.confidence >= q.options.shapedPairFaqMinScore) return faq;
  if (shape.kind === 'role') return q.roleAnswer(shape.role, q.options.shapedConfidence);
  if (shape.kind === 'compare-unknown') {
    q.note(
      'unknown-role',
      `I don't know "${shape.word}" as a role, so here is the ${shape.role.name}. Compare it with a role I know, for example \`${shape.role.aliases[0] ?? shape.role.id} vs tl\`.`,
    );
    return q.roleAnswer(shape.role, q.options.shapedConfidence);
  }
  const [a, b] = shape.roles as [Role, Role];
  if (shape.roles.length > 2) {
    q.note('extra-roles', `I compared the first two roles you named, ${a.name} and ${b.name}.`);
  }
  return q.compareAnswer(a, b);
}

/** "who is our scrum master": a person, not the role. */
function asksForAPerson(q: Question): boolean {
  const m = q.analysis.mentions[0];
  return m !== undefined && asksForAPersonAt(q.analysis.words, m.start, m.end);
}

/** The shortest way to type a role: its first alias ("tl"), or its id. */
const shortName = (role: Role): string => role.aliases[0] ?? role.id;
