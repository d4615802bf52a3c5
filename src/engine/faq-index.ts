import type { Faq } from '../knowledge/types';
import { type Analysis, roleTerm } from './analyze';
import { MATCH_OPTIONS } from './options';
import { stem } from './text';

/**
 * The weight of a word that one FAQ in ten uses (idf = ln(1 + 10)), whatever the size of the knowledge:
 * the yardstick for "how many words' worth" a question and a phrasing share. Rarer words count no more.
 */
const TYPICAL_WEIGHT = Math.log(11);

/** An FAQ with how well it matches a question (0..1). */
export interface FaqMatch {
  faq: Faq;
  score: number;
}

/** What the index needs to know of each FAQ: its phrasings already analyzed. */
export interface IndexedFaq {
  faq: Faq;
  phrasings: Analysis[];
}

/**
 * A word-level index over FAQ phrasings. Score = blend of the best single phrasing (how much of the
 * question it covers and how much of it the question covers, idf-weighted) and how much of the question the FAQ's whole vocabulary covers, less a penalty for each
 * role the question names that the FAQ is not about. Postings keep a query to the FAQs that share a term.
 */
export class FaqIndex {
  private readonly faqs: Faq[] = [];
  private readonly faqRoles: Set<string>[] = [];
  private readonly phrasingFaq: number[] = [];
  private readonly phrasingNorm: number[] = [];
  private readonly phrasingPostings = new Map<string, number[]>();
  private readonly bagPostings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly phrasingEvidence: Float64Array;
  private readonly phrasingScores: Float64Array;
  private readonly bagScores: Float64Array;

  constructor(entries: IndexedFaq[]) {
    const phrasingTerms: string[][] = [];
    entries.forEach(({ faq, phrasings }, f) => {
      this.faqs.push(faq);
      const roles = new Set(faq.roles.map(roleTerm));
      const bag = new Set<string>([...roles, ...faq.tags.map((t) => stem(t.toLowerCase()))]);
      for (const p of phrasings) {
        this.phrasingFaq.push(f);
        phrasingTerms.push(p.terms);
        for (const t of p.terms) {
          bag.add(t);
          if (t.startsWith('@')) roles.add(t);
        }
      }
      this.faqRoles.push(roles);
      for (const t of bag) push(this.bagPostings, t, f);
    });
    const n = Math.max(1, this.faqs.length);
    for (const [t, list] of this.bagPostings) this.idf.set(t, Math.log(1 + n / list.length));
    this.maxIdf = Math.max(1, ...this.idf.values());
    phrasingTerms.forEach((terms, p) => {
      let norm = 0;
      for (const t of terms) {
        norm += this.weight(t) ** 2;
        push(this.phrasingPostings, t, p);
      }
      this.phrasingNorm.push(Math.sqrt(norm) || 1);
    });
    this.phrasingScores = new Float64Array(this.phrasingFaq.length);
    this.phrasingEvidence = new Float64Array(this.phrasingFaq.length);
    this.bagScores = new Float64Array(this.faqs.length);
  }

  /** True when any FAQ uses the term. */
  knows(term: string): boolean {
    return this.idf.has(term);
  }

  private weight(term: string): number {
    const base = this.idf.get(term) ?? this.maxIdf * MATCH_OPTIONS.unknownWordWeight;
    return term.startsWith('@') ? base * MATCH_OPTIONS.roleTokenWeight : base;
  }

  /** The best-matching FAQs for an analyzed question, best first. */
  search(query: Analysis, limit: number): FaqMatch[] {
    const terms = query.terms;
    if (terms.length === 0) return [];
    let queryNorm2 = 0;
    for (const t of terms) queryNorm2 += this.weight(t) ** 2;
    const touchedPhrasings: number[] = [];
    const touchedFaqs: number[] = [];
    for (const t of terms) {
      const w2 = this.weight(t) ** 2;
      const wCapped = Math.min(this.weight(t), TYPICAL_WEIGHT);
      for (const p of this.phrasingPostings.get(t) ?? []) {
        const before = this.phrasingScores[p] ?? 0;
        if (before === 0) touchedPhrasings.push(p);
        this.phrasingScores[p] = before + w2;
        this.phrasingEvidence[p] = (this.phrasingEvidence[p] ?? 0) + wCapped;
      }
      for (const f of this.bagPostings.get(t) ?? []) {
        const before = this.bagScores[f] ?? 0;
        if (before === 0) touchedFaqs.push(f);
        this.bagScores[f] = before + w2;
      }
    }
    const alpha = MATCH_OPTIONS.queryCoverageExponent;
    const best = new Map<number, number>();
    for (const p of touchedPhrasings) {
      const dot = this.phrasingScores[p] ?? 0;
      this.phrasingScores[p] = 0;
      const phrasingCoverage = dot / (this.phrasingNorm[p] ?? 1) ** 2;
      // Evidence: one shared word, however rare, is a coincidence ("good morning" vs "the morning sync").
      const evidence = Math.min(
        1,
        (this.phrasingEvidence[p] ?? 0) / (TYPICAL_WEIGHT * MATCH_OPTIONS.evidenceWords),
      );
      this.phrasingEvidence[p] = 0;
      const s = (dot / queryNorm2) ** alpha * Math.min(1, phrasingCoverage) ** (1 - alpha) * evidence;
      const f = this.phrasingFaq[p] as number;
      if (s > (best.get(f) ?? 0)) best.set(f, s);
    }
    const queryRoles = terms.filter((t) => t.startsWith('@'));
    const share = MATCH_OPTIONS.phrasingShare;
    const matches: FaqMatch[] = [];
    for (const f of touchedFaqs) {
      const coverage = ((this.bagScores[f] ?? 0) / queryNorm2) * Math.min(1, (best.get(f) ?? 0) * 2);
      this.bagScores[f] = 0;
      const missing = queryRoles.filter((r) => !this.faqRoles[f]?.has(r)).length;
      const score =
        (share * (best.get(f) ?? 0) + (1 - share) * coverage) *
        (1 - MATCH_OPTIONS.missingRolePenalty) ** missing;
      matches.push({ faq: this.faqs[f] as Faq, score: Math.min(1, score) });
    }
    matches.sort((x, y) => y.score - x.score);
    return matches.slice(0, limit);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
