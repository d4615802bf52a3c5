import { formatProblem } from '../errors';
import { readKnowledge } from '../knowledge/load';
import type { CliIo } from './io';

export const KB_HELP = `Usage: role-bot kb check        validate the knowledge folder
       role-bot kb --json       print the whole loaded knowledge base as JSON

The folder is --knowledge DIR, else KNOWLEDGE_DIR, else the knowledge shipped with role-bot.
Exit codes: 0 valid, 1 the knowledge has problems (printed as "file: field: problem"), 2 bad usage.`;

/** `role-bot kb check` and `role-bot kb --json`. */
export function runKb(args: string[], knowledgeDir: string, io: CliIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(KB_HELP);
    return 0;
  }
  const json = args.includes('--json');
  const check = args.includes('check');
  if (json === check || args.some((a) => a !== '--json' && a !== 'check')) {
    io.err(KB_HELP);
    return 2;
  }
  const { knowledge, problems } = readKnowledge(knowledgeDir);
  if (!knowledge) {
    for (const p of problems) io.err(formatProblem(p));
    io.err(`${problems.length} problem(s) in ${knowledgeDir}`);
    return 1;
  }
  if (json) {
    io.out(JSON.stringify(knowledge, null, 2));
  } else {
    io.out(
      `knowledge ok: ${knowledge.roles.length} roles, ${knowledge.comparisons.length} comparisons, ${knowledge.faqs.length} FAQs (version ${knowledge.version})`,
    );
  }
  return 0;
}
