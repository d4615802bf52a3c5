import type { KnowledgeBase } from '../../knowledge/types';
import { encodeReference } from '../reference';

/** One phrasing and the answer it asks for: its reference (src/engine/reference.ts), or `none`. */
export interface LabelledText {
  text: string;
  label: string;
}

/** The label of the "I don't know" class. */
export const NONE_LABEL = 'none';

/** Generic ways of asking what a role is; `{r}` is the role's name. */
const ROLE_TEMPLATES = [
  '{r}',
  'what does a {r} do',
  'what is a {r}',
  'what is the {r} role',
  'tell me about the {r}',
  '{r} responsibilities',
  'what are the duties of a {r}',
  'explain the {r} role to me',
  'what is a {r} actually for',
  'what does a {r} spend the day doing',
  'what is the job of the {r}',
  'describe what a {r} is responsible for',
  'what does being a {r} involve',
  'what kind of work does a {r} do',
  'new to the company, what does our {r} do',
];

/** Generic ways of asking for two roles side by side; `{a}` and `{b}` are the roles' names. */
const COMPARISON_TEMPLATES = [
  '{a} vs {b}',
  '{a} or {b}',
  'difference between {a} and {b}',
  'how is a {a} different from a {b}',
  'is a {a} the same as a {b}',
  'compare {a} and {b}',
  'what does a {a} do that a {b} does not',
  'should our team have a {a} or a {b}',
  'is the {a} just another name for the {b}',
];

/** Every labelled phrasing the classifier learns from: the knowledge's own questions, generic role and pair phrasings, role summaries, and the out-of-scope examples. */
export function trainingSet(kb: KnowledgeBase): LabelledText[] {
  const out: LabelledText[] = [];
  for (const f of kb.faqs)
    for (const text of [f.question, ...f.alternates]) out.push({ text, label: `faq:${f.id}` });
  for (const r of kb.roles) {
    const label = encodeReference({ kind: 'role', id: r.id });
    for (const t of ROLE_TEMPLATES) out.push({ text: t.replaceAll('{r}', r.name), label });
    for (const text of r.phrasings ?? []) out.push({ text, label });
    // The profile's own one-liners carry the role's vocabulary ("facilitates", "removes impediments").
    for (const text of [r.summary, r.focus]) out.push({ text, label });
  }
  const byId = new Map(kb.roles.map((r) => [r.id, r]));
  for (const c of kb.comparisons) {
    const [a, b] = c.roles.map((id) => byId.get(id));
    if (!a || !b) continue;
    const label = comparisonLabel(a.id, b.id);
    for (const t of COMPARISON_TEMPLATES) {
      out.push({ text: t.replaceAll('{a}', a.name).replaceAll('{b}', b.name), label });
      out.push({ text: t.replaceAll('{a}', b.name).replaceAll('{b}', a.name), label });
    }
    for (const text of c.phrasings ?? []) out.push({ text, label });
  }
  for (const topic of kb.outOfScope ?? [])
    for (const text of topic.examples) out.push({ text, label: NONE_LABEL });
  return out;
}

/** The label of a pair of roles, in either order: its reference, roles sorted. */
export function comparisonLabel(a: string, b: string): string {
  return encodeReference({ kind: 'comparison', roles: [a, b].sort() as [string, string] });
}
