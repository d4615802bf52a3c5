// Appending a phrasing to a YAML list keeps every other line of the file as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appendToList } from '../../src/commands/yaml-append';

const ROOT = join(__dirname, '..', '..');
const yamlFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(dir, f));

/** The lines that differ between two texts: what is left once the common first and last lines are set aside. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const old = before.split('\n');
  const now = after.split('\n');
  let head = 0;
  while (head < old.length && old[head] === now[head]) head += 1;
  let tail = 0;
  while (tail < old.length - head && old.at(-1 - tail) === now.at(-1 - tail)) tail += 1;
  return { removed: old.slice(head, old.length - tail), added: now.slice(head, now.length - tail) };
}

/** The one line an append added: a new line in a block list, or the flow list's line, extended in place. */
function addedLine(before: string, after: string): string | undefined {
  const { removed, added } = changedLines(before, after);
  expect(added).toHaveLength(1);
  if (removed.length === 1)
    expect(added[0]?.startsWith(removed[0]?.replace(/ ?\]\s*$/, '') ?? '')).toBe(true);
  else expect(removed).toEqual([]);
  return added[0];
}

describe('an FAQ alternate', () => {
  const files = [...yamlFiles('knowledge/faqs'), ...yamlFiles('test/fixtures/kb-base/faqs')];

  test.each(files)('%s: adding one to the last FAQ changes only the added line', (file) => {
    const before = readFileSync(join(ROOT, file), 'utf8');
    const faqs = parse(before) as { alternates: string[] }[];
    const last = faqs.length - 1;
    const after = appendToList(before, [last, 'alternates'], 'how do we split this work, really');
    // A block list gains one line; a flow list ([a, b]) has its one line extended in place.
    expect(addedLine(before, after)).toMatch(/how do we split this work, really/);
    expect((parse(after) as { alternates: string[] }[])[last]?.alternates).toEqual([
      ...(faqs[last]?.alternates ?? []),
      'how do we split this work, really',
    ]);
  });
});

describe('a role or comparison phrasing', () => {
  const files = [
    ...yamlFiles('knowledge/roles'),
    ...yamlFiles('knowledge/comparisons'),
    ...yamlFiles('test/fixtures/kb-base/roles'),
    ...yamlFiles('test/fixtures/kb-base/comparisons'),
  ];

  test.each(files)(
    '%s: the phrasing lands in its list (added at the end when missing), the rest untouched',
    (file) => {
      const before = readFileSync(join(ROOT, file), 'utf8');
      const had = (parse(before) as { phrasings?: string[] }).phrasings;
      const after = appendToList(before, ['phrasings'], 'what is this one for');
      if (had) {
        expect(addedLine(before, after)).toMatch(/what is this one for/);
      } else {
        expect(after.startsWith(before)).toBe(true);
        expect(after.slice(before.length)).toBe('phrasings:\n  - what is this one for\n');
      }
      expect((parse(after) as { phrasings: string[] }).phrasings).toEqual([
        ...(had ?? []),
        'what is this one for',
      ]);
    },
  );

  test('a second one goes under the first', () => {
    const once = appendToList('id: x # the id\nname: X\n', ['phrasings'], 'one');
    expect(appendToList(once, ['phrasings'], 'two')).toBe(
      'id: x # the id\nname: X\nphrasings:\n  - one\n  - two\n',
    );
  });
});

describe('comments and layout', () => {
  const text = [
    '# Backlog questions',
    '- id: a',
    '  alternates:',
    '    - first way   # the usual one',
    '    - second way',
    '  # end of the alternates',
    '  roles: [ product-owner ]',
    '',
    '- id: b',
    '  alternates: [ one, two ]',
    '',
  ].join('\n');

  test('a block list gains a line after its last item, before a trailing comment', () => {
    expect(appendToList(text, [0, 'alternates'], 'third way')).toBe(
      text.replace('    - second way\n', '    - second way\n    - third way\n'),
    );
  });

  test('a flow list gains an item in place, quoted when it needs to be', () => {
    expect(appendToList(text, [1, 'alternates'], 'three, or four: #5')).toBe(
      text.replace('[ one, two ]', '[ one, two, "three, or four: #5" ]'),
    );
  });

  test('a value YAML would misread is quoted', () => {
    const after = appendToList(text, [0, 'alternates'], '*bold* - yes: no');
    expect((parse(after) as { alternates: string[] }[])[0]?.alternates.at(-1)).toBe('*bold* - yes: no');
    expect(addedLine(text, after)).toBe('    - "*bold* - yes: no"');
  });

  test('a list of topics gains a new topic at the end', () => {
    const topics = '# Off-topic questions\n- topic: salary\n  examples:\n    - what does a po earn\n';
    expect(appendToList(topics, [], { topic: 'learned', examples: ['who won the match'] })).toBe(
      `${topics}- topic: learned\n  examples:\n    - who won the match\n`,
    );
  });

  test('a file with only comments gets its first list item', () => {
    expect(appendToList('# nothing yet\n', [], { topic: 'learned', examples: ['q'] })).toBe(
      '# nothing yet\n- topic: learned\n  examples:\n    - q\n',
    );
  });

  test('something that is not a list is refused', () => {
    expect(() => appendToList('id: x\nname: X\n', ['name'], 'y')).toThrow(/not a list/);
  });
});
