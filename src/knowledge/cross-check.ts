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

/** Checks what no single file can: unique ids, unclaimed aliases, and references that resolve. */
export function crossCheck(kb: Parts, src: Sources, problems: KnowledgeProblem[]): void {
  const roleFile = (r: Role) => join(src.dir, 'roles', `${r.id}.yml`);
  const roleIds = new Set([...kb.roles.map((r) => r.id), ...(src.brokenRoles ?? [])]);
  const faqIds = new Set<string>();
  const knownFaq = (id: string) => faqIds.has(id) || (src.brokenFaqs?.has(id) ?? false);

  const ambiguous = new Map(
    Object.entries(kb.ambiguousAliases).map(([a, v]) => [aliasKey(a), { alias: a, ...v }]),
  );
  for (const { alias, prefer, also } of ambiguous.values()) {
    for (const r of [prefer, ...also]) {
      if (!roleIds.has(r))
        problems.push({ file: src.aliasFile, field: alias, problem: `names unknown role "${r}"` });
    }
  }

  const claimed = new Map<string, Role>();
  for (const role of kb.roles) {
    for (const alias of new Set([role.id, role.name, ...role.aliases])) {
      const key = aliasKey(alias);
      const owner = claimed.get(key);
      const shared = ambiguous.get(key);
      if (owner && owner !== role && !shared) {
        problems.push({
          file: roleFile(role),
          field: 'aliases',
          problem: `"${alias}" is also claimed by ${owner.id}; declare it in aliases.yml if it is meant to be ambiguous`,
        });
      }
      if (!owner) claimed.set(key, role);
    }
  }

  const pairs = new Map<string, Comparison>();
  for (const c of kb.comparisons) {
    const file = src.comparisonFiles.get(c) ?? src.dir;
    c.roles.forEach((r, i) => {
      if (!roleIds.has(r)) problems.push({ file, field: `roles[${i}]`, problem: `unknown role "${r}"` });
    });
    if (c.roles[0] === c.roles[1])
      problems.push({ file, field: 'roles', problem: 'compares a role with itself' });
    const key = [...c.roles].sort().join('|');
    if (pairs.has(key))
      problems.push({ file, field: 'roles', problem: 'this pair already has a comparison file' });
    pairs.set(key, c);
  }

  for (const f of kb.faqs) {
    const file = src.faqFiles.get(f) ?? src.dir;
    if (faqIds.has(f.id)) problems.push({ file, field: `${f.id}.id`, problem: `duplicate FAQ id "${f.id}"` });
    faqIds.add(f.id);
    f.roles.forEach((r, i) => {
      if (!roleIds.has(r))
        problems.push({ file, field: `${f.id}.roles[${i}]`, problem: `unknown role "${r}"` });
    });
  }
  for (const f of kb.faqs) {
    const file = src.faqFiles.get(f) ?? src.dir;
    f.related.forEach((r, i) => {
      if (!knownFaq(r))
        problems.push({ file, field: `${f.id}.related[${i}]`, problem: `unknown FAQ "${r}"` });
      if (r === f.id) problems.push({ file, field: `${f.id}.related[${i}]`, problem: 'points at itself' });
    });
  }
  for (const c of kb.comparisons) {
    const file = src.comparisonFiles.get(c) ?? src.dir;
    c.related.forEach((r, i) => {
      if (!knownFaq(r)) problems.push({ file, field: `related[${i}]`, problem: `unknown FAQ "${r}"` });
    });
  }
}
