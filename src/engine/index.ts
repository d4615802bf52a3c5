import type { Faq, KnowledgeBase, Role } from '../knowledge/types';
import { type Analysis, analyze, mergeAnalyses } from './analyze';
import type { Answer, Lookup, Note, Suggestion } from './answer';
import { Comparisons } from './compare';
import { FaqIndex, type FaqMatch } from './faq-index';
import {
  asksForAPerson,
  asksForATask,
  extraWords,
  hasCompareCue,
  hasOrCue,
  isHelpRequest,
  isListRequest,
} from './intent';
import { MATCH_OPTIONS } from './options';
import { RoleDetector, type RoleMention } from './roles';
import { normalizeText, sentences, words } from './text';
import { TypoCorrector } from './typos';

export type { Answer, AnswerKind, ComparisonView, Lookup, Note, Suggestion } from './answer';

/** Answers questions from one knowledge base. Pure: no I/O, no clock; build once, ask many times. */
export interface AnswerEngine {
  answer(text: string): Answer;
  /** The answer for a known FAQ, role or pair of roles (from a button); undefined if the ids are unknown. */
  lookup(request: Lookup): Answer | undefined;
  readonly knowledge: KnowledgeBase;
}

/** Example questions shown with help and in the App Home. */
export const EXAMPLES = [
  'compare po techlead',
  'can one person be PO and tech lead?',
  'who owns the backlog?',
  'what does a scrum master do',
  'EM or TL?',
];

/** Builds the engine: indexes the knowledge once so each answer is a few lookups. */
export function createAnswerEngine(kb: KnowledgeBase): AnswerEngine {
  const vocabulary = new Set<string>();
  const texts = (f: Faq) => [f.question, ...f.alternates];
  for (const f of kb.faqs)
    for (const t of [...texts(f), f.answer]) for (const w of words(normalizeText(t))) vocabulary.add(w);
  for (const r of kb.roles)
    for (const t of [r.name, r.summary, r.focus]) for (const w of words(normalizeText(t))) vocabulary.add(w);
  const roles = new RoleDetector(kb, vocabulary);
  const typos = new TypoCorrector(vocabulary);
  const index = new FaqIndex(
    kb.faqs.map((faq) => ({ faq, phrasings: texts(faq).map((t) => analyze(t, roles)) })),
  );
  const comparisons = new Comparisons(kb);
  const roleById = new Map(kb.roles.map((r) => [r.id, r]));
  const faqById = new Map(kb.faqs.map((f) => [f.id, f]));

  const faqSuggestion = (f: Faq): Suggestion => ({ kind: 'faq', id: f.id, label: f.question });
  const roleSuggestion = (r: Role): Suggestion => ({ kind: 'role', id: r.id, label: r.name });
  const pairSuggestion = (a: Role, b: Role): Suggestion => ({
    kind: 'comparison',
    roles: [a.id, b.id],
    label: `${a.name} vs ${b.name}`,
  });
  const relatedOf = (ids: string[]) => ids.flatMap((id) => faqById.get(id) ?? []).map(faqSuggestion);
  const comparisonsOf = (r: Role) =>
    comparisons.partnersOf(r.id).flatMap((id) => {
      const other = roleById.get(id);
      return other ? [pairSuggestion(r, other)] : [];
    });
  const faqsByPair = new Map<string, Faq[]>();
  for (const f of kb.faqs) {
    for (const a of f.roles) {
      for (const b of f.roles) {
        if (a >= b) continue;
        const key = `${a}|${b}`;
        const list = faqsByPair.get(key) ?? [];
        if (list.length < MATCH_OPTIONS.maxAlternatives) list.push(f);
        faqsByPair.set(key, list);
      }
    }
  }
  /** FAQs about both roles: the comparison's own related ones first, else any naming the two. */
  const faqsAbout = (a: Role, b: Role, related: string[]): Suggestion[] =>
    related.length > 0
      ? relatedOf(related)
      : (faqsByPair.get([a.id, b.id].sort().join('|')) ?? []).map(faqSuggestion);
  const defaults = (): Suggestion[] => {
    const po = roleById.get('product-owner');
    const tl = roleById.get('tech-lead');
    const out: Suggestion[] = po && tl ? [pairSuggestion(po, tl)] : [];
    return [...out, ...kb.faqs.slice(0, 2).map(faqSuggestion)];
  };

  function answer(raw: string): Answer {
    const trimmed = raw.trim();
    const notes: Note[] = [];
    const query = trimmed.slice(0, MATCH_OPTIONS.maxQuestionLength);
    if (trimmed.length > query.length) {
      notes.push({
        code: 'truncated',
        text: `Your message was long, so I read its first ${MATCH_OPTIONS.maxQuestionLength} characters.`,
      });
    }
    const base = { query, notes, alternatives: [] as Suggestion[], mentioned: [] as string[] };
    const normalized = normalizeText(query);
    if (isHelpRequest(normalized)) return { ...base, kind: 'help', confidence: 1, examples: EXAMPLES };
    if (isListRequest(normalized)) return { ...base, kind: 'list', confidence: 1, roles: kb.roles };

    const parts = sentences(query);
    const partAnalyses = parts.map((p) => analyze(p, roles, typos));
    const q = partAnalyses.length === 1 ? (partAnalyses[0] as Analysis) : mergeAnalyses(partAnalyses);
    const mentioned = distinctRoles(q.mentions);
    base.mentioned = mentioned.map((r) => r.id);
    const otherReadings = ambiguity(q.mentions, notes);
    const extra = extraWords(q.content);
    // Searched only when an answer needs it: a plain "po vs tl" never pays for an FAQ search.
    let searched: FaqMatch[] | undefined;
    const matches = () => {
      searched ??= searchFaqs(q, parts, partAnalyses);
      return searched;
    };
    const fuzzy = q.mentions.some((m) => m.fuzzy);

    const faqAnswer = (): Answer | undefined => {
      const [top, ...rest] = matches();
      if (!top || top.score < MATCH_OPTIONS.faqMinScore) return undefined;
      const faqAlternatives = rest
        .filter((m) => m.score >= MATCH_OPTIONS.alternativeMinScore)
        .map((m) => faqSuggestion(m.faq));
      const alternatives = [...otherReadings.map(roleSuggestion), ...faqAlternatives].slice(
        0,
        MATCH_OPTIONS.maxAlternatives,
      );
      return {
        ...base,
        kind: 'faq',
        confidence: round(top.score),
        alternatives,
        faq: top.faq,
        related: relatedOf(top.faq.related),
      };
    };
    const compareAnswer = (a: Role, b: Role): Answer => {
      const view = comparisons.view(a, b);
      const alternatives = [
        ...otherReadings.flatMap((o) =>
          o.id === b.id || o.id === a.id ? [] : [pairSuggestion(a.id === mentioned[0]?.id ? a : b, o)],
        ),
        ...mentioned.slice(2).map((r) => pairSuggestion(a, r)),
        ...faqsAbout(a, b, view.related),
      ].slice(0, MATCH_OPTIONS.maxAlternatives);
      const confidence = (view.curated ? 1 : 0.9) * (fuzzy ? 0.85 : 1);
      return { ...base, kind: 'comparison', confidence, alternatives, comparison: view };
    };
    const roleAnswer = (r: Role, confidence: number): Answer => {
      const alternatives = [...otherReadings.map(roleSuggestion), ...comparisonsOf(r)].slice(
        0,
        MATCH_OPTIONS.maxAlternatives,
      );
      return {
        ...base,
        kind: 'role',
        confidence: round(confidence * (fuzzy ? 0.85 : 1)),
        alternatives,
        role: r,
        comparisons: comparisonsOf(r),
      };
    };
    const none = (): Answer => {
      const near = matches()
        .filter((m) => m.score >= MATCH_OPTIONS.alternativeMinScore)
        .map((m) => faqSuggestion(m.faq));
      const forRoles = mentioned.flatMap((r) => [roleSuggestion(r), ...comparisonsOf(r)]);
      const suggestions = dedupe([...near, ...forRoles, ...defaults()]).slice(
        0,
        MATCH_OPTIONS.maxAlternatives,
      );
      return { ...base, kind: 'none', confidence: 0, alternatives: suggestions, suggestions };
    };

    if (asksForATask(q.words)) return none();
    const compareCue = hasCompareCue(normalized);
    const [first, second] = mentioned;
    if (first && second) {
      if (mentioned.length > 2 && compareCue) {
        notes.push({
          code: 'extra-roles',
          text: `I compared the first two roles you named, ${first.name} and ${second.name}.`,
        });
      }
      const plainComparison = extra.length <= MATCH_OPTIONS.comparisonExtraWords;
      if (compareCue && plainComparison) return compareAnswer(first, second);
      if (hasOrCue(normalized) && extra.length === 0) return compareAnswer(first, second);
      const asFaq = faqAnswer();
      if (asFaq && !(compareCue && asFaq.confidence < 0.5)) return asFaq;
      if (compareCue || extra.length <= 1) return compareAnswer(first, second);
      return none();
    }
    if (first) {
      const sameRoleTwice = q.mentions.length > 1 && compareCue;
      if (sameRoleTwice)
        notes.push({ code: 'same-role', text: `Those both name the ${first.name}, so here is that role.` });
      else if (compareCue)
        notes.push({
          code: 'one-role',
          text: `Name a second role to compare with, for example \`compare ${first.aliases[0] ?? first.id} tl\`.`,
        });
      const firstMention = q.mentions[0];
      if (firstMention && asksForAPerson(q.words, firstMention.start, firstMention.end)) {
        notes.push({
          code: 'unknown-person',
          text: `I know about roles, not who holds them in your team: ask your team or check your org chart.`,
        });
        return none();
      }
      if (extra.length === 0) return roleAnswer(first, 1);
      const asFaq = faqAnswer();
      if (asFaq) return asFaq;
      if (extra.length <= 1 || compareCue) return roleAnswer(first, 0.6);
      return none();
    }
    // "difference between git merge and rebase": a comparison of things that are not roles.
    if (compareCue && (matches()[0]?.score ?? 0) < MATCH_OPTIONS.rolelessComparisonMinScore) return none();
    return faqAnswer() ?? none();
  }

  /** Searches the whole message and, for a multi-sentence one, each sentence: the question is often the last. */
  function searchFaqs(whole: Analysis, parts: string[], partAnalyses: Analysis[]): FaqMatch[] {
    const limit = MATCH_OPTIONS.maxAlternatives + 1;
    if (parts.length < 2) return index.search(whole, limit);
    const best = new Map<string, FaqMatch>();
    const consider = (q: Analysis, weight: number) => {
      for (const m of index.search(q, limit)) {
        const score = m.score * weight;
        if (score > (best.get(m.faq.id)?.score ?? 0)) best.set(m.faq.id, { faq: m.faq, score });
      }
    };
    consider(whole, 1);
    // The sentences that ask, and the last one, are read on their own; scene-setting counts less.
    partAnalyses.forEach((q, i) => {
      const asks = parts[i]?.endsWith('?') ?? false;
      if (asks || i === parts.length - 1) consider(q, asks ? 1 : MATCH_OPTIONS.statementSentenceWeight);
    });
    return [...best.values()].sort((x, y) => y.score - x.score).slice(0, limit);
  }

  function ambiguity(mentions: RoleMention[], notes: Note[]): Role[] {
    const others: Role[] = [];
    for (const m of mentions) {
      if (m.otherReadings.length === 0) continue;
      const names = m.otherReadings.map((r) => r.name).join(' or ');
      notes.push({
        code: 'ambiguous-alias',
        text: `I read "${m.text.toUpperCase()}" as ${m.role.name}; it can also mean ${names}.`,
      });
      others.push(...m.otherReadings);
    }
    return others;
  }

  function lookup(request: Lookup): Answer | undefined {
    const ids =
      request.kind === 'comparison' ? [...request.roles] : request.kind === 'role' ? [request.id] : [];
    const base = { confidence: 1, alternatives: [] as Suggestion[], notes: [] as Note[], mentioned: ids };
    if (request.kind === 'faq') {
      const faq = faqById.get(request.id);
      return faq && { ...base, query: faq.question, kind: 'faq', faq, related: relatedOf(faq.related) };
    }
    if (request.kind !== 'comparison') {
      const role = roleById.get(request.id);
      return (
        role && {
          ...base,
          query: role.name,
          kind: 'role',
          role,
          comparisons: comparisonsOf(role),
          alternatives: comparisonsOf(role).slice(0, MATCH_OPTIONS.maxAlternatives),
        }
      );
    }
    const [a, b] = request.roles.map((id) => roleById.get(id));
    if (!a || !b || a.id === b.id) return undefined;
    const comparison = comparisons.view(a, b);
    return {
      ...base,
      query: `${a.name} vs ${b.name}`,
      kind: 'comparison',
      comparison,
      alternatives: faqsAbout(a, b, comparison.related),
    };
  }

  return { answer, lookup, knowledge: kb };
}

function distinctRoles(mentions: RoleMention[]): Role[] {
  const seen = new Map<string, Role>();
  for (const m of mentions) if (!seen.has(m.role.id)) seen.set(m.role.id, m.role);
  return [...seen.values()];
}

function dedupe(items: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const key = s.kind === 'comparison' ? `c:${[...s.roles].sort().join('|')}` : `${s.kind}:${s.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
