import { parseReference } from '../engine/reference';
import type { KnowledgeBase } from '../knowledge/types';

/** Display names by id; an id with no name is shown as the id. */
export interface ReportNames {
  roles: ReadonlyMap<string, string>;
  /** FAQ id → its question. */
  faqs: ReadonlyMap<string, string>;
}

/** Role names and FAQ questions from the knowledge; empty maps (ids shown as they are) without it. */
export function namesFromKnowledge(knowledge?: KnowledgeBase): ReportNames {
  return {
    roles: new Map(knowledge?.roles.map((r) => [r.id, r.name])),
    faqs: new Map(knowledge?.faqs.map((f) => [f.id, f.question])),
  };
}

/** A readable name for `faq:<id>`, `role:<id>` or `compare:<a>,<b>`, falling back to the id. */
export function labelAnswer(answer: string, names: ReportNames): string {
  const ref = parseReference(answer);
  const role = (id: string) => names.roles.get(id) ?? id;
  if (ref?.kind === 'faq') return names.faqs.get(ref.id) ?? ref.id;
  if (ref?.kind === 'role') return role(ref.id);
  if (ref?.kind === 'comparison') return ref.roles.map(role).join(' vs ');
  return answer;
}
