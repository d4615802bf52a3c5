import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../errors';
import { readKnowledge } from '../knowledge/load';
import { samePhrasing } from '../store/candidates';
import type { DraftRecord, FeedbackStore } from '../store/types';
import { type DraftChoices, draftToFaq } from './draft-faq';
import type { CliIo } from './io';
import { knownPhrasings } from './learn-offers';
import { scanStore } from './scan-store';
import { appendToList } from './yaml-append';

/** Where learned FAQs go, in the knowledge folder. */
export const LEARNED_FAQ_FILE = join('faqs', 'learned.yml');
const HEADER = `# FAQs learned from answers people gave in Slack (Save as answer), reviewed with role-bot learn --drafts.
`;

type DraftArgs = { accept?: number; json: boolean; knowledge?: string; choices: DraftChoices };

function parseDraftArgs(args: string[]): DraftArgs | { error: string } {
  const out: DraftArgs = { json: false, choices: {} };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') {
      out.json = true;
      continue;
    }
    const v = args[++i];
    if (!['--accept', '--id', '--owner', '--alternate', '--knowledge'].includes(arg))
      return { error: `Unknown argument ${arg}.` };
    if (!v) return { error: `${arg} needs a value.` };
    if (arg === '--accept') out.accept = Number(v);
    else if (arg === '--id') out.choices.id = v;
    else if (arg === '--owner') out.choices.owner = v;
    else if (arg === '--knowledge') out.knowledge = v;
    else out.choices.alternates = [...(out.choices.alternates ?? []), v];
    if (arg === '--accept' && !(Number.isInteger(out.accept) && (out.accept ?? 0) > 0))
      return { error: `--accept takes one draft number, such as 1.` };
  }
  return out;
}

/**
 * `role-bot learn --drafts`: the draft answers saved in Slack, numbered; with `--accept N`, draft N
 * becomes a FAQ in faqs/learned.yml (defaults filled, the knowledge check run, the file put back if it fails).
 */
export async function runLearnDrafts(
  args: string[],
  source: FeedbackStore | string,
  knowledgeDir: string,
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const parsed = parseDraftArgs(args);
  if ('error' in parsed) {
    io.err(
      `${parsed.error}\nUsage: role-bot learn --drafts [--accept N [--id ID] [--owner NAME] [--alternate TEXT]...]`,
    );
    return 2;
  }
  const dir = parsed.knowledge ?? knowledgeDir;
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) {
    for (const p of problems) io.err(formatProblem(p));
    return 1;
  }
  const known = knownPhrasings(knowledge);
  const scanned = await scanStore(source, undefined, io);
  if (!scanned) return 1;
  const drafts = scanned.records.filter(
    (r): r is DraftRecord => r.type === 'draft' && !known.has(samePhrasing(r.question)),
  );
  if (parsed.accept === undefined) {
    io.out(
      parsed.json ? JSON.stringify({ drafts: numbered(drafts) }, null, 2) : listDrafts(drafts, scanned.where),
    );
    return 0;
  }
  const draft = drafts[parsed.accept - 1];
  if (!draft) {
    io.err(`There is no draft ${parsed.accept}: role-bot learn --drafts lists ${drafts.length}.`);
    return 2;
  }
  const faq = draftToFaq(draft, knowledge, parsed.choices, now);
  const file = join(dir, LEARNED_FAQ_FILE);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  writeFileSync(file, appendToList(before ?? HEADER, [], faq));
  const checked = readKnowledge(dir);
  if (!checked.knowledge) {
    if (before === undefined) unlinkSync(file);
    else writeFileSync(file, before);
    for (const p of checked.problems) io.err(formatProblem(p));
    io.err(`The knowledge check failed: ${file} is back as it was.`);
    return 1;
  }
  if (parsed.json) io.out(JSON.stringify({ added: faq, file }, null, 2));
  else {
    io.out(`added FAQ ${faq.id} to ${file} (owner ${faq.owner}, reviewed ${faq.reviewed}); knowledge ok.`);
    io.out(
      'Read it over, replace the derived alternates with ways people really ask, then reload role-bot (SIGHUP).',
    );
  }
  return 0;
}

const numbered = (drafts: readonly DraftRecord[]) => drafts.map((d, i) => ({ number: i + 1, ...d }));

function listDrafts(drafts: readonly DraftRecord[], dataDir: string): string {
  if (drafts.length === 0) return `No draft answers in ${dataDir} that the knowledge does not already hold.`;
  const lines = ['Draft answers saved in Slack (question → answer, by whom):'];
  for (const d of numbered(drafts)) {
    const answer = d.answer.replace(/\s+/g, ' ').slice(0, 100);
    lines.push(`  ${d.number}. "${d.question}" → "${answer}" (by ${d.author}, ${d.at.slice(0, 10)})`);
  }
  lines.push(
    '',
    'Turn one into a FAQ with: role-bot learn --drafts --accept 1 [--id ID] [--owner NAME] [--alternate TEXT]...',
  );
  return lines.join('\n');
}
