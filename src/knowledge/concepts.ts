import type { KnowledgeProblem } from '../errors';
import { aliasKey, conceptKey } from './normalize';
import { fieldPath, validate, type YamlFile } from './read-yaml';
import { conceptFileSchema } from './schema';
import type { Concept, Role } from './types';

/** Validates `concepts.yml`, labelling problems by concept (`developer.words[2]`). */
export function readConcepts(y: YamlFile, problems: KnowledgeProblem[]): Concept[] | undefined {
  const label = (path: readonly PropertyKey[]) => {
    const [index, ...rest] = path;
    const entry = Array.isArray(y.data) && typeof index === 'number' ? y.data[index] : undefined;
    const name = entry && typeof entry === 'object' ? entry.concept : undefined;
    return typeof name === 'string' ? `${name}${rest.length ? `.${fieldPath(rest)}` : ''}` : fieldPath(path);
  };
  return validate(y, conceptFileSchema, problems, label);
}

/**
 * What no single entry shows: a concept named twice, a word two concepts claim (which one would win?),
 * and a word that is a role's alias (the role is read first, so the concept would never see it).
 */
export function checkConcepts(
  concepts: readonly Concept[],
  roles: readonly Role[],
  file: string,
  problems: KnowledgeProblem[],
): void {
  const aliases = new Map<string, string>();
  for (const r of roles) for (const a of [r.id, r.name, ...r.aliases]) aliases.set(aliasKey(a), r.id);
  const names = new Set<string>();
  const owners = new Map<string, string>();
  for (const c of concepts) {
    if (names.has(c.concept))
      problems.push({ file, field: `${c.concept}.concept`, problem: 'is defined twice' });
    names.add(c.concept);
    c.words.forEach((w, i) => {
      const field = `${c.concept}.words[${i}]`;
      const key = conceptKey(w);
      const owner = owners.get(key);
      if (!key) problems.push({ file, field, problem: 'has no letters or digits' });
      else if (owner && owner !== c.concept)
        problems.push({ file, field, problem: `"${w}" is also a word of concept ${owner}` });
      owners.set(key, owner ?? c.concept);
      const role = aliases.get(aliasKey(w));
      if (role) problems.push({ file, field, problem: `"${w}" names the role ${role}, which is read first` });
    });
  }
}
