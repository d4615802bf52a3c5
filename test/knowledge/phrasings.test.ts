// Roles and comparisons may list phrasings (as FAQs list alternates); the knowledge check validates them.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKnowledge } from '../../src/knowledge/load';

const BASE = join(__dirname, '..', 'fixtures', 'kb-base');
const root = mkdtempSync(join(tmpdir(), 'role-bot-phrasings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** kb-base with `role` appended to roles/tech-lead.yml and `pair` to the one comparison. */
function withPhrasings(role: string, pair = '') {
  const dir = join(root, `kb-${++n}`);
  cpSync(BASE, dir, { recursive: true });
  appendFileSync(join(dir, 'roles', 'tech-lead.yml'), role);
  appendFileSync(join(dir, 'comparisons', 'product-owner--tech-lead.yml'), pair);
  return readKnowledge(dir);
}

describe('phrasings of roles and comparisons', () => {
  test('are optional', () => {
    const { knowledge } = withPhrasings('');
    expect(knowledge?.roles.find((r) => r.id === 'tech-lead')?.phrasings).toBeUndefined();
  });

  test('load as lists of text', () => {
    const { knowledge, problems } = withPhrasings(
      'phrasings:\n  - who keeps our code healthy\n',
      'phrasings: [po or tl for this call]\n',
    );
    expect(problems).toEqual([]);
    expect(knowledge?.roles.find((r) => r.id === 'tech-lead')?.phrasings).toEqual([
      'who keeps our code healthy',
    ]);
    expect(knowledge?.comparisons[0]?.phrasings).toEqual(['po or tl for this call']);
  });

  test('must be non-empty text within the limit of an FAQ alternate', () => {
    const { problems } = withPhrasings(
      `phrasings:\n  - ""\n  - ${'x'.repeat(251)}\n`,
      'phrasings: what is the difference\n',
    );
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      expect.stringMatching(/^phrasings\[0\]: must not be empty/),
      expect.stringMatching(/^phrasings\[1\]: must be at most 250 characters/),
      expect.stringMatching(/^phrasings: must be a list, not a string/),
    ]);
  });
});
