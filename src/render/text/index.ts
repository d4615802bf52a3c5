import { type Answer, isUnsure, type Suggestion } from '../../engine';
import { type ComparisonProvenance, provenanceLine, provenanceOf } from '../provenance';
import { UNSURE_LINE } from '../short-replies';
import { didYouMean, SUGGESTION_TITLES } from '../suggestions';
import { writeComparison, writeFaq, writeHelp, writeList, writeNone, writeRole } from './kinds';
import { TextWriter } from './writer';

/** Options for terminal rendering. */
export interface TextOptions {
  /** Wrap width in columns (default 80, minimum 40). */
  width?: number;
  /** Curated comparisons' review details, for the "Reviewed … by …" line under a comparison. */
  comparisons?: readonly ComparisonProvenance[];
}

/** Renders an answer for a person reading a terminal: headings, wrapped text, comparisons in two columns. */
export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
  const w = new TextWriter(Math.max(40, options.width ?? 80));
  if (isUnsure(answer)) w.para(UNSURE_LINE);
  writeBody(w, answer);
  w.suggestions(SUGGESTION_TITLES.didYouMean, didYouMean(answer, shownWith(answer)));
  const p = provenanceOf(answer, options.comparisons);
  if (p) {
    w.raw('');
    w.para(provenanceLine(p, { text: (t) => t, link: (s) => `${s.title} <${s.url}>` }));
  }
  if (answer.notes.length) w.raw('');
  for (const n of answer.notes) w.para(`Note: ${n.text}`);
  return w.toString();
}

function writeBody(w: TextWriter, answer: Answer): void {
  if (answer.kind === 'faq') writeFaq(w, answer);
  else if (answer.kind === 'comparison') writeComparison(w, answer);
  else if (answer.kind === 'role') writeRole(w, answer);
  else if (answer.kind === 'list') writeList(w, answer);
  else if (answer.kind === 'help') writeHelp(w, answer);
  else writeNone(w, answer);
}

/** The suggestions an answer's own sections list, so "did you mean" does not repeat them. */
function shownWith(answer: Answer): Suggestion[] {
  if (answer.kind === 'faq') return answer.related;
  if (answer.kind === 'role') return answer.comparisons;
  return answer.kind === 'none' ? answer.suggestions : [];
}
