import type { KnowledgeBase } from '../knowledge/types';
import {
  type NegativeCandidate,
  negativeCandidates,
  type PhrasingCandidate,
  phrasingCandidates,
  samePhrasing,
} from '../store/candidates';
import { labelAnswer, namesFromKnowledge } from '../store/report-names';
import type { FeedbackRecord } from '../store/types';

/** One thing `role-bot learn` offers an author, numbered from 1 in the order it is listed. */
export type Offer =
  | ({ number: number; type: 'phrasing'; label: string } & PhrasingCandidate)
  | ({ number: number; type: 'out-of-scope' } & NegativeCandidate);

/** Every phrasing the knowledge already holds, in `samePhrasing` form: FAQ questions and alternates, role names, aliases and phrasings, comparison phrasings. */
export function knownPhrasings(knowledge: KnowledgeBase): Set<string> {
  const texts = [
    ...knowledge.faqs.flatMap((f) => [f.question, ...f.alternates]),
    ...knowledge.roles.flatMap((r) => [r.name, ...r.aliases, ...(r.phrasings ?? [])]),
    ...knowledge.comparisons.flatMap((c) => c.phrasings ?? []),
  ];
  return new Set(texts.map(samePhrasing));
}

/**
 * What to offer, numbered: first the phrasings people chose an answer for, then the questions that
 * could be out-of-scope examples. Already-learned ones are left out (a phrasing the knowledge has,
 * an example `outOfScope` has), so an accepted candidate is never offered again. Pure and stable:
 * the same records and knowledge give the same numbers, so `--list` then `--accept 2` is safe.
 */
export function buildOffers(
  records: readonly FeedbackRecord[],
  knowledge: KnowledgeBase,
  outOfScope: ReadonlySet<string>,
): Offer[] {
  const known = knownPhrasings(knowledge);
  const names = namesFromKnowledge(knowledge);
  const phrasings = phrasingCandidates(records).filter((c) => !known.has(samePhrasing(c.query)));
  const chosen = new Set(phrasings.map((c) => samePhrasing(c.query)));
  const negatives = negativeCandidates(records).filter((c) => {
    const key = samePhrasing(c.query);
    return !known.has(key) && !outOfScope.has(key) && !chosen.has(key);
  });
  let number = 0;
  return [
    ...phrasings.map((c) => ({
      number: ++number,
      type: 'phrasing' as const,
      label: labelAnswer(c.chosen, names),
      ...c,
    })),
    ...negatives.map((c) => ({ number: ++number, type: 'out-of-scope' as const, ...c })),
  ];
}

/** One line describing an offer, for the list and the interactive prompt. */
export function describeOffer(offer: Offer): string {
  const times = offer.count > 1 ? `, ${offer.count} times` : '';
  if (offer.type === 'phrasing')
    return `${offer.number}. "${offer.query}" → ${offer.label} (${offer.chosen}${times})`;
  const why = offer.reason === 'none' ? 'answered "none"' : `voted not helpful on ${offer.answer}`;
  return `${offer.number}. "${offer.query}" (${why}${times})`;
}

/**
 * Reads `--accept 1,3,5-7` against the offers; an error names the first number that is not offered.
 * `all` (from --all) takes every phrasing; out-of-scope examples are only taken by number, because a
 * question without an answer is as often a FAQ still to write as a question off the topic.
 */
export function pickOffers(offers: readonly Offer[], spec: string | 'all'): Offer[] | { error: string } {
  if (spec === 'all') return offers.filter((o) => o.type === 'phrasing');
  const picked = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim())) {
    const [, from, to] = /^(\d+)(?:-(\d+))?$/.exec(part) ?? [];
    if (!from) return { error: `"${part}" is not a number or a range like 2-4.` };
    const first = Number(from);
    const last = Number(to ?? from);
    // Offers are numbered 1..length without gaps.
    const missing = [first, last].find((n) => n < 1 || n > offers.length);
    if (missing !== undefined || last < first)
      return { error: `There is no candidate ${missing ?? part}; see role-bot learn --list.` };
    for (let n = first; n <= last; n += 1) picked.add(n);
  }
  return offers.filter((o) => picked.has(o.number));
}
