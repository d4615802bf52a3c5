import type { Faq, KnowledgeBase } from '../knowledge/types';
import { analyze } from './analyze';
import type { Answer, Lookup, Note, Suggestion } from './answer';
import { Comparisons } from './compare';
import { ConceptMatcher } from './concepts';
import { decide } from './decide';
import { FaqIndex } from './faq-index';
import { isHelpRequest, isListRequest, smallTalk } from './intent';
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
  const concepts = new ConceptMatcher(kb.concepts);
  const vocabulary = knownWords(kb, concepts);
  const roles = new RoleDetector(kb, vocabulary);
  const lexicon = { roles, concepts };
  const phrasings = (f: Faq) => [f.question, ...f.alternates].map((t) => analyze(t, lexicon));
  const comparisons = new Comparisons(kb);
  const readers: Readers = {
    ...lexicon,
    typos: new TypoCorrector(vocabulary),
    index: new FaqIndex(kb.faqs.map((faq) => ({ faq, phrasings: phrasings(faq) }))),
    comparisons,
    suggest: new Suggester(kb, comparisons),
  };

  function answer(raw: string): Answer {
    const prepared = prepare(raw);
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
    return decide(new Question(prepared, readers));
  }

  return { answer, lookup: (request) => lookup(request, readers), knowledge: kb };
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
