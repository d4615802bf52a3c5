import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseReference } from '../engine/reference';
import { formatProblem } from '../errors';
import { type KnowledgeReadResult, readKnowledge } from '../knowledge/load';
import { LIMITS } from '../knowledge/schema';
import type { KnowledgeBase } from '../knowledge/types';
import { samePhrasing } from '../store/candidates';
import { knownPhrasings, type Offer } from './learn-offers';
import { appendToList, type YamlPath } from './yaml-append';

/** The file of out-of-scope examples, in the knowledge folder. */
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yml';
/** The topic learned out-of-scope examples go under. */
export const LEARNED_TOPIC = 'learned';
const HEADER = `# Questions near role-bot's domain that it should answer with "I don't know".
# Each topic lists example questions; role-bot learn adds the ones an author accepts under "${LEARNED_TOPIC}".
`;

/** What applying the accepted offers did. */
export interface LearnResult {
  added: { number: number; query: string; file: string }[];
  skipped: { number: number; query: string; reason: string }[];
  /** Knowledge check problems after the edit; when any, every file was restored. */
  problems: string[];
}

type Place = { file: string; path: YamlPath; item: unknown } | { skip: string };

/** The examples already in out-of-scope.yml (samePhrasing form), or why the file cannot be read. */
export function readOutOfScope(dir: string): { examples: Set<string>; error?: string } {
  const file = join(dir, OUT_OF_SCOPE_FILE);
  const topics = existsSync(file) ? topicsOf(readFileSync(file, 'utf8')) : [];
  if (!topics) return { examples: new Set(), error: `${file} is not a list of topics with examples` };
  return { examples: new Set(topics.flatMap((t) => t.examples).map(samePhrasing)) };
}

function topicsOf(text: string): { topic: unknown; examples: string[] }[] | undefined {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  return data.map((t) => ({
    topic: t?.topic,
    examples: Array.isArray(t?.examples) ? t.examples.filter((e: unknown) => typeof e === 'string') : [],
  }));
}

/** Where a phrasing for `chosen` goes: an FAQ's alternates, a role's or a curated comparison's phrasings. */
function phrasingPlace(dir: string, chosen: string, text: string): Place {
  const ref = parseReference(chosen);
  if (ref?.kind === 'role' && existsSync(join(dir, 'roles', `${ref.id}.yml`)))
    return { file: join(dir, 'roles', `${ref.id}.yml`), path: ['phrasings'], item: text };
  if (ref?.kind === 'comparison') {
    const file = join(dir, 'comparisons', `${[...ref.roles].sort().join('--')}.yml`);
    if (existsSync(file)) return { file, path: ['phrasings'], item: text };
    return { skip: `no curated comparison for ${ref.roles.join(',')}: write ${file} first` };
  }
  if (ref?.kind === 'faq') {
    for (const name of readdirSync(join(dir, 'faqs')).filter((f) => /\.ya?ml$/.test(f))) {
      const file = join(dir, 'faqs', name);
      const list: unknown = parse(readFileSync(file, 'utf8'));
      const at = Array.isArray(list) ? list.findIndex((f) => f?.id === ref.id) : -1;
      if (at >= 0) return { file, path: [at, 'alternates'], item: text };
    }
  }
  return { skip: `${chosen} is not in the knowledge` };
}

function outOfScopePlace(dir: string, text: string, current: string): Place {
  const topics = topicsOf(current);
  if (!topics) return { skip: `${OUT_OF_SCOPE_FILE} is not a list of topics with examples` };
  const at = topics.findIndex((t) => t.topic === LEARNED_TOPIC);
  const file = join(dir, OUT_OF_SCOPE_FILE);
  if (at >= 0) return { file, path: [at, 'examples'], item: text };
  return { file, path: [], item: { topic: LEARNED_TOPIC, examples: [text] } };
}

/**
 * Writes the accepted offers into the knowledge under `dir`, then runs the knowledge check; when
 * it fails, every file is put back as it was (a created file is removed) and the problems returned.
 */
export function applyOffers(
  dir: string,
  knowledge: KnowledgeBase,
  offers: readonly Offer[],
  check: (dir: string) => KnowledgeReadResult = readKnowledge,
): LearnResult {
  const known = knownPhrasings(knowledge);
  const outOfScope = readOutOfScope(dir).examples;
  const originals = new Map<string, string | undefined>();
  const texts = new Map<string, string>();
  const current = (file: string) => {
    if (!originals.has(file)) originals.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    return texts.get(file) ?? originals.get(file) ?? HEADER;
  };
  const result: LearnResult = { added: [], skipped: [], problems: [] };
  for (const offer of offers) {
    const text = offer.query.replace(/\s+/g, ' ').trim();
    const key = samePhrasing(text);
    const skip = (reason: string) => result.skipped.push({ number: offer.number, query: text, reason });
    if (text.length > LIMITS.summary) {
      skip(`longer than ${LIMITS.summary} characters, the limit for a phrasing`);
      continue;
    }
    if (known.has(key) || (offer.type === 'out-of-scope' && outOfScope.has(key))) {
      skip('already in the knowledge');
      continue;
    }
    const oos = join(dir, OUT_OF_SCOPE_FILE);
    const place =
      offer.type === 'phrasing'
        ? phrasingPlace(dir, offer.chosen, text)
        : outOfScopePlace(dir, text, current(oos));
    if ('skip' in place) {
      skip(place.skip);
      continue;
    }
    texts.set(place.file, appendToList(current(place.file), place.path, place.item));
    (offer.type === 'phrasing' ? known : outOfScope).add(key);
    result.added.push({ number: offer.number, query: text, file: place.file });
  }
  for (const [file, text] of texts) writeFileSync(file, text);
  const checked = check(dir);
  if (!checked.knowledge) {
    restore(originals);
    result.problems = checked.problems.map(formatProblem);
  }
  return result;
}

function restore(originals: ReadonlyMap<string, string | undefined>): void {
  for (const [file, text] of originals) {
    if (text === undefined) {
      if (existsSync(file)) unlinkSync(file);
    } else writeFileSync(file, text);
  }
}
