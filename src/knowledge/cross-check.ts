import { join } from 'node:path';
import type { KnowledgeProblem } from '../errors';
import { aliasKey } from './normalize';
import type { AmbiguousAliases, Comparison, Faq, Role } from './types';

interface Parts {
  roles: Role[];
  comparisons: Comparison[];
  faqs: Faq[];
  ambiguousAliases: AmbiguousAliases;
}

interface Sources {
  dir: string;
  comparisonFiles: Map<Comparison, string>;
  faqFiles: Map<Faq, string>;
  aliasFile: string;
  /** Ids (file names) of role files that failed validation: reported there, so not unknown elsewhere. */
  brokenRoles?: ReadonlySet<string>;
  /** Ids of FAQ entries that failed validation: reported there, so not unknown where they are named. */
  brokenFaqs?: ReadonlySet<string>;
}

/** The ids other files may name: every role and FAQ, those with problems of their own included. */
interface Known {
  roles: ReadonlySet<string>;
  faq(id: string): boolean;
}

/** Checks what no single file can: unique ids, unclaimed aliases, and references that resolve. */
export function crossCheck(kb: Parts, src: Sources, problems: KnowledgeProblem[]): void {
  const roles = new Set([...kb.roles.map((r) => r.id), ...(src.brokenRoles ?? [])]);
  const faqIds = new Set([...kb.faqs.map((f) => f.id), ...(src.brokenFaqs ?? [])]);
  const known: Known = { roles, faq: (id) => faqIds.has(id) };
  const ambiguous = checkAmbiguousAliases(kb, src, known, problems);
  checkAliasClaims(kb, src, ambiguous, problems);
  checkComparisons(kb, src, known, problems);
  checkFaqs(kb, src, known, problems);
}

type Ambiguous = Map<string, { alias: string; prefer: string; also: string[] }>;

/** aliases.yml names only known roles; returns its entries by alias key. */
function checkAmbiguousAliases(
  kb: Parts,
  src: Sources,
  known: Known,
  problems: KnowledgeProblem[],
): Ambiguous {
  const ambiguous: Ambiguous = new Map(
    Object.entries(kb.ambiguousAliases).map(([a, v]) => [aliasKey(a), { alias: a, ...v }]),
  );
  for (const { alias, prefer, also } of ambiguous.values()) {
    for (const r of [prefer, ...also]) {
      if (!known.roles.has(r))
        problems.push({ file: src.aliasFile, field: alias, problem: `names unknown role "${r}"` });
    }
  }
  return ambiguous;
}

/** No alias is claimed by two roles unless aliases.yml declares it ambiguous. */
function checkAliasClaims(kb: Parts, src: Sources, ambiguous: Ambiguous, problems: KnowledgeProblem[]): void {
  const claimed = new Map<string, Role>();
  for (const role of kb.roles) {
    for (const alias of new Set([role.id, role.name, ...role.aliases])) {
      const key = aliasKey(alias);
      const owner = claimed.get(key);
      if (owner && owner !== role && !ambiguous.has(key)) {
        problems.push({
          file: join(src.dir, 'roles', `${role.id}.yml`),
          field: 'aliases',
          problem: `"${alias}" is also claimed by ${owner.id}; declare it in aliases.yml if it is meant to be ambiguous`,
        });
      }
      if (!owner) claimed.set(key, role);
    }
  }
}

/** Each comparison names two known, different roles, one file a pair, and related FAQs that exist. */
function checkComparisons(kb: Parts, src: Sources, known: Known, problems: KnowledgeProblem[]): void {
  const pairs = new Set<string>();
  for (const c of kb.comparisons) {
    const file = src.comparisonFiles.get(c) ?? src.dir;
    c.roles.forEach((r, i) => {
      if (!known.roles.has(r)) problems.push({ file, field: `roles[${i}]`, problem: `unknown role "${r}"` });
    });
    if (c.roles[0] === c.roles[1])
      problems.push({ file, field: 'roles', problem: 'compares a role with itself' });
    const key = [...c.roles].sort().join('|');
    if (pairs.has(key))
      problems.push({ file, field: 'roles', problem: 'this pair already has a comparison file' });
    pairs.add(key);
    c.related.forEach((r, i) => {
      if (!known.faq(r)) problems.push({ file, field: `related[${i}]`, problem: `unknown FAQ "${r}"` });
    });
  }
}

/** FAQ ids are unique, and their roles and related FAQs exist (and are not themselves). */
function checkFaqs(kb: Parts, src: Sources, known: Known, problems: KnowledgeProblem[]): void {
  const seen = new Set<string>();
  for (const f of kb.faqs) {
    const file = src.faqFiles.get(f) ?? src.dir;
    if (seen.has(f.id)) problems.push({ file, field: `${f.id}.id`, problem: `duplicate FAQ id "${f.id}"` });
    seen.add(f.id);
    f.roles.forEach((r, i) => {
      if (!known.roles.has(r))
        problems.push({ file, field: `${f.id}.roles[${i}]`, problem: `unknown role "${r}"` });
    });
  }
  for (const f of kb.faqs) {
    const file = src.faqFiles.get(f) ?? src.dir;
    f.related.forEach((r, i) => {
      if (!known.faq(r))
        problems.push({ file, field: `${f.id}.related[${i}]`, problem: `unknown FAQ "${r}"` });
      if (r === f.id) problems.push({ file, field: `${f.id}.related[${i}]`, problem: 'points at itself' });
    });
  }
}
