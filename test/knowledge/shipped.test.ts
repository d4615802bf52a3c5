import { join } from 'node:path';
import { readKnowledge } from '../../src/knowledge/load';
import { aliasKey } from '../../src/knowledge/normalize';
import type { KnowledgeBase, Role } from '../../src/knowledge/types';
import catalogue from '../fixtures/catalogue.json';

// The catalogue ids are a contract (../shared/CATALOGUE.md); the fixture copy lets a lone clone test itself.
const CATALOGUE_ROLES = Object.keys(catalogue.roles);
const CATALOGUE_ALIASES = Object.entries(catalogue.roles).flatMap(([id, aliases]) =>
  aliases.map((alias) => [id, alias] as const),
);
const CATALOGUE_PAIRS = catalogue.comparisons as [string, string][];

const shipped = readKnowledge(join(__dirname, '..', '..', 'knowledge'));

/** The shipped knowledge base; the first describe says why, if it did not load. */
function knowledge(): KnowledgeBase {
  if (!shipped.knowledge) throw new Error('the shipped knowledge did not load; see its problems');
  return shipped.knowledge;
}

function role(id: string): Role | undefined {
  return knowledge().roles.find((r) => r.id === id);
}

function comparisonOf(a: string, b: string) {
  return knowledge().comparisons.find((c) => [a, b].every((id) => c.roles.includes(id)));
}

function faq(id: string) {
  return knowledge().faqs.find((f) => f.id === id);
}

describe('the shipped knowledge folder', () => {
  test('loads with no problems', () => {
    expect(shipped.problems).toEqual([]);
  });

  test('yields a knowledge base', () => {
    expect(shipped.knowledge).toBeDefined();
  });
});

describe('catalogue roles in the shipped knowledge', () => {
  test.each(CATALOGUE_ROLES)('has a profile for %s', (id) => {
    expect(role(id)).toBeDefined();
  });

  test.each(CATALOGUE_ALIASES)('lets %s be reached as "%s"', (id, alias) => {
    const r = role(id);
    const keys = r ? [r.id, r.name, ...r.aliases].map(aliasKey) : [];
    expect(keys).toContain(aliasKey(alias));
  });

  test('declares "pm" ambiguous: product-manager first, project-manager offered', () => {
    expect(knowledge().ambiguousAliases.pm).toEqual({ prefer: 'product-manager', also: ['project-manager'] });
  });

  test('carries at least 3 roles beyond the catalogue', () => {
    expect(knowledge().roles.length).toBeGreaterThanOrEqual(CATALOGUE_ROLES.length + 3);
  });
});

describe('catalogue comparisons in the shipped knowledge', () => {
  test.each(CATALOGUE_PAIRS)('has a curated comparison of %s and %s', (a, b) => {
    expect(comparisonOf(a, b)).toBeDefined();
  });

  test.each(CATALOGUE_PAIRS)('lists at least 6 differences between %s and %s', (a, b) => {
    expect(comparisonOf(a, b)?.differences.length).toBeGreaterThanOrEqual(6);
  });

  test.each(CATALOGUE_PAIRS)('lists at least 3 similarities between %s and %s', (a, b) => {
    expect(comparisonOf(a, b)?.similarities.length).toBeGreaterThanOrEqual(3);
  });
});

describe('catalogue FAQs in the shipped knowledge', () => {
  test.each(catalogue.faqs)('has the FAQ %s', (id) => {
    expect(faq(id)).toBeDefined();
  });

  test.each(catalogue.faqs)('gives %s at least 4 alternate phrasings', (id) => {
    expect(faq(id)?.alternates.length).toBeGreaterThanOrEqual(4);
  });

  test.each(catalogue.faqs)('gives %s a non-empty answer', (id) => {
    expect(faq(id)?.answer.trim()).not.toEqual('');
  });

  test('carries at least 12 FAQs beyond the catalogue', () => {
    expect(knowledge().faqs.length).toBeGreaterThanOrEqual(catalogue.faqs.length + 12);
  });
});

describe('every shipped FAQ answer', () => {
  // Slack renders *text* bold only when no space sits inside the asterisks.
  const boldLine = /^\*[^*\s](?:[^*]*[^*\s])?\*$/;

  const answers = (shipped.knowledge?.faqs ?? []).map((f) => [f.id, f.answer]);

  test.each(answers)('opens %s with a bold first line', (_id, answer) => {
    expect(answer.split('\n')[0]).toMatch(boldLine);
  });
});
