import type { Answer } from './answer';
import { asksWhoToAsk } from './intent';
import type { Question } from './question';

/**
 * The answer, marked with the roles whose holders it asks for: the role of "who is our PO?" (answered
 * `none` with an `unknown-person` note), or the roles of the FAQ that "who do I ask about priorities?"
 * matched. Unchanged when the question is not about a person.
 */
export function markPersonQuestion(q: Question, answer: Answer): Answer {
  const roles = personRoles(q, answer);
  return roles.length > 0 ? { ...answer, asksWho: roles } : answer;
}

function personRoles(q: Question, answer: Answer): string[] {
  if (answer.notes.some((n) => n.code === 'unknown-person')) return q.roles.slice(0, 1).map((r) => r.id);
  if (!asksWhoToAsk(q.analysis.words)) return [];
  if (answer.kind === 'faq') return [...answer.faq.roles];
  if (answer.kind === 'role') return [answer.role.id];
  return [];
}
