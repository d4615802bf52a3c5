import { readKnowledge } from '../knowledge/load';
import { buildReport, namesFromKnowledge, type Report, type ReportNames } from '../store/summary';
import type { FeedbackStore } from '../store/types';
import type { CliIo } from './io';
import { scanStore } from './scan-store';

export const REPORT_HELP = `Usage: role-bot report [--json] [--since <when>]

What the maintainers should look at: questions answered with "none" or low confidence, grouped
by the roles they named; the answers with the most "not helpful" votes; the helpful ratio; and the
phrasings to learn: questions answered "none" or unsurely, grouped by the alternative people then
chose (role-bot learn adds them to the knowledge); and the draft answers saved in Slack with
"Save as answer" (role-bot learn --drafts turns one into a FAQ).

  --json           print the report as one JSON object
  --since <when>   only records from then on: 7d, 24h, 30d (days or hours ago) or 2026-11-01 (UTC)

The records are read from PostgreSQL when DATABASE_URL is set, else from DATA_DIR (default: data/
in role-bot's own folder, where the app writes them); names from --knowledge DIR or KNOWLEDGE_DIR
(default: the knowledge shipped with role-bot).
Exit codes: 0 success (also when nothing is recorded yet), 1 the records cannot be read (database
down), 2 bad usage.`;

const DAY_OR_HOUR = /^(\d{1,5})([dh])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

/** The start time `--since` names, relative to `now`; undefined when the text is not 7d, 24h or YYYY-MM-DD. */
export function parseSince(text: string, now: Date): Date | undefined {
  const ago = DAY_OR_HOUR.exec(text);
  if (ago) return new Date(now.getTime() - Number(ago[1]) * (ago[2] === 'd' ? 24 : 1) * HOUR_MS);
  if (!DATE.test(text)) return undefined;
  const day = new Date(`${text}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March; a date that does not round-trip does not exist.
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? day : undefined;
}

type ReportArgs = { json: boolean; since?: Date } | { error: string };

function parseArgs(args: string[], now: Date): ReportArgs {
  let json = false;
  let since: Date | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--since' || arg.startsWith('--since=')) {
      const value = arg === '--since' ? args[++i] : arg.slice('--since='.length);
      if (value === undefined) return { error: '--since needs a value, such as 7d.' };
      since = parseSince(value, now);
      if (!since) return { error: `--since "${value}" is not 7d, 24h or a date like 2026-11-01.` };
    } else return { error: `Unknown argument ${arg}.` };
  }
  return { json, since };
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** The report as a short text for a person. */
export function renderReportText(report: Report, dataDir: string): string {
  const { totals } = report;
  const period = report.since ? `since ${report.since.slice(0, 16).replace('T', ' ')} UTC` : 'all time';
  if (totals.gaps + totals.votes + totals.candidates + totals.drafts === 0)
    return `Nothing recorded in ${dataDir} (${period}).`;
  const ratio = totals.helpfulRatio === null ? 'no votes' : `${percent(totals.helpfulRatio)} helpful`;
  const lines = [
    `role-bot report, ${period}`,
    `Questions without a good answer: ${totals.gaps}`,
    `Votes: ${totals.votes}, ${totals.helpful} helpful and ${totals.notHelpful} not helpful (${ratio})`,
    `Alternatives chosen after "none" or an unsure answer: ${totals.candidates}`,
  ];
  if (report.unansweredByRoles.length > 0) {
    lines.push('', 'Unanswered, by the roles named:');
    for (const group of report.unansweredByRoles) {
      lines.push(`  ${group.label}: ${group.count} unanswered`);
      for (const example of group.examples) lines.push(`    "${example}"`);
    }
  }
  if (report.notHelpful.length > 0) {
    lines.push('', 'Most "not helpful" votes:');
    for (const row of report.notHelpful) {
      lines.push(`  ${row.label} (${row.answer}): ${row.notHelpful} not helpful, ${row.helpful} helpful`);
    }
  }
  if (report.candidates.length > 0) {
    lines.push('', 'Phrasings to learn, by the answer people chose (add them with role-bot learn):');
    for (const group of report.candidates) {
      lines.push(`  ${group.label} (${group.answer}): chosen ${group.count} time(s)`);
      for (const question of group.questions) lines.push(`    "${question}"`);
    }
  }
  if (report.drafts.length > 0) {
    lines.push(
      '',
      `Draft answers saved in Slack: ${totals.drafts} (review them with role-bot learn --drafts):`,
    );
    for (const d of report.drafts) {
      const roles = d.roles.length ? ` [${d.roles.join(', ')}]` : '';
      lines.push(`  "${d.question}"${roles}, answered by ${d.author}, saved ${d.at.slice(0, 10)}`);
    }
  }
  return lines.join('\n');
}

/** Role and FAQ names from the knowledge; ids (and a note) when the knowledge has problems. */
function loadNames(knowledgeDir: string, io: CliIo): ReportNames {
  const { knowledge } = readKnowledge(knowledgeDir);
  if (!knowledge) io.err(`note: the knowledge in ${knowledgeDir} has problems; showing ids instead of names`);
  return namesFromKnowledge(knowledge);
}

/** `role-bot report`: reads the store (the JSON Lines files in a folder, or PostgreSQL) and prints the report. */
export async function runReport(
  args: string[],
  source: FeedbackStore | string,
  knowledgeDir: string,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(REPORT_HELP);
    return 0;
  }
  const parsed = parseArgs(args, now);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n\n${REPORT_HELP}`);
    return 2;
  }
  const scanned = await scanStore(source, parsed.since, io);
  if (!scanned) return 1;
  const { records, where } = scanned;
  const names = records.length > 0 ? loadNames(knowledgeDir, io) : namesFromKnowledge();
  const report = buildReport(records, names, { since: parsed.since });
  io.out(parsed.json ? JSON.stringify(report, null, 2) : renderReportText(report, where));
  return 0;
}
