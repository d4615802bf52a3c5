import type { Comparison, KnowledgeBase, Role } from '../knowledge/types';
import type { ComparisonView } from './answer';

/** Curated comparisons by unordered pair, and a builder that orients them the way the person asked. */
export class Comparisons {
  private readonly byPair = new Map<string, Comparison>();

  constructor(kb: KnowledgeBase) {
    for (const c of kb.comparisons) this.byPair.set(pairKey(c.roles[0], c.roles[1]), c);
  }

  /** Curated pairs that include the role, the other role first in each tuple. */
  partnersOf(roleId: string): string[] {
    const out: string[] = [];
    for (const c of this.byPair.values()) {
      if (c.roles[0] === roleId) out.push(c.roles[1]);
      else if (c.roles[1] === roleId) out.push(c.roles[0]);
    }
    return out;
  }

  /** The two roles side by side: curated content when the pair has it, the profiles otherwise. */
  view(a: Role, b: Role): ComparisonView {
    const c = this.byPair.get(pairKey(a.id, b.id));
    if (!c) return fromProfiles(a, b);
    const flip = c.roles[0] !== a.id;
    return {
      a,
      b,
      curated: true,
      summary: c.summary,
      differences: c.differences.map((d) => ({ aspect: d.aspect, a: flip ? d.b : d.a, b: flip ? d.a : d.b })),
      similarities: c.similarities,
      chooseAWhen: flip ? c.choose_b_when : c.choose_a_when,
      chooseBWhen: flip ? c.choose_a_when : c.choose_b_when,
      onePersonBoth: c.one_person_both,
      related: c.related,
    };
  }
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const first = (items: string[], n: number) => items.slice(0, n).join(' ');

function fromProfiles(a: Role, b: Role): ComparisonView {
  const row = (aspect: string, pick: (r: Role) => string) => ({ aspect, a: pick(a), b: pick(b) });
  return {
    a,
    b,
    curated: false,
    summary: `${a.name}: ${a.summary} ${b.name}: ${b.summary}`,
    differences: [
      row('Focus', (r) => r.focus),
      row('Main work', (r) => first(r.responsibilities, 2)),
      row('Decides', (r) => r.decides.slice(0, 3).join('; ')),
      row('Works with', (r) => r.works_with.slice(0, 4).join(', ')),
      row('Reports to', (r) => r.reports_to),
      row('Strengths', (r) => first(r.strengths, 1)),
      row('Watch out for', (r) => first(r.watch_outs, 1)),
    ],
    similarities: [],
    chooseAWhen: a.lean_on_when,
    chooseBWhen: b.lean_on_when,
    related: [],
  };
}
