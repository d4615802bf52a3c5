import type { Faq, KnowledgeBase, Role } from '../knowledge/types';
import type { Suggestion } from './answer';
import type { Comparisons } from './compare';
import { MATCH_OPTIONS, type MatchOptions } from './options';

/** The tag an author puts on a FAQ about one person holding two roles (knowledge/README.md). */
export const COMBINING_TAG = 'combining-roles';

/** The key of an unordered pair of role ids. */
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Builds the "did you mean", related and compare-with suggestions an answer carries. */
export class Suggester {
  private readonly roleById: Map<string, Role>;
  private readonly faqById: Map<string, Faq>;
  private readonly faqsByPair = new Map<string, Faq[]>();
  private readonly combiningByPair = new Map<string, Faq>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly comparisons: Comparisons,
    private readonly o: MatchOptions = MATCH_OPTIONS,
  ) {
    this.roleById = new Map(kb.roles.map((r) => [r.id, r]));
    this.faqById = new Map(kb.faqs.map((f) => [f.id, f]));
    for (const f of kb.faqs) {
      for (const a of f.roles) {
        for (const b of f.roles) {
          if (a >= b) continue;
          const list = this.faqsByPair.get(pairKey(a, b)) ?? [];
          if (list.length < this.o.maxAlternatives) list.push(f);
          this.faqsByPair.set(pairKey(a, b), list);
        }
      }
      const [a, b] = f.roles;
      const key =
        a && b && f.roles.length === 2 && f.tags.includes(COMBINING_TAG) ? pairKey(a, b) : undefined;
      if (key && !this.combiningByPair.has(key)) this.combiningByPair.set(key, f);
    }
  }

  role(id: string): Role | undefined {
    return this.roleById.get(id);
  }

  faqWithId(id: string): Faq | undefined {
    return this.faqById.get(id);
  }

  faq(f: Faq): Suggestion {
    return { kind: 'faq', id: f.id, label: f.question };
  }

  forRole(r: Role): Suggestion {
    return { kind: 'role', id: r.id, label: r.name };
  }

  pair(a: Role, b: Role): Suggestion {
    return { kind: 'comparison', roles: [a.id, b.id], label: `${a.name} vs ${b.name}` };
  }

  /** FAQ suggestions for a list of FAQ ids (unknown ids are skipped). */
  related(ids: string[]): Suggestion[] {
    return ids.flatMap((id) => this.faqById.get(id) ?? []).map((f) => this.faq(f));
  }

  /** The curated comparisons a role takes part in, that role first. */
  comparisonsOf(r: Role): Suggestion[] {
    return this.comparisons.partnersOf(r.id).flatMap((id) => {
      const other = this.roleById.get(id);
      return other ? [this.pair(r, other)] : [];
    });
  }

  /** The FAQ about one person holding both roles: tagged `combining-roles`, about exactly these two. */
  combiningFaq(a: Role, b: Role): Faq | undefined {
    return this.combiningByPair.get(pairKey(a.id, b.id));
  }

  /** FAQs about both roles: the comparison's own related ones first, else any naming the two. */
  faqsAbout(a: Role, b: Role, related: string[]): Suggestion[] {
    if (related.length > 0) return this.related(related);
    return (this.faqsByPair.get(pairKey(a.id, b.id)) ?? []).map((f) => this.faq(f));
  }

  /** What to offer when nothing better is known: the flagship comparison and the first FAQs. */
  defaults(): Suggestion[] {
    const po = this.roleById.get('product-owner');
    const tl = this.roleById.get('tech-lead');
    return [...(po && tl ? [this.pair(po, tl)] : []), ...this.kb.faqs.slice(0, 3).map((f) => this.faq(f))];
  }
}

/** Drops repeated suggestions (a pair counts once in either order), keeping the first. */
export function dedupe(items: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const key = s.kind === 'comparison' ? `c:${[...s.roles].sort().join('|')}` : `${s.kind}:${s.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
