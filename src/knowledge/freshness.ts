import type { KnowledgeBase, Provenance } from './types';

/** How old a review may get before `kb check` warns and `kb stale` lists the entry. */
export const FRESHNESS_DEFAULTS = Object.freeze({
  /** A year: role descriptions drift slowly, but an answer nobody has looked at for a year deserves a look. */
  staleAfterMonths: 12,
});

/** Options for finding stale entries; `now` is passed in so tests (and reports) are deterministic. */
export interface FreshnessOptions {
  now: Date;
  staleAfterMonths?: number;
}

/** An entry whose review is older than the allowed age. */
export interface StaleEntry {
  kind: 'role' | 'comparison' | 'faq';
  /** The role or FAQ id, or `a--b` for a comparison (its file name). */
  id: string;
  reviewed: string;
  owner: string;
  /** Whole months between the review month and the month of `now`. */
  ageMonths: number;
}

/** Months from a `YYYY-MM` month to the month of `now` (negative when the month is in the future). */
export function monthsSince(reviewed: string, now: Date): number {
  const [year = 0, month = 1] = reviewed.split('-').map(Number);
  return now.getUTCFullYear() * 12 + now.getUTCMonth() - (year * 12 + (month - 1));
}

/** Every entry reviewed more than `staleAfterMonths` months before `now`, oldest first (then by kind and id). */
export function staleEntries(kb: KnowledgeBase, opts: FreshnessOptions): StaleEntry[] {
  const limit = opts.staleAfterMonths ?? FRESHNESS_DEFAULTS.staleAfterMonths;
  const entries: { kind: StaleEntry['kind']; id: string; p: Provenance }[] = [
    ...kb.roles.map((r) => ({ kind: 'role' as const, id: r.id, p: r })),
    ...kb.comparisons.map((c) => ({ kind: 'comparison' as const, id: c.roles.join('--'), p: c })),
    ...kb.faqs.map((f) => ({ kind: 'faq' as const, id: f.id, p: f })),
  ];
  return entries
    .map(({ kind, id, p }) => ({
      kind,
      id,
      reviewed: p.reviewed,
      owner: p.owner,
      ageMonths: monthsSince(p.reviewed, opts.now),
    }))
    .filter((e) => e.ageMonths > limit)
    .sort((x, y) => y.ageMonths - x.ageMonths || x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11` as `Nov 2026`. */
export function monthLabel(reviewed: string): string {
  const [year, month] = reviewed.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
