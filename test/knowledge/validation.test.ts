import { join, relative } from 'node:path';
import { ErrorCode, KnowledgeError } from '../../src/errors';
import { loadKnowledge, readKnowledge } from '../../src/knowledge/load';
import { brokenKb } from '../helpers/broken-kb';

// Each broken case is kb-base with the files of fixtures/kb-broken/<case> laid over it: one kind of problem each.
const BASE = join(__dirname, '..', 'fixtures', 'kb-base');

const brokenDir = (name: string) => brokenKb(name);
const problemsIn = (name: string) => readKnowledge(brokenDir(name)).problems;
/** A case's file as problems name it: relative to the working directory. */
const shown = (name: string, file: string) => relative(process.cwd(), join(brokenKb(name), file));

const BROKEN_CASES = [
  'bad-yaml',
  'missing-field',
  'wrong-type',
  'unknown-key',
  'duplicate-faq-id',
  'alias-clash',
  'comparison-unknown-role',
  'faq-unknown-related',
  'faq-unknown-role',
  'empty-answer',
  'long-answer',
  'id-mismatch',
  'several-problems',
  'role-missing-name',
  'comparison-order',
  'faq-long-alternate',
  'missing-provenance',
  'concept-clash',
  'concept-malformed',
];

function thrownBy(load: () => unknown): unknown {
  try {
    load();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the valid base fixture', () => {
  const { knowledge, problems } = readKnowledge(BASE);

  test('loads with no problems', () => {
    expect(problems).toEqual([]);
  });

  test('holds its 2 concepts, the first with its words', () => {
    expect(knowledge?.concepts.map((c) => c.concept)).toEqual(['developer', 'backlog']);
    expect(knowledge?.concepts[0]?.words).toContain('programmer');
  });

  test('holds its 2 roles, 1 comparison and 2 FAQs', () => {
    expect([knowledge?.roles.length, knowledge?.comparisons.length, knowledge?.faqs.length]).toEqual([
      2, 1, 2,
    ]);
  });
});

describe('a broken fixture', () => {
  test.each(BROKEN_CASES)('%s yields no knowledge', (name) => {
    expect(readKnowledge(brokenDir(name)).knowledge).toBeUndefined();
  });
});

// Broken YAML fixtures use mistakes Biome's own YAML parser accepts, so `biome check test` stays clean.
describe('a FAQ file that is not valid YAML (a key given twice)', () => {
  test('reports the parser message at the repeated key', () => {
    expect(problemsIn('bad-yaml')).toEqual([
      {
        file: shown('bad-yaml', 'faqs/basics.yml'),
        field: 'line 5',
        problem: 'invalid YAML: Map keys must be unique',
      },
    ]);
  });
});

describe('a comparison without a summary', () => {
  test('reports the field as required', () => {
    expect(problemsIn('missing-field')).toEqual([
      {
        file: shown('missing-field', 'comparisons/product-owner--tech-lead.yml'),
        field: 'summary',
        problem: 'is required',
      },
    ]);
  });
});

describe('a role file without a name, named by a comparison and a FAQ', () => {
  test('reports the role file only, not every reference to the role', () => {
    expect(problemsIn('role-missing-name')).toEqual([
      { file: shown('role-missing-name', 'roles/tech-lead.yml'), field: 'name', problem: 'is required' },
    ]);
  });
});

describe('a FAQ with an over-long alternate, named by its sibling, another FAQ file and a comparison', () => {
  test('reports the alternate once, and only the references that are really unknown', () => {
    expect(problemsIn('faq-long-alternate')).toEqual([
      {
        file: shown('faq-long-alternate', 'faqs/basics.yml'),
        field: 'who-owns-backlog.alternates[1]',
        problem: 'must be at most 250 characters (line 7)',
      },
      {
        file: shown('faq-long-alternate', 'faqs/basics.yml'),
        field: 'tl-still-codes.related[1]',
        problem: 'unknown FAQ "no-such-faq"',
      },
    ]);
  });
});

describe('a comparison file named with its roles out of alphabetical order', () => {
  test('asks for the alphabetical name', () => {
    expect(problemsIn('comparison-order')).toEqual([
      {
        file: shown('comparison-order', 'comparisons/tech-lead--product-owner.yml'),
        field: 'roles',
        problem:
          'must be in alphabetical order: name the file product-owner--tech-lead.yml and list product-owner first',
      },
    ]);
  });
});

describe('a FAQ whose alternates are a string', () => {
  test('reports the expected type, the FAQ id and the line', () => {
    expect(problemsIn('wrong-type')).toEqual([
      {
        file: shown('wrong-type', 'faqs/basics.yml'),
        field: 'tl-still-codes.alternates',
        problem: 'must be a list, not a string (line 15)',
      },
    ]);
  });
});

describe('a comparison with an unknown key', () => {
  test('reports the nested field and its line', () => {
    expect(problemsIn('unknown-key')).toEqual([
      {
        file: shown('unknown-key', 'comparisons/product-owner--tech-lead.yml'),
        field: 'one_person_both.confidence',
        problem: 'unknown field (line 20)',
      },
    ]);
  });
});

describe('a FAQ id used in two files', () => {
  test('reports the duplicate in the later file', () => {
    expect(problemsIn('duplicate-faq-id')).toEqual([
      {
        file: shown('duplicate-faq-id', 'faqs/more.yml'),
        field: 'who-owns-backlog.id',
        problem: 'duplicate FAQ id "who-owns-backlog"',
      },
    ]);
  });
});

describe('an alias claimed by two roles', () => {
  test('reports it on the second role, naming the first', () => {
    expect(problemsIn('alias-clash')).toEqual([
      {
        file: shown('alias-clash', 'roles/tech-lead.yml'),
        field: 'aliases',
        problem:
          '"lead" is also claimed by product-owner; declare it in aliases.yml if it is meant to be ambiguous',
      },
    ]);
  });
});

describe('an alias claimed by two roles and declared in aliases.yml', () => {
  const { knowledge, problems } = readKnowledge(brokenDir('alias-declared-ambiguous'));

  test('loads with no problems', () => {
    expect(problems).toEqual([]);
  });

  test('keeps the declared reading order', () => {
    expect(knowledge?.ambiguousAliases.lead).toEqual({ prefer: 'tech-lead', also: ['product-owner'] });
  });
});

describe('a concept entry with a bad name and words that are not a list', () => {
  test('reports both under the concept, with the line', () => {
    const file = shown('concept-malformed', 'concepts.yml');
    expect(problemsIn('concept-malformed')).toEqual([
      {
        file,
        field: 'Backlog Item.concept',
        problem: 'must be lowercase words joined by hyphens (like tech-lead) (line 3)',
      },
      { file, field: 'Backlog Item.words', problem: 'must be a list, not a string (line 4)' },
    ]);
  });
});

describe('a concept word another concept claims, and one that is a role alias', () => {
  test('reports the shared word (plural or not) and the alias, naming the other owner', () => {
    const file = shown('concept-clash', 'concepts.yml');
    expect(problemsIn('concept-clash')).toEqual([
      { file, field: 'coder.words[0]', problem: '"programmer" is also a word of concept developer' },
      { file, field: 'coder.words[1]', problem: '"tech lead" names the role tech-lead, which is read first' },
    ]);
  });
});

describe('a comparison naming an unknown role', () => {
  test('reports the role and its position', () => {
    expect(problemsIn('comparison-unknown-role')).toEqual([
      {
        file: shown('comparison-unknown-role', 'comparisons/product-owner--scrum-master.yml'),
        field: 'roles[1]',
        problem: 'unknown role "scrum-master"',
      },
    ]);
  });
});

describe('a FAQ related to an unknown FAQ', () => {
  test('reports the missing FAQ under the FAQ that names it', () => {
    expect(problemsIn('faq-unknown-related')).toEqual([
      {
        file: shown('faq-unknown-related', 'faqs/basics.yml'),
        field: 'who-owns-backlog.related[1]',
        problem: 'unknown FAQ "who-writes-stories"',
      },
    ]);
  });
});

describe('a FAQ about an unknown role', () => {
  test('reports the role under the FAQ that names it', () => {
    expect(problemsIn('faq-unknown-role')).toEqual([
      {
        file: shown('faq-unknown-role', 'faqs/basics.yml'),
        field: 'tl-still-codes.roles[1]',
        problem: 'unknown role "staff-engineer"',
      },
    ]);
  });
});

describe('a FAQ whose answer is only spaces', () => {
  test('reports the answer as empty', () => {
    expect(problemsIn('empty-answer')).toEqual([
      {
        file: shown('empty-answer', 'faqs/basics.yml'),
        field: 'tl-still-codes.answer',
        problem: 'must not be empty (line 17)',
      },
    ]);
  });
});

describe('a FAQ whose answer is longer than 2,500 characters', () => {
  test('reports the limit', () => {
    expect(problemsIn('long-answer')).toEqual([
      {
        file: shown('long-answer', 'faqs/basics.yml'),
        field: 'tl-still-codes.answer',
        problem: 'must be at most 2500 characters (line 17)',
      },
    ]);
  });
});

describe('a role file named differently from its id', () => {
  test('reports the id and the file name', () => {
    expect(problemsIn('id-mismatch')).toEqual([
      {
        file: shown('id-mismatch', 'roles/techlead.yml'),
        field: 'id',
        problem: 'is "tech-lead" but the file is named techlead.yml',
      },
    ]);
  });
});

describe('a folder with problems in four files', () => {
  const name = 'several-problems';
  const problems = problemsIn(name);

  test('reports the stray document separator in the comparison', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'comparisons/product-owner--tech-lead.yml'),
      field: 'line 16',
      problem: 'invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()',
    });
  });

  test('reports the unknown field in the first FAQ', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'faqs/basics.yml'),
      field: 'who-owns-backlog.decided_by',
      problem: 'unknown field (line 7)',
    });
  });

  test('reports the missing question of the second FAQ', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'faqs/basics.yml'),
      field: 'tl-still-codes.question',
      problem: 'is required',
    });
  });

  test('reports the ambiguous alias that names an unknown role', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'aliases.yml'),
      field: 'lead',
      problem: 'names unknown role "cto"',
    });
  });

  test('reports the alias claimed by two roles', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'roles/tech-lead.yml'),
      field: 'aliases',
      problem:
        '"po" is also claimed by product-owner; declare it in aliases.yml if it is meant to be ambiguous',
    });
  });

  test('reports nothing else', () => {
    expect(problems).toHaveLength(5);
  });
});

describe('loadKnowledge on a valid folder', () => {
  test('returns the knowledge', () => {
    expect(loadKnowledge(BASE).roles.map((r) => r.id)).toEqual(['product-owner', 'tech-lead']);
  });
});

describe('loadKnowledge on a folder with several problems', () => {
  const dir = brokenDir('several-problems');
  const error = thrownBy(() => loadKnowledge(dir));

  test('throws a KnowledgeError', () => {
    expect(error).toBeInstanceOf(KnowledgeError);
  });

  test('carries the knowledge-invalid code', () => {
    expect(error).toHaveProperty('code', ErrorCode.KnowledgeInvalid);
  });

  test('carries every problem the check finds', () => {
    expect(error).toHaveProperty('problems', readKnowledge(dir).problems);
  });
});

describe('entries without a review month or an owner', () => {
  const name = 'missing-provenance';
  const problems = problemsIn(name);

  test('reports a FAQ with no review month', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'faqs/basics.yml'),
      field: 'who-owns-backlog.reviewed',
      problem: 'is required',
    });
  });

  test('reports a role with no owner', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'roles/tech-lead.yml'),
      field: 'owner',
      problem: 'is required',
    });
  });

  test('reports a review month written in words', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'comparisons/product-owner--tech-lead.yml'),
      field: 'reviewed',
      problem: 'must be a month like 2026-11 (line 2)',
    });
  });

  test('reports a source that is not https', () => {
    expect(problems).toContainEqual({
      file: shown(name, 'comparisons/product-owner--tech-lead.yml'),
      field: 'sources[0].url',
      problem: 'must be an https:// address without spaces or <>|" (line 6)',
    });
  });

  test('reports nothing else', () => {
    expect(problems).toHaveLength(4);
  });
});
