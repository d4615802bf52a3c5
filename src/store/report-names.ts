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
  const [prefix, rest = ''] = splitOnce(answer, ':');
  const role = (id: string) => names.roles.get(id) ?? id;
  if (prefix === 'faq') return names.faqs.get(rest) ?? rest;
  if (prefix === 'role') return role(rest);
  if (prefix === 'compare') return rest.split(',').map(role).join(' vs ');
  return answer;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + separator.length)];
}
