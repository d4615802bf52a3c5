import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KnowledgeError, type KnowledgeProblem } from '../errors';
import { checkConcepts, readConcepts } from './concepts';
import { crossCheck } from './cross-check';
import { readYaml, validate, type YamlFile } from './read-yaml';
import { ambiguousAliasesSchema, outOfScopeSchema } from './schema';
import { readComparisons, readFaqs, readRoles, SECTIONS, type SectionReader, yamlFiles } from './sections';
import type { AmbiguousAliases, Concept, KnowledgeBase } from './types';

/** What reading a knowledge folder produced: the knowledge, if it is valid, and every problem found. */
export interface KnowledgeReadResult {
  knowledge?: KnowledgeBase;
  problems: KnowledgeProblem[];
  /** The file each FAQ came from, by id (as problems show files), for messages about one entry. */
  faqFiles?: ReadonlyMap<string, string>;
}

const display = (abs: string) => relative(process.cwd(), abs) || abs;

/** Reads, validates and cross-checks every file under `dir`, collecting all problems before giving up. */
export function readKnowledge(dir: string): KnowledgeReadResult {
  const problems: KnowledgeProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { problems: [{ file: display(dir), field: '(folder)', problem: 'does not exist' }] };
  }
  for (const s of SECTIONS) {
    if (yamlFiles(dir, s).length === 0) {
      problems.push({ file: display(join(dir, s)), field: '(folder)', problem: 'has no .yml files' });
    }
  }
  const hash = createHash('sha256');
  const load = (abs: string): YamlFile | undefined => {
    hash.update(relative(dir, abs)).update(readFileSync(abs));
    return readYaml(abs, display(abs), problems);
  };
  const reader = { dir, problems, load };
  const { roles, broken: brokenRoles } = readRoles(reader);
  const { comparisons, files: comparisonFiles } = readComparisons(reader);
  const { faqs, files: faqFiles, broken: brokenFaqs } = readFaqs(reader);
  const aliases = readOptional(reader, 'aliases.yml', (y) => validate(y, ambiguousAliasesSchema, problems));
  const outOfScope = readOptional(reader, 'out-of-scope.yml', (y) => validate(y, outOfScopeSchema, problems));
  const concepts = readOptional(reader, 'concepts.yml', (y) => {
    const read = readConcepts(y, problems);
    if (read) checkConcepts(read, roles, y.file, problems);
    return read;
  });
  const ambiguousAliases: AmbiguousAliases = aliases.value ?? {};

  crossCheck(
    { roles, comparisons, faqs, ambiguousAliases },
    { dir: display(dir), comparisonFiles, faqFiles, aliasFile: aliases.file, brokenRoles, brokenFaqs },
    problems,
  );
  if (problems.length > 0) return { problems };
  const version = hash.digest('hex').slice(0, 12);
  const knowledge = {
    roles,
    comparisons,
    faqs,
    ambiguousAliases,
    outOfScope: outOfScope.value ?? [],
    concepts: concepts.value ?? ([] as Concept[]),
    version,
  };
  return { knowledge, problems, faqFiles: new Map([...faqFiles].map(([f, file]) => [f.id, file])) };
}

/** A file at the top of the folder that may be missing: its value when present and valid, and how problems name it. */
function readOptional<T>(
  r: SectionReader,
  name: string,
  read: (y: YamlFile) => T | undefined,
): { value?: T; file: string } {
  const abs = join(r.dir, name);
  if (!existsSync(abs)) return { file: display(abs) };
  const y = r.load(abs);
  return y ? { value: read(y), file: y.file } : { file: display(abs) };
}

/** Loads the knowledge base or throws a KnowledgeError that lists every problem. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) throw new KnowledgeError(problems);
  return knowledge;
}
