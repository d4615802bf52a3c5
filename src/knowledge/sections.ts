import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeProblem } from '../errors';
import { fieldPath, validate, type YamlFile } from './read-yaml';
import { comparisonSchema, faqFileSchema, faqSchema, roleSchema } from './schema';
import type { Comparison, Faq, Role } from './types';

/** What reading one section needs: its folder's files, a loader that also hashes them, and the problem list. */
export interface SectionReader {
  dir: string;
  problems: KnowledgeProblem[];
  load(abs: string): YamlFile | undefined;
}

/** The sections every knowledge folder has. */
export const SECTIONS = ['roles', 'comparisons', 'faqs'] as const;

/** The YAML files of a section, sorted (so the version hash does not depend on the file system's order). */
export function yamlFiles(dir: string, section: string): string[] {
  const folder = join(dir, section);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(folder, f));
}

const baseName = (abs: string) => abs.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');

/** `roles/*.yml`; a role file with problems of its own is still a known id (`broken`), so references to it are not reported too. */
export function readRoles(r: SectionReader): { roles: Role[]; broken: Set<string> } {
  const roles: Role[] = [];
  const broken = new Set<string>();
  for (const abs of yamlFiles(r.dir, 'roles')) {
    const y = r.load(abs);
    const role = y && validate(y, roleSchema, r.problems);
    if (!y || !role) {
      broken.add(baseName(abs));
      continue;
    }
    if (role.id !== baseName(abs)) {
      r.problems.push({
        file: y.file,
        field: 'id',
        problem: `is "${role.id}" but the file is named ${baseName(abs)}.yml`,
      });
    }
    roles.push(role);
  }
  return { roles, broken };
}

/** `comparisons/<a>--<b>.yml`, each with the file it came from; the file name must list the pair in order. */
export function readComparisons(r: SectionReader): {
  comparisons: Comparison[];
  files: Map<Comparison, string>;
} {
  const comparisons: Comparison[] = [];
  const files = new Map<Comparison, string>();
  for (const abs of yamlFiles(r.dir, 'comparisons')) {
    const y = r.load(abs);
    const c = y && validate(y, comparisonSchema, r.problems);
    if (!y || !c) continue;
    if (`${c.roles[0]}--${c.roles[1]}` !== baseName(abs)) {
      r.problems.push({
        file: y.file,
        field: 'roles',
        problem: `must match the file name (${baseName(abs)}.yml)`,
      });
    } else if (c.roles[0] > c.roles[1]) {
      // One place to look for a pair: a file named the other way round would hide a duplicate.
      r.problems.push({
        file: y.file,
        field: 'roles',
        problem: `must be in alphabetical order: name the file ${c.roles[1]}--${c.roles[0]}.yml and list ${c.roles[1]} first`,
      });
    }
    comparisons.push(c);
    files.set(c, y.file);
  }
  return { comparisons, files };
}

/** `faqs/*.yml`, each FAQ with its file; ids of entries with problems of their own stay known (`broken`). */
export function readFaqs(r: SectionReader): { faqs: Faq[]; files: Map<Faq, string>; broken: Set<string> } {
  const faqs: Faq[] = [];
  const files = new Map<Faq, string>();
  const broken = new Set<string>();
  for (const abs of yamlFiles(r.dir, 'faqs')) {
    const y = r.load(abs);
    if (!y) continue;
    const read = readFaqFile(y, r.problems);
    for (const id of read.broken) broken.add(id);
    for (const f of read.faqs) {
      faqs.push(f);
      files.set(f, y.file);
    }
  }
  return { faqs, files, broken };
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
