import { createInterface } from 'node:readline';
import { formatProblem } from '../errors';
import { readKnowledge } from '../knowledge/load';
import type { FeedbackStore } from '../store/types';
import type { CliIo } from './io';
import { runLearnDrafts } from './learn-drafts';
import { buildOffers, describeOffer, type Offer, pickOffers } from './learn-offers';
import {
  applyOffers,
  LEARNED_TOPIC,
  type LearnResult,
  OUT_OF_SCOPE_FILE,
  readOutOfScope,
} from './learn-write';
import { parseSince } from './report';
import { scanStore } from './scan-store';

export const LEARN_HELP = `Usage: role-bot learn [--list] [--accept 1,3 | --all] [--knowledge DIR] [--since 7d] [--json]

Teaches the knowledge what people asked. Two kinds of candidates, numbered in one list:
  phrasings      someone got "I don't know" or an unsure answer, then clicked one of the offered
                 alternatives: their question becomes an alternate of that FAQ (or a phrasing of
                 that role or comparison)
  out of scope   questions answered "I don't know", or whose answer was voted not helpful: they
                 become examples under the topic "${LEARNED_TOPIC}" in ${OUT_OF_SCOPE_FILE}
Questions the knowledge already holds are not offered again. Files keep their comments and layout;
the knowledge check runs after the edit, and if it fails every file is put back as it was.

  --list            print the numbered candidates (the default when not in a terminal)
  --accept <n,...>  add these candidates, by number or range (1,3,5-7)
  --all             add every phrasing (out-of-scope examples only by number: an unanswered
                    question is as often a FAQ still to write as one off the topic)
  --knowledge DIR   the knowledge folder to edit (default: KNOWLEDGE_DIR, or knowledge)
  --since <when>    only records from then on: 7d, 24h or 2026-11-01
  --json            print the candidates, or what was added, as JSON
In a terminal without --list, --accept or --all, it asks y/n for each candidate.

Draft answers (saved in Slack with "Save as answer"):
  --drafts                   list them, numbered
  --drafts --accept <n>      turn draft n into a FAQ in faqs/learned.yml, then run the check
     --id ID  --owner NAME   the FAQ's id (default: from the question) and owner (default @knowledge-team)
     --alternate TEXT        a way people ask it (repeat; missing ones are derived from the question)
Records come from PostgreSQL when DATABASE_URL is set, else from DATA_DIR.
Exit codes: 0 success, 1 the knowledge has problems (before or after the edit) or the records
cannot be read, 2 bad usage.`;

interface LearnArgs {
  list: boolean;
  accept?: string;
  json: boolean;
  knowledge?: string;
  since?: Date;
}

function parseArgs(args: string[], now: Date): LearnArgs | { error: string } {
  const out: LearnArgs = { list: false, json: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => inline ?? args[++i];
    if (flag === '--list') out.list = true;
    else if (flag === '--json') out.json = true;
    else if (flag === '--all') out.accept = 'all';
    else if (flag === '--accept' || flag === '--knowledge' || flag === '--since') {
      const v = value();
      if (!v) return { error: `${flag} needs a value.` };
      if (flag === '--accept') out.accept = v;
      else if (flag === '--knowledge') out.knowledge = v;
      else out.since = parseSince(v, now);
      if (flag === '--since' && !out.since) return { error: `--since "${v}" is not 7d, 24h or a date.` };
    } else return { error: `Unknown argument ${arg}.` };
  }
  return out.list && out.accept ? { error: '--list cannot be combined with --accept or --all.' } : out;
}

/** `role-bot learn`: lists the candidates to learn from the store, and adds those accepted to the knowledge. */
export async function runLearn(
  args: string[],
  source: FeedbackStore | string,
  knowledgeDir: string,
  io: CliIo,
  stdin: NodeJS.ReadableStream,
  now: Date = new Date(),
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(LEARN_HELP);
    return 0;
  }
  if (args.includes('--drafts')) {
    const rest = args.filter((a) => a !== '--drafts');
    return runLearnDrafts(rest, source, knowledgeDir, io, now);
  }
  const parsed = parseArgs(args, now);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n\n${LEARN_HELP}`);
    return 2;
  }
  const dir = parsed.knowledge ?? knowledgeDir;
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) {
    for (const p of problems) io.err(formatProblem(p));
    io.err(`${problems.length} problem(s) in ${dir}: fix them before learning`);
    return 1;
  }
  const scanned = await scanStore(source, parsed.since, io);
  if (!scanned) return 1;
  const { records, where } = scanned;
  const outOfScope = readOutOfScope(dir);
  if (outOfScope.error) io.err(`note: ${outOfScope.error}; out-of-scope examples cannot be added`);
  const offers = buildOffers(records, knowledge, outOfScope.examples);
  const interactive = !parsed.list && !parsed.accept && (stdin as { isTTY?: boolean }).isTTY === true;
  if (!parsed.accept && !interactive) {
    io.out(
      parsed.json ? JSON.stringify({ knowledge: dir, candidates: offers }, null, 2) : listText(offers, where),
    );
    return 0;
  }
  const picked = parsed.accept ? pickOffers(offers, parsed.accept) : await askEach(offers, io, stdin);
  if ('error' in picked) {
    io.err(picked.error);
    return 2;
  }
  const result = applyOffers(dir, knowledge, picked);
  if (parsed.json) io.out(JSON.stringify(result, null, 2));
  else printResult(result, io);
  return result.problems.length > 0 ? 1 : 0;
}

function listText(offers: readonly Offer[], dataDir: string): string {
  if (offers.length === 0)
    return `Nothing to learn in ${dataDir}: no new phrasings or out-of-scope questions.`;
  const phrasings = offers.filter((o) => o.type === 'phrasing');
  const negatives = offers.filter((o) => o.type === 'out-of-scope');
  const lines: string[] = [];
  if (phrasings.length) lines.push('Phrasings to learn (question → the answer people chose):');
  for (const o of phrasings) lines.push(`  ${describeOffer(o)}`);
  if (negatives.length)
    lines.push(`Out-of-scope examples (to ${OUT_OF_SCOPE_FILE}, topic "${LEARNED_TOPIC}"):`);
  for (const o of negatives) lines.push(`  ${describeOffer(o)}`);
  lines.push('', 'Add them with: role-bot learn --accept 1,2 (or --all for every phrasing)');
  return lines.join('\n');
}

/** Asks y/n (q to stop) for each offer, one line of standard input each. */
async function askEach(offers: readonly Offer[], io: CliIo, stdin: NodeJS.ReadableStream): Promise<Offer[]> {
  const lines = createInterface({ input: stdin, terminal: false })[Symbol.asyncIterator]();
  const accepted: Offer[] = [];
  try {
    for (const offer of offers) {
      const what = offer.type === 'phrasing' ? 'Add as a phrasing' : 'Add as an out-of-scope example';
      io.out(`${describeOffer(offer)}\n   ${what}? [y/N/q]`);
      const { value, done } = await lines.next();
      const reply = done ? 'q' : String(value).trim().toLowerCase();
      if (reply === 'q') break;
      if (reply === 'y' || reply === 'yes') accepted.push(offer);
    }
  } finally {
    await lines.return?.();
  }
  return accepted;
}

function printResult(result: LearnResult, io: CliIo): void {
  for (const a of result.added) io.out(`added ${a.number}. "${a.query}" to ${a.file}`);
  for (const s of result.skipped) io.out(`skipped ${s.number}. "${s.query}": ${s.reason}`);
  if (result.problems.length > 0) {
    for (const p of result.problems) io.err(p);
    io.err('The knowledge check failed after the edit: every file is back as it was.');
  } else if (result.added.length > 0) {
    io.out(`${result.added.length} added; knowledge ok. Reload role-bot (SIGHUP) to answer with them.`);
  } else io.out('Nothing added.');
}
