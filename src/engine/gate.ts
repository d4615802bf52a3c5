import type { Answer, Lookup, Suggestion } from './answer';
import { type Classifier, type Guess, NONE_LABEL } from './classifier';
import { CLASSIFIER_OPTIONS, type GateOptions } from './options';
import type { Question } from './question';
import { dedupe } from './suggestions';

/** What the gate needs from the engine: look-ups by id, to turn a label into an answer. */
export interface GateReaders {
  lookup(request: Lookup): Answer | undefined;
}

/**
 * Rules first, the classifier behind them. The rules' answer stands when it is sure of itself (a role,
 * a comparison, an FAQ at high confidence); otherwise the classifier answers when its best guess is
 * likely enough, and abstains below that, still offering its best guesses as alternatives.
 */
export function gate(
  q: Question,
  ruled: Answer,
  classifier: Classifier,
  r: GateReaders,
  o: GateOptions = CLASSIFIER_OPTIONS.gate,
): Answer {
  if (rulesStand(q, ruled, o)) return ruled;
  const guesses = classifier.rank(q.analysis, o.guesses);
  const offered = guesses.filter((g) => g.label !== NONE_LABEL && g.p >= o.offerMinProbability);
  const suggestions = offered.flatMap((g) => suggestionFor(g, r));
  const top = guesses[0];
  if (top && top.label !== NONE_LABEL && top.p >= o.answerMinProbability) {
    const answer = answerFor(top, r);
    if (answer) {
      const alternatives = dedupe([...suggestions.slice(1), ...ruled.alternatives]).filter(
        (s) => !sameAs(s, answer),
      );
      return {
        ...answer,
        query: ruled.query,
        notes: ruled.notes,
        mentioned: ruled.mentioned,
        confidence: Math.round(top.p * 1000) / 1000,
        alternatives: alternatives.slice(0, o.maxAlternatives),
      };
    }
  }
  const ruledAsSuggestion = answerAsSuggestion(ruled);
  const alternatives = dedupe([...suggestions, ...ruledAsSuggestion, ...ruled.alternatives]).slice(
    0,
    o.maxAlternatives,
  );
  return { ...ruled, kind: 'none', confidence: 0, alternatives, suggestions: alternatives } as Answer;
}

/** The rules' answer stands: a comparison, list, help, a role or FAQ they are sure of, or a question about a person. */
function rulesStand(q: Question, ruled: Answer, o: GateOptions): boolean {
  if (ruled.kind === 'comparison' || ruled.kind === 'list' || ruled.kind === 'help') return true;
  if (ruled.notes.some((n) => n.code === 'unknown-person')) return true;
  if (ruled.kind === 'role') return ruled.confidence >= o.roleStands;
  if (ruled.kind === 'faq') return ruled.confidence >= o.faqStands;
  return q.query.trim().length === 0;
}

function lookupFor(label: string): Lookup | undefined {
  const [kind, rest = ''] = label.split(/:(.*)/s);
  if (kind === 'faq' || kind === 'role') return { kind, id: rest };
  const [a, b] = rest.split(',');
  if (kind === 'compare' && a && b) return { kind: 'comparison', roles: [a, b] };
  return undefined;
}

function answerFor(g: Guess, r: GateReaders): Answer | undefined {
  const request = lookupFor(g.label);
  return request && r.lookup(request);
}

function suggestionFor(g: Guess, r: GateReaders): Suggestion[] {
  const answer = answerFor(g, r);
  return answer ? answerAsSuggestion(answer) : [];
}

function answerAsSuggestion(a: Answer): Suggestion[] {
  if (a.kind === 'faq') return [{ kind: 'faq', id: a.faq.id, label: a.faq.question }];
  if (a.kind === 'role') return [{ kind: 'role', id: a.role.id, label: a.role.name }];
  if (a.kind === 'comparison') {
    const { a: x, b: y } = a.comparison;
    return [{ kind: 'comparison', roles: [x.id, y.id], label: `${x.name} vs ${y.name}` }];
  }
  return [];
}

function sameAs(s: Suggestion, a: Answer): boolean {
  const [mine] = answerAsSuggestion(a);
  return !!mine && dedupe([mine, s]).length === 1;
}
