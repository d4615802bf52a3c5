import type { Faq } from '../knowledge/types';
import type { Answer, Suggestion } from './answer';
import type { ConceptMatcher } from './concepts';
import { normalizeText, words } from './text';

/** The two sides of a trade-off, as the concept list names them (pros → benefit, cons → risk). */
const SIDES = ['benefit', 'risk'] as const;
type Side = (typeof SIDES)[number];

/** The sides a list of concept words names, in the order it first names them. */
function sidesNamed(concepts: readonly string[]): Side[] {
  return [...new Set(concepts.filter((w): w is Side => (SIDES as readonly string[]).includes(w)))];
}

/** The one side a FAQ is about, read from its question and tags; none when it names neither or both. */
function sideOf(f: Faq, concepts: ConceptMatcher): Side | undefined {
  const named = sidesNamed(concepts.rewrite(words(normalizeText([f.question, ...f.tags].join(' ')))));
  return named.length === 1 ? named[0] : undefined;
}

const sameRoles = (a: Faq, b: Faq) =>
  a.roles.length === b.roles.length && a.roles.every((r) => b.roles.includes(r));

/**
 * Answers "pros and cons" with both FAQs when the knowledge has the two sides apart. Two FAQs are the
 * sides of one trade-off when one is about benefits and the other about risks, they concern the same
 * roles, and one lists the other in `related` (the author linked them, so the pair is meant).
 */
export class BothSides {
  private readonly byId: Map<string, Faq>;
  private readonly sides = new Map<string, Side>();
  private readonly counterpart = new Map<string, Faq>();

  constructor(faqs: readonly Faq[], concepts: ConceptMatcher) {
    this.byId = new Map(faqs.map((f) => [f.id, f]));
    for (const f of faqs) {
      const side = sideOf(f, concepts);
      if (side) this.sides.set(f.id, side);
    }
    for (const f of faqs) {
      const side = this.sides.get(f.id);
      for (const g of f.related.flatMap((id) => this.byId.get(id) ?? [])) {
        const other = this.sides.get(g.id);
        if (!side || !other || other === side || !sameRoles(f, g)) continue;
        if (!this.counterpart.has(f.id)) this.counterpart.set(f.id, g);
        if (!this.counterpart.has(g.id)) this.counterpart.set(g.id, f);
      }
    }
  }

  /** The answer with the other side added (`also`) when the question asks for both; else unchanged. */
  answer(answer: Answer, concepts: readonly string[]): Answer {
    const asked = sidesNamed(concepts);
    const other = answer.kind === 'faq' ? this.counterpart.get(answer.faq.id) : undefined;
    if (answer.kind !== 'faq' || !other || asked.length < 2) return answer;
    // The side the question names first comes first.
    const [first, second] =
      this.sides.get(answer.faq.id) === asked[0] ? [answer.faq, other] : [other, answer.faq];
    const shown = new Set([first.id, second.id]);
    const elsewhere = (s: Suggestion) => !(s.kind === 'faq' && shown.has(s.id));
    const relatedIds = [...new Set([...first.related, ...second.related])].filter((id) => !shown.has(id));
    const related = relatedIds
      .flatMap((id) => this.byId.get(id) ?? [])
      .map((f): Suggestion => ({ kind: 'faq', id: f.id, label: f.question }));
    return {
      ...answer,
      faq: first,
      also: [second],
      related,
      alternatives: answer.alternatives.filter(elsewhere),
    };
  }
}
