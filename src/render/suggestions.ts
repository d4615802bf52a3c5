import { type Answer, isUnsure, type Suggestion } from '../engine';
import { MATCH_OPTIONS } from '../engine/options';

// What an answer offers beside itself, the same way in Slack and in the terminal: under a sure answer
// the engine's alternatives are related questions; only an unsure answer asks "did you mean".

/** At or above this confidence a FAQ, comparison or role answer is presented as sure (one bar, in the engine's options). */
export const SURE_CONFIDENCE = MATCH_OPTIONS.sureMinConfidence;

/** Titles of the suggestion groups, shared by both renderers. */
export const SUGGESTION_TITLES = Object.freeze({
  didYouMean: 'Did you mean…',
  related: 'Related questions',
  seeAlso: 'See also',
});

/** True for a FAQ, comparison or role answer the engine is sure of. */
export function isSure(answer: Answer): boolean {
  const matched = answer.kind === 'faq' || answer.kind === 'comparison' || answer.kind === 'role';
  return matched && !isUnsure(answer);
}

/** Identity of a suggestion, to show each one once across groups (a pair counts once in either order). */
export function suggestionKey(s: Suggestion): string {
  return s.kind === 'comparison' ? `compare:${[...s.roles].sort().join(',')}` : `${s.kind}:${s.id}`;
}

/** The alternatives a sure answer adds to the suggestions it already shows (`shown`), each once; none when unsure. */
export function seeAlso(answer: Answer, shown: readonly Suggestion[]): Suggestion[] {
  return isSure(answer) ? newOnes(answer.alternatives, shown) : [];
}

/** The alternatives an unsure answer offers as "did you mean", minus those already shown; none when sure. */
export function didYouMean(answer: Answer, shown: readonly Suggestion[]): Suggestion[] {
  return isSure(answer) ? [] : newOnes(answer.alternatives, shown);
}

function newOnes(items: readonly Suggestion[], shown: readonly Suggestion[]): Suggestion[] {
  const seen = new Set(shown.map(suggestionKey));
  return items.filter((s) => {
    const key = suggestionKey(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
