import type { Role } from '../knowledge/types';
import type { Answer } from './answer';
import { asksForAPerson, asksForATask, hasCompareCue, hasOrCue } from './intent';
import { MATCH_OPTIONS } from './options';
import type { Question } from './question';

/** Picks the answer for a question: a comparison, a role, an FAQ, or an honest "none". */
export function decide(q: Question): Answer {
  if (asksForATask(q.analysis.words)) return q.none();
  const compareCue = hasCompareCue(q.normalized);
  const [first, second] = q.roles;
  if (first && second) return twoRoles(q, first, second, compareCue);
  if (first) return oneRole(q, first, compareCue);
  // "difference between git merge and rebase": a comparison of things that are not roles.
  if (compareCue && (q.matches()[0]?.score ?? 0) < MATCH_OPTIONS.rolelessComparisonMinScore) return q.none();
  return q.faqAnswer() ?? q.none();
}

/** "po vs tl" compares; "can the SM also be the PO?" is an FAQ that names two roles. */
function twoRoles(q: Question, first: Role, second: Role, compareCue: boolean): Answer {
  if (q.roles.length > 2 && compareCue) {
    q.note('extra-roles', `I compared the first two roles you named, ${first.name} and ${second.name}.`);
  }
  if (compareCue && q.extra.length <= MATCH_OPTIONS.comparisonExtraWords)
    return q.compareAnswer(first, second);
  if (hasOrCue(q.normalized) && q.extra.length === 0) return q.compareAnswer(first, second);
  const asFaq = q.faqAnswer();
  if (asFaq && !(compareCue && asFaq.confidence < 0.5)) return asFaq;
  if (compareCue || q.extra.length <= 1) return q.compareAnswer(first, second);
  return q.none();
}

/** "tech lead" or "what does a scrum master do" is the role; "do TLs still code?" is an FAQ. */
function oneRole(q: Question, role: Role, compareCue: boolean): Answer {
  if (compareCue && q.analysis.mentions.length > 1) {
    q.note('same-role', `Those both name the ${role.name}, so here is that role.`);
  } else if (compareCue) {
    q.note(
      'one-role',
      `Name a second role to compare with, for example \`compare ${role.aliases[0] ?? role.id} tl\`.`,
    );
  }
  const mention = q.analysis.mentions[0];
  if (mention && asksForAPerson(q.analysis.words, mention.start, mention.end)) {
    q.note(
      'unknown-person',
      'I know about roles, not who holds them in your team: ask your team or check your org chart.',
    );
    return q.none();
  }
  if (q.extra.length === 0) return q.roleAnswer(role, 1);
  const asFaq = q.faqAnswer();
  if (asFaq) return asFaq;
  if (q.extra.length <= 1 || compareCue) return q.roleAnswer(role, 0.6);
  return q.none();
}
