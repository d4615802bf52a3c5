import type { Faq } from '../knowledge/types';
import { type Analysis, roleTerm } from './analyze';
import { MATCH_OPTIONS, type MatchOptions } from './options';
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
  /** How much of the question's words other than roles the FAQ uses (0..1, idf-weighted): is it about the topic asked? */
  topic: number;
}

/** What the index needs to know of each FAQ: its phrasings already analyzed. */
export interface IndexedFaq {
  faq: Faq;
  phrasings: Analysis[];
}

/** Sorted term ids of many small sets, packed in one array (CSR layout), with a membership test. */
class TermSets {
  private readonly offsets: number[] = [0];
  private readonly ids: number[] = [];
  add(terms: Iterable<number>): void {
    this.ids.push(...[...new Set(terms)].sort((a, b) => a - b));
    this.offsets.push(this.ids.length);
  }
  has(set: number, term: number): boolean {
    let lo = this.offsets[set] ?? 0;
    let hi = (this.offsets[set + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.ids[mid] as number;
      if (v === term) return true;
      if (v < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** The postings of a term the index has never seen. */
const EMPTY = new Int32Array(0);

/**
 * A word-level index over FAQ phrasings. Score = blend of the best single phrasing (how much of the
 * question it covers and how much of it the question covers, idf-weighted, times the evidence shared)
 * and how much of the question the FAQ's whole vocabulary covers, less a penalty for each role the
 * question names that the FAQ is not about. Only the postings of rarer terms are walked; frequent
 * terms are checked on the candidates those postings find, which keeps a query fast at 15,000 FAQs.
 */
export class FaqIndex {
  private readonly faqs: Faq[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly roleIds = new Set<number>();
  private readonly weights: number[] = [];
  private readonly building: number[][] = [];
  /** Each term's phrasings, in order; packed once the index is built. */
  private readonly postings: Int32Array[];
  private readonly phrasingTerms = new TermSets();
  private readonly bagTerms = new TermSets();
  private readonly roleTerms = new TermSets();
  private readonly phrasingFaq: number[] = [];
  private readonly phrasingNorm2: number[] = [];
  private readonly maxIdf: number;
  private readonly dot: Float64Array;
  private readonly evidence: Float64Array;
  private readonly best: Float64Array;
  /** Scratch lists of the phrasings and FAQs a search touched, reused so a search allocates little. */
  private readonly touched: Int32Array;
  private readonly touchedFaqs: Int32Array;
  /** Each term's FAQs (by their bag of words), and where each FAQ's phrasings start: for very large knowledge. */
  private readonly faqPostings: Int32Array[];
  private readonly firstPhrasing: Int32Array;
  private readonly faqCover: Float64Array;

  constructor(
    entries: IndexedFaq[],
    private readonly o: MatchOptions = MATCH_OPTIONS,
  ) {
    const df: number[] = [];
    const phrasingIds: number[][] = [];
    const faqsOf: number[][] = [];
    const first: number[] = [];
    entries.forEach(({ faq, phrasings }, f) => {
      this.faqs.push(faq);
      first.push(phrasingIds.length);
      const roles = new Set(faq.roles.map((r) => this.intern(roleTerm(r))));
      const bag = new Set<number>([...roles, ...faq.tags.map((t) => this.intern(stem(t.toLowerCase())))]);
      for (const p of phrasings) {
        const ids = p.terms.map((t) => this.intern(t));
        const at = phrasingIds.length;
        phrasingIds.push(ids);
        this.phrasingFaq.push(f);
        for (const id of ids) {
          bag.add(id);
          if (this.roleIds.has(id)) roles.add(id);
          const list = this.building[id] as number[];
          if (list[list.length - 1] !== at) list.push(at);
        }
      }
      for (const id of bag) {
        df[id] = (df[id] ?? 0) + 1;
        faqsOf[id] ??= [];
        faqsOf[id].push(f);
      }
      this.bagTerms.add(bag);
      this.roleTerms.add(roles);
    });
    const n = Math.max(1, this.faqs.length);
    for (const [term, id] of this.termIds) {
      const idf = Math.log(1 + n / Math.max(1, df[id] ?? 0));
      this.weights[id] = term.startsWith('@') ? idf * this.o.roleTokenWeight : idf;
    }
    this.maxIdf = Math.max(
      1,
      ...[...this.termIds.keys()].filter((t) => !t.startsWith('@')).map((t) => this.weight(t)),
    );
    for (const ids of phrasingIds) {
      this.phrasingTerms.add(ids);
      this.phrasingNorm2.push(ids.reduce((sum, id) => sum + (this.weights[id] ?? 0) ** 2, 0) || 1);
    }
    this.postings = this.building.map((list) => Int32Array.from(list));
    this.faqPostings = this.postings.map((_, id) => Int32Array.from(faqsOf[id] ?? []));
    first.push(phrasingIds.length);
    this.firstPhrasing = Int32Array.from(first);
    this.faqCover = new Float64Array(this.faqs.length);
    this.building.length = 0;
    this.dot = new Float64Array(phrasingIds.length);
    this.evidence = new Float64Array(phrasingIds.length);
    this.best = new Float64Array(this.faqs.length);
    this.touched = new Int32Array(phrasingIds.length);
    this.touchedFaqs = new Int32Array(this.faqs.length);
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.building.push([]);
      if (term.startsWith('@')) this.roleIds.add(id);
    }
    return id;
  }

  private weight(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? this.maxIdf * this.o.unknownWordWeight : (this.weights[id] ?? 0);
  }

  /**
   * Fills `touched` with the phrasings of the FAQs that share the most of the question's words (idf-weighted,
   * by each FAQ's bag of words), at most `wideSearchFaqs` of them; returns how many phrasings.
   */
  private phrasingsOfBestCovered(known: readonly { id: number; w: number }[]): number {
    const cover = this.faqCover;
    const faqs = this.touchedFaqs;
    let n = 0;
    for (const t of known) {
      const w2 = t.w * t.w;
      for (const f of this.faqPostings[t.id] ?? EMPTY) {
        if (cover[f] === 0) faqs[n++] = f;
        cover[f] = (cover[f] as number) + w2;
      }
    }
    const chosen = Array.from(faqs.subarray(0, n))
      .sort((a, b) => (cover[b] as number) - (cover[a] as number) || a - b)
      .slice(0, this.o.wideSearchFaqs);
    for (let i = 0; i < n; i++) cover[faqs[i] as number] = 0;
    let count = 0;
    for (const f of chosen) {
      for (let p = this.firstPhrasing[f] as number; p < (this.firstPhrasing[f + 1] as number); p++) {
        this.touched[count++] = p;
      }
    }
    return count;
  }

  /** The best-matching FAQs for an analyzed question, best first; none scoring under `minScore`. */
  search(query: Analysis, limit: number, minScore = 0): FaqMatch[] {
    const known = query.terms.flatMap((t) => {
      const id = this.termIds.get(t);
      return id === undefined ? [] : [{ id, w: this.weights[id] ?? 0, postings: this.postings[id] ?? EMPTY }];
    });
    let queryNorm2 = 0;
    let topicNorm2 = 0;
    const words = query.terms.filter((t) => !t.startsWith('@')).length;
    for (const t of query.terms) {
      queryNorm2 += this.weight(t) ** 2;
      if (!t.startsWith('@')) topicNorm2 += this.weight(t) ** 2;
    }
    if (known.length === 0 || queryNorm2 === 0) return [];
    // No FAQ can score more than one sharing every known word: when even that is under `minScore`
    // ("salary of a product owner in Berlin"), skip walking a role's long postings for nothing.
    if (bestPossibleScore(this.o, known, queryNorm2) < minScore) return [];

    // Walk the postings of the rarer terms (at least the rarest one); check the frequent ones on candidates.
    const byRarity = [...known].sort((a, b) => a.postings.length - b.postings.length);
    let budget = this.o.postingsBudget;
    // Even the rarest word is in more phrasings than the budget (a large knowledge, common words): take
    // the phrasings of the FAQs whose words cover the question best, and check every word on them.
    const wide = (byRarity[0]?.postings.length ?? 0) > budget * this.o.wideSearchFactor;
    const walked = wide
      ? []
      : byRarity.filter((t, i) => {
          budget -= t.postings.length;
          return i === 0 || budget >= 0;
        });
    const checked = byRarity.filter((t) => !walked.includes(t));
    const { dot: dots, evidence: evidences, touched, touchedFaqs } = this;
    let nTouched = wide ? this.phrasingsOfBestCovered(known) : 0;
    for (const t of walked) {
      const w2 = t.w * t.w;
      const capped = Math.min(t.w, TYPICAL_WEIGHT);
      const postings = t.postings;
      for (let j = 0; j < postings.length; j++) {
        const p = postings[j] as number;
        if (dots[p] === 0) touched[nTouched++] = p;
        dots[p] = (dots[p] as number) + w2;
        evidences[p] = (evidences[p] as number) + capped;
      }
    }

    let nFaqs = 0;
    for (let i = 0; i < nTouched; i++) {
      const p = touched[i] as number;
      let dot = dots[p] as number;
      let evidence = evidences[p] as number;
      dots[p] = 0;
      evidences[p] = 0;
      for (const t of checked) {
        if (this.phrasingTerms.has(p, t.id)) {
          dot += t.w * t.w;
          evidence += Math.min(t.w, TYPICAL_WEIGHT);
        }
      }
      const phrasingCoverage = Math.min(1, dot / (this.phrasingNorm2[p] ?? 1));
      const base = phrasingScore(this.o, dot, queryNorm2, phrasingCoverage, evidence);
      const s = words >= 2 ? shortForm(this.o, base, dot, queryNorm2, phrasingCoverage) : base;
      // A phrasing of a chosen FAQ may share no word with the question (wide search): nothing to keep.
      if (s <= 0) continue;
      const f = this.phrasingFaq[p] as number;
      if (this.best[f] === 0) touchedFaqs[nFaqs++] = f;
      if (s > (this.best[f] ?? 0)) this.best[f] = s;
    }

    const queryRoles = known.filter((t) => this.roleIds.has(t.id));
    const top: FaqMatch[] = [];
    for (let i = 0; i < nFaqs; i++) {
      const f = touchedFaqs[i] as number;
      const phrasing = this.best[f] ?? 0;
      this.best[f] = 0;
      if (phrasing === 0) continue;
      let covered = 0;
      let topical = 0;
      for (const t of known) {
        if (!this.bagTerms.has(f, t.id)) continue;
        covered += t.w * t.w;
        if (!this.roleIds.has(t.id)) topical += t.w * t.w;
      }
      const missing = queryRoles.filter((t) => !this.roleTerms.has(f, t.id)).length;
      const score = faqScore(this.o, phrasing, covered, queryNorm2, missing);
      const topic = topicNorm2 > 0 ? topical / topicNorm2 : 1;
      insertTop(top, { faq: this.faqs[f] as Faq, score: Math.min(1, score), topic }, limit);
    }
    return top;
  }
}

/**
 * How well one phrasing matches: how much of the question it shares (`dot`, of `queryNorm2`), how much of
 * itself the question covers, times how sure the shared evidence makes us.
 */
function phrasingScore(
  o: MatchOptions,
  dot: number,
  queryNorm2: number,
  phrasingCoverage: number,
  evidence: number,
): number {
  const alpha = o.queryCoverageExponent;
  // One shared word, however rare, is a coincidence ("good morning" vs "the morning sync").
  const sure = Math.min(1, evidence / (TYPICAL_WEIGHT * o.evidenceWords));
  return (dot / queryNorm2) ** alpha * phrasingCoverage ** (1 - alpha) * sure;
}

/**
 * A short form of a phrasing ("who owns the backlog?" of "Who owns and prioritizes the product backlog?"):
 * every word of the question (two at least, roles aside) is in the phrasing, which it covers well. That is as sure as a match gets
 * short of the exact words, so the score is lifted into the sure range, keeping the order among such matches.
 */
function shortForm(
  o: MatchOptions,
  score: number,
  dot: number,
  queryNorm2: number,
  phrasingCoverage: number,
): number {
  if (dot < queryNorm2 * 0.999 || phrasingCoverage < o.shortFormMinCoverage) return score;
  return Math.max(score, o.shortFormFloor + (1 - o.shortFormFloor) * score);
}

/** An FAQ's score: its best phrasing blended with how much of the question its vocabulary covers, less missing roles. */
function faqScore(
  o: MatchOptions,
  phrasing: number,
  covered: number,
  queryNorm2: number,
  missingRoles: number,
): number {
  const share = o.phrasingShare;
  const coverage = (covered / queryNorm2) * Math.min(1, phrasing * 2);
  return (share * phrasing + (1 - share) * coverage) * (1 - o.missingRolePenalty) ** missingRoles;
}

/** The score of a phrasing made of exactly the question's known words, in an FAQ with all its roles: a ceiling. */
function bestPossibleScore(o: MatchOptions, known: readonly { w: number }[], queryNorm2: number): number {
  let shared = 0;
  let evidence = 0;
  for (const t of known) {
    shared += t.w * t.w;
    evidence += Math.min(t.w, TYPICAL_WEIGHT);
  }
  return faqScore(
    o,
    shortForm(o, phrasingScore(o, shared, queryNorm2, 1, evidence), shared, queryNorm2, 1),
    shared,
    queryNorm2,
    0,
  );
}

/** Keeps the `limit` best matches, best first, without sorting everything. */
function insertTop(top: FaqMatch[], match: FaqMatch, limit: number): void {
  if (top.length === limit && match.score <= (top[limit - 1]?.score ?? 0)) return;
  let i = top.length;
  while (i > 0 && (top[i - 1]?.score ?? 0) < match.score) i--;
  top.splice(i, 0, match);
  if (top.length > limit) top.pop();
}
