import { type CandidateGroup, groupCandidates } from './candidates';
import { labelAnswer, type ReportNames } from './report-names';
import type { DraftRecord, FeedbackRecord, GapRecord, VoteRecord } from './types';

export { labelAnswer, namesFromKnowledge, type ReportNames } from './report-names';

/** Questions without a good answer that named the same roles. */
export interface RoleGroup {
  /** Role ids, sorted; empty when the questions named no role. */
  roles: string[];
  /** "Product Owner + Tech Lead", or "No role named". */
  label: string;
  count: number;
  /** Up to three distinct queries, most recent first. */
  examples: string[];
}

/** Votes on one answer that was voted not helpful at least once. */
export interface AnswerVotes {
  /** `faq:<id>`, `role:<id>`, `compare:<a>,<b>`. */
  answer: string;
  label: string;
  notHelpful: number;
  helpful: number;
}

/** What `role-bot report` shows, as `--json` prints it. */
export interface Report {
  /** ISO time the report starts at; null for all time. */
  since: string | null;
  totals: {
    gaps: number;
    votes: number;
    helpful: number;
    notHelpful: number;
    helpfulRatio: number | null;
    /** Clicks on an alternative after "none" or an unsure answer. */
    candidates: number;
    /** Answers people saved with "Save as answer". */
    drafts: number;
  };
  /** Most unanswered first. */
  unansweredByRoles: RoleGroup[];
  /** Most not-helpful votes first. */
  notHelpful: AnswerVotes[];
  /** Phrasings to learn, grouped by the answer people chose; most clicked first. */
  candidates: CandidateGroup[];
  /** Draft answers saved in Slack, newest first: `role-bot learn --drafts` turns one into a FAQ. */
  drafts: Omit<DraftRecord, 'type'>[];
}

/** Defaults for buildReport. */
export const REPORT_DEFAULTS = Object.freeze({
  /** Rows per list: enough to act on, short enough to read in a terminal. */
  top: 10,
  /** Example questions per role group: a taste of what people asked, not the whole log. */
  examples: 3,
});

/** The label of the group of questions that named no role. */
export const NO_ROLE_LABEL = 'No role named';

const byRecent = (a: { at: string }, b: { at: string }) => Date.parse(b.at) - Date.parse(a.at);
const sameQuery = (q: string) => q.trim().replace(/\s+/g, ' ').toLowerCase();

function groupGaps(gaps: GapRecord[], names: ReportNames, top: number): RoleGroup[] {
  const groups = new Map<string, { roles: string[]; gaps: GapRecord[] }>();
  for (const gap of gaps) {
    const roles = [...new Set(gap.roles)].sort();
    const key = roles.join('+');
    const group = groups.get(key) ?? { roles, gaps: [] };
    group.gaps.push(gap);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ roles, gaps: asked }) => ({
      roles,
      label: roles.length ? roles.map((id) => names.roles.get(id) ?? id).join(' + ') : NO_ROLE_LABEL,
      count: asked.length,
      examples: distinctQueries(asked.sort(byRecent), REPORT_DEFAULTS.examples),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, top);
}

function distinctQueries(gaps: GapRecord[], limit: number): string[] {
  const seen = new Map<string, string>();
  for (const { query } of gaps) {
    if (seen.size >= limit) break;
    if (!seen.has(sameQuery(query))) seen.set(sameQuery(query), query.trim());
  }
  return [...seen.values()];
}

function tallyVotes(votes: VoteRecord[], names: ReportNames, top: number): AnswerVotes[] {
  const tally = new Map<string, AnswerVotes>();
  for (const vote of votes) {
    const row = tally.get(vote.answer) ?? {
      answer: vote.answer,
      label: labelAnswer(vote.answer, names),
      notHelpful: 0,
      helpful: 0,
    };
    if (vote.helpful) row.helpful += 1;
    else row.notHelpful += 1;
    tally.set(vote.answer, row);
  }
  return [...tally.values()]
    .filter((row) => row.notHelpful > 0)
    .sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful || a.label.localeCompare(b.label))
    .slice(0, top);
}

/** Builds the report from records (any order), keeping those at or after `since`. Pure. */
export function buildReport(
  records: readonly FeedbackRecord[],
  names: ReportNames,
  options: { since?: Date; top?: number } = {},
): Report {
  const from = options.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const top = options.top ?? REPORT_DEFAULTS.top;
  const kept = records.filter((r) => Date.parse(r.at) >= from);
  const gaps = kept.filter((r): r is GapRecord => r.type === 'gap');
  const votes = kept.filter((r): r is VoteRecord => r.type === 'vote');
  const helpful = votes.filter((v) => v.helpful).length;
  const drafts = kept.filter((r): r is DraftRecord => r.type === 'draft');
  return {
    since: options.since?.toISOString() ?? null,
    totals: {
      gaps: gaps.length,
      votes: votes.length,
      helpful,
      notHelpful: votes.length - helpful,
      helpfulRatio: votes.length ? helpful / votes.length : null,
      candidates: kept.filter((r) => r.type === 'candidate').length,
      drafts: drafts.length,
    },
    unansweredByRoles: groupGaps(gaps, names, top),
    notHelpful: tallyVotes(votes, names, top),
    candidates: groupCandidates(kept, names, top),
    drafts: [...drafts]
      .sort(byRecent)
      .slice(0, top)
      .map(({ type: _type, ...draft }) => draft),
  };
}
