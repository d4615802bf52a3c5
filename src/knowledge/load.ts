import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KnowledgeError, type KnowledgeProblem } from '../errors';
import { checkConcepts, readConcepts } from './concepts';
import { crossCheck } from './cross-check';
import { fieldPath, readYaml, validate, type YamlFile } from './read-yaml';
import {
  ambiguousAliasesSchema,
  comparisonSchema,
  faqFileSchema,
  faqSchema,
  outOfScopeSchema,
  roleSchema,
} from './schema';
import type { AmbiguousAliases, Comparison, Concept, Faq, KnowledgeBase, OutOfScope, Role } from './types';

/** What reading a knowledge folder produced: the knowledge, if it is valid, and every problem found. */
export interface KnowledgeReadResult {
  knowledge?: KnowledgeBase;
  problems: KnowledgeProblem[];
  /** The file each FAQ came from, by id (as problems show files), for messages about one entry. */
  faqFiles?: ReadonlyMap<string, string>;
}

const SECTIONS = ['roles', 'comparisons', 'faqs'] as const;

function yamlFiles(dir: string, section: string): string[] {
  const folder = join(dir, section);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(folder, f));
}

const display = (abs: string) => relative(process.cwd(), abs) || abs;
const baseName = (abs: string) => abs.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');

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

  const roles: Role[] = [];
  /** Roles whose file has problems of its own: still known, so references to them are not reported too. */
  const brokenRoles = new Set<string>();
  for (const abs of yamlFiles(dir, 'roles')) {
    const y = load(abs);
    const role = y && validate(y, roleSchema, problems);
    if (!y || !role) {
      brokenRoles.add(baseName(abs));
      continue;
    }
    if (role.id !== baseName(abs)) {
      problems.push({
        file: y.file,
        field: 'id',
        problem: `is "${role.id}" but the file is named ${baseName(abs)}.yml`,
      });
    }
    roles.push(role);
  }

  const comparisons: Comparison[] = [];
  const comparisonFiles = new Map<Comparison, string>();
  for (const abs of yamlFiles(dir, 'comparisons')) {
    const y = load(abs);
    const c = y && validate(y, comparisonSchema, problems);
    if (!y || !c) continue;
    if (`${c.roles[0]}--${c.roles[1]}` !== baseName(abs)) {
      problems.push({
        file: y.file,
        field: 'roles',
        problem: `must match the file name (${baseName(abs)}.yml)`,
      });
    } else if (c.roles[0] > c.roles[1]) {
      // One place to look for a pair: a file named the other way round would hide a duplicate.
      problems.push({
        file: y.file,
        field: 'roles',
        problem: `must be in alphabetical order: name the file ${c.roles[1]}--${c.roles[0]}.yml and list ${c.roles[1]} first`,
      });
    }
    comparisons.push(c);
    comparisonFiles.set(c, y.file);
  }

  const faqs: Faq[] = [];
  const faqFiles = new Map<Faq, string>();
  /** Ids of FAQ entries with problems of their own: still known, so references to them are not reported too. */
  const brokenFaqs = new Set<string>();
  for (const abs of yamlFiles(dir, 'faqs')) {
    const y = load(abs);
    if (!y) continue;
    const read = readFaqFile(y, problems);
    for (const id of read.broken) brokenFaqs.add(id);
    for (const f of read.faqs) {
      faqs.push(f);
      faqFiles.set(f, y.file);
    }
  }

  let ambiguousAliases: AmbiguousAliases = {};
  const aliasFile = join(dir, 'aliases.yml');
  let aliasLabel = display(aliasFile);
  if (existsSync(aliasFile)) {
    const y = load(aliasFile);
    if (y) aliasLabel = y.file;
    ambiguousAliases = (y && validate(y, ambiguousAliasesSchema, problems)) ?? {};
  }

  let outOfScope: OutOfScope = [];
  const outOfScopeFile = join(dir, 'out-of-scope.yml');
  if (existsSync(outOfScopeFile)) {
    const y = load(outOfScopeFile);
    outOfScope = (y && validate(y, outOfScopeSchema, problems)) ?? [];
  }

  let concepts: Concept[] = [];
  const conceptFile = join(dir, 'concepts.yml');
  if (existsSync(conceptFile)) {
    const y = load(conceptFile);
    concepts = (y && readConcepts(y, problems)) ?? [];
    if (y) checkConcepts(concepts, roles, y.file, problems);
  }

  crossCheck(
    { roles, comparisons, faqs, ambiguousAliases },
    { dir: display(dir), comparisonFiles, faqFiles, aliasFile: aliasLabel, brokenRoles, brokenFaqs },
    problems,
  );
  if (problems.length > 0) return { problems };
  const version = hash.digest('hex').slice(0, 12);
  const faqFileById = new Map([...faqFiles].map(([f, file]) => [f.id, file]));
  return {
    knowledge: { roles, comparisons, faqs, ambiguousAliases, outOfScope, concepts, version },
    problems,
    faqFiles: faqFileById,
  };
}

/**
 * Validates one FAQ file. When an entry has problems, the valid entries are still returned (so their own
 * references get checked) and the broken entries' ids are listed, so one bad entry is reported once.
 */
function readFaqFile(y: YamlFile, problems: KnowledgeProblem[]): { faqs: Faq[]; broken: string[] } {
  const entries: unknown[] = Array.isArray(y.data) ? y.data : [];
  const idOf = (entry: unknown) =>
    entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string'
      ? entry.id
      : undefined;
  const label = (path: readonly PropertyKey[]) => {
    const [index, ...rest] = path;
    const faqId = typeof index === 'number' ? idOf(entries[index]) : undefined;
    return faqId ? `${faqId}${rest.length ? `.${fieldPath(rest)}` : ''}` : fieldPath(path);
  };
  const list = validate(y, faqFileSchema, problems, label);
  if (list) return { faqs: list, broken: [] };
  const faqs: Faq[] = [];
  const broken: string[] = [];
  for (const entry of entries) {
    const parsed = faqSchema.safeParse(entry);
    const id = idOf(entry);
    if (parsed.success) faqs.push(parsed.data);
    else if (id) broken.push(id);
  }
  return { faqs, broken };
}

/** Loads the knowledge base or throws a KnowledgeError that lists every problem. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) throw new KnowledgeError(problems);
  return knowledge;
}
