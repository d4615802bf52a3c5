import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KnowledgeError, type KnowledgeProblem } from '../errors';
import { checkConcepts, readConcepts } from './concepts';
import { crossCheck } from './cross-check';
import { fieldPath, readYaml, validate, type YamlFile } from './read-yaml';
import { ambiguousAliasesSchema, comparisonSchema, faqFileSchema, roleSchema } from './schema';
import type { AmbiguousAliases, Comparison, Concept, Faq, KnowledgeBase, Role } from './types';

/** What reading a knowledge folder produced: the knowledge, if it is valid, and every problem found. */
export interface KnowledgeReadResult {
  knowledge?: KnowledgeBase;
  problems: KnowledgeProblem[];
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
  for (const abs of yamlFiles(dir, 'faqs')) {
    const y = load(abs);
    const label = (path: readonly PropertyKey[]) => {
      const [index, ...rest] = path;
      const entry = Array.isArray(y?.data) && typeof index === 'number' ? y.data[index] : undefined;
      const faqId = entry && typeof entry === 'object' && typeof entry.id === 'string' ? entry.id : undefined;
      return faqId ? `${faqId}${rest.length ? `.${fieldPath(rest)}` : ''}` : fieldPath(path);
    };
    const list = y && validate(y, faqFileSchema, problems, label);
    if (!y || !list) continue;
    for (const f of list) {
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

  let concepts: Concept[] = [];
  const conceptFile = join(dir, 'concepts.yml');
  if (existsSync(conceptFile)) {
    const y = load(conceptFile);
    concepts = (y && readConcepts(y, problems)) ?? [];
    if (y) checkConcepts(concepts, roles, y.file, problems);
  }

  crossCheck(
    { roles, comparisons, faqs, ambiguousAliases },
    { dir: display(dir), comparisonFiles, faqFiles, aliasFile: aliasLabel, brokenRoles },
    problems,
  );
  if (problems.length > 0) return { problems };
  const version = hash.digest('hex').slice(0, 12);
  return { knowledge: { roles, comparisons, faqs, ambiguousAliases, concepts, version }, problems };
}

/** Loads the knowledge base or throws a KnowledgeError that lists every problem. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) throw new KnowledgeError(problems);
  return knowledge;
}
