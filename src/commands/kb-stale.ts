import { join, relative } from 'node:path';
import { formatProblem } from '../errors';
import { type FreshnessOptions, type StaleEntry, staleEntries } from '../knowledge/freshness';
import type { KnowledgeBase } from '../knowledge/types';

type Freshness = Required<FreshnessOptions>;

const age = (e: StaleEntry) => `${e.ageMonths} month${e.ageMonths === 1 ? '' : 's'} ago`;

/** `role-bot kb stale`: one line an entry, oldest first, or one line saying none is stale. */
export function staleLines(kb: KnowledgeBase, opts: Freshness): string[] {
  const stale = staleEntries(kb, opts);
  if (stale.length === 0) {
    return [`Nothing is stale: every entry was reviewed in the last ${opts.staleAfterMonths} months.`];
  }
  const width = Math.max(...stale.map((e) => `${e.kind} ${e.id}`.length));
  return stale.map(
    (e) => `${e.reviewed}  ${`${e.kind} ${e.id}`.padEnd(width)}  ${e.owner}  (reviewed ${age(e)})`,
  );
}

/** `kb check` warnings: a `file: field: problem` line for each stale entry, and a closing count. */
export function staleWarnings(
  kb: KnowledgeBase,
  dir: string,
  faqFiles: ReadonlyMap<string, string> | undefined,
  opts: Freshness,
): string[] {
  const stale = staleEntries(kb, opts);
  if (stale.length === 0) return [];
  const fileOf = (e: StaleEntry) => {
    if (e.kind === 'faq') return faqFiles?.get(e.id) ?? join(dir, 'faqs');
    const abs = join(dir, e.kind === 'role' ? 'roles' : 'comparisons', `${e.id}.yml`);
    return relative(process.cwd(), abs) || abs;
  };
  const lines = stale.map((e) =>
    formatProblem({
      file: fileOf(e),
      field: e.kind === 'faq' ? `${e.id}.reviewed` : 'reviewed',
      problem: `warning: ${e.reviewed} is more than ${opts.staleAfterMonths} months old (${age(e)}); check it with ${e.owner} and update the month`,
    }),
  );
  return [...lines, `${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'} (warnings only)`];
}
