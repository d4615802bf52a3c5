import type { Role } from '../knowledge/types';
import { type Analysis, analyze, type Lexicon, mergeAnalyses } from './analyze';
import type { Answer, Note, Suggestion } from './answer';
import type { Comparisons } from './compare';
import type { FaqIndex, FaqMatch } from './faq-index';
import { asksSomething, asksToCombine, extraWords } from './intent';
import { MATCH_OPTIONS, type MatchOptions } from './options';
import type { RoleMention } from './roles';
import { type Shape, shapeOf } from './shape';
import { dedupe, type Suggester } from './suggestions';
import { normalizeText, sentences } from './text';
import type { TypoCorrector } from './typos';

/** The parts of the engine a question is read with. */
export interface Readers extends Lexicon {
  typos: TypoCorrector;
  index: FaqIndex;
  comparisons: Comparisons;
  suggest: Suggester;
  match: MatchOptions;
}

/** The message as the engine reads it: cut at the length limit (with a note), and normalized. */
export interface Prepared {
  query: string;
  normalized: string;
  notes: Note[];
}

/** Trims and cuts a message; cheap, so help and list requests are answered before any matching. */
export function prepare(raw: string, o: MatchOptions = MATCH_OPTIONS): Prepared {
  const trimmed = raw.trim();
  const query = trimmed.slice(0, o.maxQuestionLength);
  const notes: Note[] = [];
  if (trimmed.length > query.length) {
    const text = `Your message was long, so I read its first ${o.maxQuestionLength} characters.`;
    notes.push({ code: 'truncated', text });
  }
  return { query, normalized: normalizeText(query), notes };
}

/** One question, read once, and the answers it could get; `decide` picks among them. */
export class Question {
  readonly query: string;
  readonly normalized: string;
  readonly notes: Note[];
  readonly analysis: Analysis;
  /** Distinct roles named, in order. */
  readonly roles: Role[];
  /** Content words beyond roles and comparison/look-up framing. */
  readonly extra: string[];
  private readonly parts: string[];
  private readonly partAnalyses: Analysis[];
  /** Which sentences ask something; the others set the scene. */
  private readonly asking: boolean[];
  private readonly otherReadings: Role[];
  private readonly fuzzy: boolean;
  private searched?: FaqMatch[];

  constructor(
    prepared: Prepared,
    private readonly r: Readers,
  ) {
    this.query = prepared.query;
    this.normalized = prepared.normalized;
    this.notes = prepared.notes;
    this.parts = sentences(this.query);
    this.partAnalyses = this.parts.map((p) => analyze(p, r, r.typos));
    this.asking = this.parts.map((p) => asksSomething(p, normalizeText(p)));
    this.analysis =
      this.partAnalyses.length === 1 ? (this.partAnalyses[0] as Analysis) : mergeAnalyses(this.partAnalyses);
    this.roles = distinctRoles(this.analysis.mentions);
    this.otherReadings = this.noteAmbiguity(this.analysis.mentions);
    this.extra = extraWords(this.analysis.content);
    this.fuzzy = this.analysis.mentions.some((m) => m.fuzzy);
  }

  /** Fields every answer to this question shares. */
  private get base() {
    return { query: this.query, notes: this.notes, mentioned: this.roles.map((x) => x.id) };
  }

  /** The best FAQ matches, searched only when an answer needs them ("po vs tl" never pays for it). */
  matches(): FaqMatch[] {
    this.searched ??= this.searchFaqs();
    return this.searched;
  }

  /**
   * The shape of what the message asks (a comparison, a role), read from the sentences that ask, in
   * order; a message with no asking sentence is read from its first and last sentences.
   */
  shape(): Shape | undefined {
    const n = this.parts.length;
    const order = this.asking.some(Boolean)
      ? this.partAnalyses.filter((_, i) => this.asking[i])
      : [this.partAnalyses[0], this.partAnalyses[n - 1]];
    const sole = this.roles.length === 1 ? this.roles[0] : undefined;
    for (const [i, a] of order.entries()) {
      const shape = a && shapeOf(a, i > 0, sole);
      if (shape) return shape;
    }
    return undefined;
  }

  /** The engine's matching options, for the decisions made about this question. */
  get options(): MatchOptions {
    return this.r.match;
  }

  note(code: Note['code'], text: string): void {
    this.notes.push({ code, text });
  }

  /** The best FAQ, if it clears the bar. */
  faqAnswer(): Answer | undefined {
    const [top, ...rest] = this.matches();
    if (!top || top.score < this.r.match.faqMinScore) return undefined;
    const s = this.r.suggest;
    const next = rest.filter((m) => m.score >= this.r.match.alternativeMinScore).map((m) => s.faq(m.faq));
    const alternatives = this.cap([...this.otherReadings.map((o) => s.forRole(o)), ...next]);
    const related = s.related(top.faq.related);
    return { ...this.base, kind: 'faq', confidence: round(top.score), alternatives, faq: top.faq, related };
  }

  /**
   * "Can the EM be the PO?": the FAQ about holding both roles, when the knowledge has one and the
   * question says little else; the comparison is offered beside it.
   */
  combiningAnswer(a: Role, b: Role): Answer | undefined {
    const between = this.wordsBetweenRoles();
    if (!asksToCombine(this.normalized, between)) return undefined;
    if (this.extra.length > this.r.match.combiningExtraWords) return undefined;
    const s = this.r.suggest;
    const faq = s.combiningFaq(a, b);
    if (!faq) return undefined;
    const related = s.related(faq.related);
    const alternatives = this.cap([s.pair(a, b), ...related]);
    const confidence = this.r.match.combiningFaqConfidence;
    return { ...this.base, kind: 'faq', confidence, alternatives, faq, related, combining: true };
  }

  /** The words between the first two role names, as written. */
  private wordsBetweenRoles(): string[] {
    const [m1, m2] = this.analysis.mentions;
    return m1 && m2 ? this.analysis.words.slice(m1.end, m2.start) : [];
  }

  compareAnswer(a: Role, b: Role): Answer {
    const s = this.r.suggest;
    const view = this.r.comparisons.view(a, b);
    const firstNamed = a.id === this.roles[0]?.id ? a : b;
    const alternatives = this.cap([
      ...this.otherReadings.filter((o) => o.id !== a.id && o.id !== b.id).map((o) => s.pair(firstNamed, o)),
      ...this.roles.slice(2).flatMap((x) => [s.pair(a, x), s.pair(b, x)]),
      ...s.faqsAbout(a, b, view.related),
    ]);
    const o = this.r.match;
    const confidence =
      (view.curated ? 1 : o.uncuratedComparisonConfidence) * (this.fuzzy ? o.fuzzyRolePenalty : 1);
    return { ...this.base, kind: 'comparison', confidence, alternatives, comparison: view };
  }

  /** A role the knowledge compares this one with (its first curated pair), for "compare it with ..." hints. */
  partnerOf(role: Role): Role | undefined {
    const id = this.r.comparisons.partnersOf(role.id)[0];
    return id === undefined ? undefined : this.r.suggest.role(id);
  }

  roleAnswer(role: Role, confidence: number): Answer {
    const s = this.r.suggest;
    const comparisons = s.comparisonsOf(role);
    const alternatives = this.cap([...this.otherReadings.map((o) => s.forRole(o)), ...comparisons]);
    const sure = round(confidence * (this.fuzzy ? this.r.match.fuzzyRolePenalty : 1));
    return { ...this.base, kind: 'role', confidence: sure, alternatives, role, comparisons };
  }

  /** No answer: a value with suggestions (near FAQs, the roles named, then defaults), never an exception. */
  none(): Answer {
    const s = this.r.suggest;
    const near = this.matches()
      .filter((m) => m.score >= this.r.match.alternativeMinScore)
      .map((m) => s.faq(m.faq));
    const forRoles = this.roles.flatMap((x) => [s.forRole(x), ...s.comparisonsOf(x)]);
    const suggestions = dedupe([...near, ...forRoles, ...s.defaults()]).slice(
      0,
      this.r.match.abstainAlternatives,
    );
    return { ...this.base, kind: 'none', confidence: 0, alternatives: suggestions, suggestions };
  }

  private cap(items: Suggestion[]): Suggestion[] {
    return items.slice(0, this.r.match.maxAlternatives);
  }

  /** Searches the whole message and, for a multi-sentence one, its questions: the question is often the last. */
  private searchFaqs(): FaqMatch[] {
    const limit = this.r.match.maxAlternatives + 1;
    // Nothing under the alternatives' bar is ever shown or decides anything.
    const floor = this.r.match.alternativeMinScore;
    if (this.parts.length < 2) return this.r.index.search(this.analysis, limit, floor);
    const best = new Map<string, FaqMatch>();
    const consider = (q: Analysis, weight: number) => {
      for (const m of this.r.index.search(q, limit, floor)) {
        const score = m.score * weight;
        if (score > (best.get(m.faq.id)?.score ?? 0)) best.set(m.faq.id, { ...m, score });
      }
    };
    consider(this.analysis, 1);
    // The sentences that ask, and the last one, are read on their own; scene-setting counts less.
    this.partAnalyses.forEach((q, i) => {
      const asks = this.asking[i] ?? false;
      if (asks || i === this.parts.length - 1) consider(q, asks ? 1 : this.r.match.statementSentenceWeight);
    });
    return [...best.values()].sort((x, y) => y.score - x.score).slice(0, limit);
  }

  /** Notes each ambiguous alias (pm) and returns the other roles it can mean. */
  private noteAmbiguity(mentions: RoleMention[]): Role[] {
    const others: Role[] = [];
    for (const m of mentions) {
      if (m.otherReadings.length === 0) continue;
      const names = m.otherReadings.map((x) => x.name).join(' or ');
      // An abbreviation in capitals ("PM"), a name as typed ("scrum coach").
      const shown = /^[a-z]{1,4}$/i.test(m.text) ? m.text.toUpperCase() : m.text;
      this.note('ambiguous-alias', `I read "${shown}" as ${m.role.name}; it can also mean ${names}.`);
      others.push(...m.otherReadings);
    }
    return others;
  }
}

function distinctRoles(mentions: RoleMention[]): Role[] {
  const seen = new Map<string, Role>();
  for (const m of mentions) if (!seen.has(m.role.id)) seen.set(m.role.id, m.role);
  return [...seen.values()];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
