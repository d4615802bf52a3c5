import { labelAnswer, type ReportNames } from './report-names';
import type { CandidateRecord, FeedbackRecord, GapRecord, VoteRecord } from './types';

/** Phrasings people chose the same answer for, after "none" or an unsure answer. */
export interface CandidateGroup {
  /** The answer chosen: `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  answer: string;
  label: string;
  /** Clicks recorded. */
  count: number;
  /** The distinct questions, most asked first. */
  questions: string[];
}

/** One phrasing to offer an author: a question and the answer people chose for it. */
export interface PhrasingCandidate {
  query: string;
  chosen: string;
  /** How many times it was chosen, and when last. */
  count: number;
  last: string;
}

/** One question to offer an author as out of scope: answered "none", or voted not helpful. */
export interface NegativeCandidate {
  query: string;
  /** Why it is offered: `none` (no answer), or `not-helpful` (the answer it got, voted down). */
  reason: 'none' | 'not-helpful';
  /** The answer voted not helpful, for `not-helpful`. */
  answer?: string;
  count: number;
  last: string;
}

/** The form two phrasings are compared in: lowercase, accents and punctuation dropped, spaces squeezed. */
export function samePhrasing(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const isCandidate = (r: FeedbackRecord): r is CandidateRecord => r.type === 'candidate';
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** Counts records by a key, keeping the first record's text and the latest time. */
function tally<T extends { at: string; query: string }>(records: readonly T[], key: (r: T) => string) {
  const rows = new Map<string, { first: T; count: number; last: string }>();
  for (const r of records) {
    const k = key(r);
    const row = rows.get(k);
    if (row) {
      row.count += 1;
      row.last = later(row.last, r.at);
    } else rows.set(k, { first: r, count: 1, last: r.at });
  }
  return [...rows.values()].sort(
    (a, b) => b.count - a.count || Date.parse(a.first.at) - Date.parse(b.first.at),
  );
}

/** Candidates grouped by the answer chosen, most clicked first, for `role-bot report`. */
export function groupCandidates(
  records: readonly FeedbackRecord[],
  names: ReportNames,
  top: number,
): CandidateGroup[] {
  const byAnswer = new Map<string, CandidateRecord[]>();
  for (const r of records.filter(isCandidate)) byAnswer.set(r.chosen, [...(byAnswer.get(r.chosen) ?? []), r]);
  return [...byAnswer.entries()]
    .map(([answer, clicks]) => ({
      answer,
      label: labelAnswer(answer, names),
      count: clicks.length,
      questions: tally(clicks, (r) => samePhrasing(r.query)).map((row) => row.first.query.trim()),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, top);
}

/** Each distinct (question, chosen answer) pair, most chosen first: what `role-bot learn` offers. */
export function phrasingCandidates(records: readonly FeedbackRecord[]): PhrasingCandidate[] {
  const clicks = records.filter(isCandidate).filter((r) => samePhrasing(r.query));
  return tally(clicks, (r) => `${r.chosen}\n${samePhrasing(r.query)}`).map(({ first, count, last }) => ({
    query: first.query.trim(),
    chosen: first.chosen,
    count,
    last,
  }));
}

/**
 * Questions answered "none" and questions whose answer was voted not helpful, each once, most
 * asked first; a question someone later found an answer for (a candidate) is left out.
 */
export function negativeCandidates(records: readonly FeedbackRecord[]): NegativeCandidate[] {
  const found = new Set(records.filter(isCandidate).map((r) => samePhrasing(r.query)));
  const gaps = records.filter((r): r is GapRecord => r.type === 'gap' && r.kind === 'none');
  const downVoted = records.filter(
    (r): r is VoteRecord & { query: string } => r.type === 'vote' && !r.helpful && Boolean(r.query),
  );
  const asked = [
    ...gaps.map((r) => ({ at: r.at, query: r.query, reason: 'none' as const })),
    ...downVoted.map((r) => ({ at: r.at, query: r.query, reason: 'not-helpful' as const, answer: r.answer })),
  ].filter((r) => samePhrasing(r.query) && !found.has(samePhrasing(r.query)));
  return tally(asked, (r) => samePhrasing(r.query)).map(({ first, count, last }) => ({
    query: first.query.trim(),
    reason: first.reason,
    ...('answer' in first ? { answer: first.answer } : {}),
    count,
    last,
  }));
}
