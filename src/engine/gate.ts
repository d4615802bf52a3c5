import type { Analysis } from './analyze';
import type { Answer, Lookup, Suggestion } from './answer';
import { type Guess, NONE_LABEL } from './classifier';
import { CLASSIFIER_OPTIONS, type GateOptions } from './options';
import type { Question } from './question';
import { parseReference, referenceOf } from './reference';
import { dedupe } from './suggestions';

/** What the gate needs from the engine: look-ups by id, to turn a label into an answer or a button. */
export interface GateReaders {
  lookup(request: Lookup): Answer | undefined;
  /** The suggestion (button) for a look-up, without building its answer; undefined for unknown ids. */
  suggestion(request: Lookup): Suggestion | undefined;
}

/** What the gate needs from the classifier: its likeliest labels for a question (the Classifier, or a fake in tests). */
export interface Ranker {
  rank(a: Analysis, limit: number): Guess[];
}

/**
 * Rules first, the classifier behind them. The rules' answer stands when it is sure of itself (a role,
 * a comparison, an FAQ at high confidence); otherwise the classifier answers when its best guess is
 * likely enough, and abstains below that, still offering its best guesses as alternatives.
 */
export function gate(
  q: Question,
  ruled: Answer,
  classifier: Ranker,
  r: GateReaders,
  o: GateOptions = CLASSIFIER_OPTIONS.gate,
): Answer {
  if (rulesStand(ruled)) return ruled;
  const guesses = classifier.rank(q.analysis, o.guesses);
  const offered = guesses.filter((g) => g.label !== NONE_LABEL && g.p >= o.offerMinProbability);
  const suggestions = offered.flatMap((g) => suggestionFor(g.label, r) ?? []);
  const ruledLabel = referenceOf(ruled);
  const top = guesses[0];
  // Both readings agree (the classifier's best answer is the rules' one, and likely enough even if
  // "none" is likelier): the rules' answer, as sure as the surer of the two.
  const best = offered[0];
  if (ruledLabel && best?.label === ruledLabel && best.p >= o.agreeMinProbability) {
    return { ...ruled, confidence: Math.max(ruled.confidence, round(best.p)) };
  }
  const overruled = vetoed(ruledLabel, guesses, o);
  if (ruled.kind === 'role' && ruled.confidence >= o.roleStands && !overruled) return ruled;
  if (ruled.kind === 'faq' && ruled.confidence >= o.faqStands && !overruled) return ruled;
  if (top && top.label !== NONE_LABEL && top.p >= o.answerMinProbability) {
    const answer = answerFor(top, r);
    const mine = suggestionFor(top.label, r);
    if (answer && mine) {
      // Everything else on offer, the answer itself left out (dedupe keeps the first of each).
      const alternatives = dedupe([mine, ...suggestions, ...ruled.alternatives]).slice(1);
      return {
        ...answer,
        query: ruled.query,
        notes: ruled.notes,
        mentioned: ruled.mentioned,
        confidence: round(top.p),
        alternatives: alternatives.slice(0, o.maxAlternatives),
      };
    }
  }
  const own = ownSuggestion(ruled, r);
  const alternatives = dedupe([...suggestions, ...(own ? [own] : []), ...ruled.alternatives]).slice(
    0,
    o.abstainAlternatives,
  );
  return { ...ruled, kind: 'none', confidence: 0, alternatives, suggestions: alternatives } as Answer;
}

/**
 * The rules' answer stands whatever the classifier says: a comparison, list, help, the FAQ about holding
 * two roles read from "can the EM be the PO?", or a question about a person.
 */
function rulesStand(ruled: Answer): boolean {
  if (ruled.kind === 'comparison' || ruled.kind === 'list' || ruled.kind === 'help') return true;
  if (ruled.kind === 'faq' && ruled.combining) return true;
  if (ruled.notes.some((n) => n.code === 'unknown-person')) return true;
  return ruled.kind === 'role' && ruled.confidence >= 1;
}

/**
 * The classifier overrules a confident rules answer when it is fairly sure of another answer and gives the
 * rules' one a small fraction of that (a label outside its top guesses is at most as likely as the last).
 */
function vetoed(ruledLabel: string | undefined, guesses: Guess[], o: GateOptions): boolean {
  const top = guesses[0];
  if (!ruledLabel || !top || top.label === NONE_LABEL || top.label === ruledLabel) return false;
  if (top.p < o.vetoMinProbability) return false;
  const ruledP = guesses.find((g) => g.label === ruledLabel)?.p ?? guesses.at(-1)?.p ?? 0;
  return ruledP * o.vetoRatio < top.p;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function answerFor(g: Guess, r: GateReaders): Answer | undefined {
  const request = parseReference(g.label);
  return request && r.lookup(request);
}

function suggestionFor(label: string, r: GateReaders): Suggestion | undefined {
  const request = parseReference(label);
  return request && r.suggestion(request);
}

/** The answer itself as a suggestion, so an abstention can still offer what the rules had found. */
function ownSuggestion(a: Answer, r: GateReaders): Suggestion | undefined {
  const ref = referenceOf(a);
  return ref ? suggestionFor(ref, r) : undefined;
}
