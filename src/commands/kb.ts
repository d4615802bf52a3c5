import { formatProblem } from '../errors';
import { FRESHNESS_DEFAULTS } from '../knowledge/freshness';
import { readKnowledge } from '../knowledge/load';
import type { CliIo } from './io';
import { staleLines, staleWarnings } from './kb-stale';

export const KB_HELP = `Usage: role-bot kb check [--stale-after N]   validate the knowledge folder
       role-bot kb stale [--stale-after N]   list entries whose review is older than N months, oldest first
       role-bot kb --json                    print the whole loaded knowledge base as JSON

N defaults to ${FRESHNESS_DEFAULTS.staleAfterMonths}. The folder is --knowledge DIR, else KNOWLEDGE_DIR, else the knowledge
shipped with role-bot.
Exit codes: 0 valid (stale entries are warnings), 1 the knowledge has problems (printed as
"file: field: problem"), 2 bad usage.`;

type KbCommand = { mode: 'check' | 'stale' | 'json'; staleAfterMonths: number };

/** Reads `check`, `stale` or `--json`, with an optional `--stale-after N`; undefined on bad usage. */
function parseKbArgs(args: string[]): KbCommand | undefined {
  const rest = [...args];
  let staleAfterMonths: number = FRESHNESS_DEFAULTS.staleAfterMonths;
  const at = rest.indexOf('--stale-after');
  if (at >= 0) {
    const n = Number(rest[at + 1]);
    if (!Number.isInteger(n) || n < 0) return undefined;
    staleAfterMonths = n;
    rest.splice(at, 2);
  }
  if (rest.length !== 1) return undefined;
  const mode = rest[0] === '--json' ? 'json' : rest[0];
  if (mode !== 'check' && mode !== 'stale' && mode !== 'json') return undefined;
  if (mode === 'json' && at >= 0) return undefined;
  return { mode, staleAfterMonths };
}

/** `role-bot kb check`, `role-bot kb stale` and `role-bot kb --json`; `now` decides what is stale. */
export function runKb(args: string[], knowledgeDir: string, io: CliIo, now: Date = new Date()): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(KB_HELP);
    return 0;
  }
  const command = parseKbArgs(args);
  if (!command) {
    io.err(KB_HELP);
    return 2;
  }
  const { knowledge, problems, faqFiles } = readKnowledge(knowledgeDir);
  if (!knowledge) {
    for (const p of problems) io.err(formatProblem(p));
    io.err(`${problems.length} problem(s) in ${knowledgeDir}`);
    return 1;
  }
  const freshness = { now, staleAfterMonths: command.staleAfterMonths };
  if (command.mode === 'json') {
    io.out(JSON.stringify(knowledge, null, 2));
  } else if (command.mode === 'stale') {
    for (const line of staleLines(knowledge, freshness)) io.out(line);
  } else {
    for (const line of staleWarnings(knowledge, knowledgeDir, faqFiles, freshness)) io.err(line);
    io.out(
      `knowledge ok: ${knowledge.roles.length} roles, ${knowledge.comparisons.length} comparisons, ${knowledge.faqs.length} FAQs (version ${knowledge.version})`,
    );
  }
  return 0;
}
