import type { Faq, KnowledgeBase } from '../knowledge/types';
import { type Analysis, analyze } from './analyze';
import type { Answer, Lookup, Note, Suggestion } from './answer';
import { BothSides } from './both-sides';
import { Classifier, type ClassifierModel, type WordVectors } from './classifier';
import { Comparisons } from './compare';
import { ConceptMatcher } from './concepts';
import { decide } from './decide';
import { FaqIndex } from './faq-index';
import { gate } from './gate';
import { isHelpRequest, isListRequest, smallTalk } from './intent';
import { CLASSIFIER_OPTIONS, type GateOptions, MATCH_OPTIONS, type MatchOptions } from './options';
import { markPersonQuestion } from './person';
import { prepare, Question, type Readers } from './question';
import { RoleDetector } from './roles';
import { Suggester } from './suggestions';
import { normalizeText, words } from './text';
import { TypoCorrector } from './typos';

export type { Answer, AnswerKind, ComparisonView, Lookup, Note, Suggestion } from './answer';
export { isUnsure } from './answer';

/** Answers questions from one knowledge base. Pure: no I/O, no clock; build once, ask many times. */
export interface AnswerEngine {
  answer(text: string): Answer;
  /** The answer for a known FAQ, role or pair of roles (from a button); undefined if the ids are unknown. */
  lookup(request: Lookup): Answer | undefined;
  readonly knowledge: KnowledgeBase;
  /** The classifier's weights, when the engine has them (see `Learned`). */
  readonly model?: ClassifierModel;
}

/**
 * Settings merged over the frozen defaults in options.ts (as Fuse's constructor merges its options), for
 * tests and tuning: `match` for the rules, `gate` for when the classifier answers. How an answer is shown
 * (sure or not, what counts as a gap) reads the defaults: those are the product's, not one engine's.
 */
export interface EngineOptions {
  match?: Partial<MatchOptions>;
  gate?: Partial<GateOptions>;
}

/** What the engine learned from the knowledge: classifier weights, and the word vectors they were trained with. */
export interface Learned {
  model: ClassifierModel;
  vectors?: WordVectors;
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
export function createAnswerEngine(
  kb: KnowledgeBase,
  learned?: Learned,
  options: EngineOptions = {},
): AnswerEngine {
  const gateOptions: GateOptions = Object.freeze({ ...CLASSIFIER_OPTIONS.gate, ...options.gate });
  const match: MatchOptions = Object.freeze({ ...MATCH_OPTIONS, ...options.match });
  const concepts = new ConceptMatcher(kb.concepts);
  const vocabulary = knownWords(kb, concepts);
  const roles = new RoleDetector(kb, vocabulary, match);
  const lexicon = { roles, concepts, match };
  const phrasings = (f: Faq) => [f.question, ...f.alternates].map((t) => analyze(t, lexicon));
  // Weights trained on other knowledge would answer with ids this knowledge may not have.
  const usable = learned && learned.model.knowledgeVersion === kb.version ? learned : undefined;
  const classifier = usable && new Classifier(usable.model, usable.vectors);
  const comparisons = new Comparisons(kb);
  const readers: Readers = {
    ...lexicon,
    typos: new TypoCorrector(vocabulary, match),
    index: new FaqIndex(
      kb.faqs.map((faq) => ({ faq, phrasings: phrasings(faq) })),
      match,
    ),
    comparisons,
    suggest: new Suggester(kb, comparisons, match),
    match,
  };
  const bothSides = new BothSides(kb.faqs, concepts);

  function answer(raw: string): Answer {
    const prepared = prepare(raw, match);
    const common = {
      ...prepared,
      alternatives: [] as Suggestion[],
      mentioned: [] as string[],
      confidence: 1,
    };
    if (isHelpRequest(prepared.normalized)) return { ...common, kind: 'help', examples: EXAMPLES };
    const talk = smallTalk(prepared.normalized);
    if (talk) return { ...common, kind: 'help', examples: EXAMPLES, smallTalk: talk };
    if (isListRequest(prepared.normalized)) return { ...common, kind: 'list', roles: kb.roles };
    const question = new Question(prepared, readers);
    const ruled = decide(question);
    const chosen = classifier
      ? gate(question, ruled, classifier, { lookup: find, suggestion: suggest }, gateOptions)
      : ruled;
    return markPersonQuestion(question, bothSides.answer(chosen, question.analysis.content));
  }
  const find = (request: Lookup) => lookup(request, readers);
  const suggest = (request: Lookup) => suggestionFor(request, readers.suggest);

  return { answer, lookup: find, knowledge: kb, model: usable?.model };
}

/** How the engine reads a knowledge phrasing (roles found, no typo correction): what the classifier trains on. */
export function phrasingReader(kb: KnowledgeBase): (text: string) => Analysis {
  const concepts = new ConceptMatcher(kb.concepts);
  const lexicon = { roles: new RoleDetector(kb, knownWords(kb, concepts)), concepts };
  return (text) => analyze(text, lexicon);
}

/** Every word the knowledge uses: typo correction aims at these, and a word outside them may be a typo. */
export function knownWords(kb: KnowledgeBase, concepts?: ConceptMatcher): Set<string> {
  const vocabulary = new Set<string>(concepts?.vocabulary());
  const texts = [
    ...kb.faqs.flatMap((f) => [f.question, ...f.alternates, f.answer]),
    ...kb.roles.flatMap((r) => [r.name, r.summary, r.focus]),
  ];
  for (const t of texts) for (const w of words(normalizeText(t))) vocabulary.add(w);
  return vocabulary;
}

/** The button for a known FAQ, role or pair; undefined for an unknown id. */
function suggestionFor(request: Lookup, s: Suggester): Suggestion | undefined {
  if (request.kind === 'comparison') {
    const [a, b] = request.roles.map((id) => s.role(id));
    return a && b ? s.pair(a, b) : undefined;
  }
  if (request.kind === 'faq') {
    const faq = s.faqWithId(request.id);
    return faq && s.faq(faq);
  }
  const role = s.role(request.id);
  return role && s.forRole(role);
}

/** The answer for a known FAQ, role or pair, as buttons ask for them. */
function lookup(request: Lookup, r: Readers): Answer | undefined {
  const s = r.suggest;
  const ids =
    request.kind === 'comparison' ? [...request.roles] : request.kind === 'role' ? [request.id] : [];
  const base = { confidence: 1, alternatives: [] as Suggestion[], notes: [] as Note[], mentioned: ids };
  if (request.kind === 'faq') {
    const faq = s.faqWithId(request.id);
    return faq && { ...base, query: faq.question, kind: 'faq', faq, related: s.related(faq.related) };
  }
  if (request.kind !== 'comparison') {
    const role = s.role(request.id);
    const comparisons = role ? s.comparisonsOf(role) : [];
    return (
      role && {
        ...base,
        query: role.name,
        kind: 'role',
        role,
        comparisons,
        alternatives: comparisons.slice(0, 3),
      }
    );
  }
  const [a, b] = request.roles.map((id) => s.role(id));
  if (!a || !b || a.id === b.id) return undefined;
  const comparison = r.comparisons.view(a, b);
  const alternatives = s.faqsAbout(a, b, comparison.related);
  return { ...base, query: `${a.name} vs ${b.name}`, kind: 'comparison', comparison, alternatives };
}
