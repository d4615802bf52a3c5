// The engine and render scenario tests ask the small fixture knowledge (test/fixtures/kb-small), never the
// shipped one, so an author editing a FAQ in knowledge/ cannot break a test of the code. The shipped
// knowledge keeps the tests that are about it: accuracy, calibration, the classifier and every-answer.
import fs from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AnswerEngine } from '../../src/engine';

const ROOT = join(__dirname, '..', '..');

/** The scenario tests, and the files they share, that must not reach the shipped knowledge. */
const SCENARIOS = [
  'test/engine/engine.test.ts',
  'test/engine/shapes.test.ts',
  'test/engine/typos.test.ts',
  'test/engine/person.test.ts',
  'test/engine/both-sides.test.ts',
  'test/engine/faq-index.test.ts',
  'test/engine/concepts.test.ts',
  'test/engine/reference.test.ts',
  'test/render/text.test.ts',
  'test/render/text-kinds.test.ts',
  'test/render/suggestion-groups.test.ts',
  'test/render/blocks/fixtures.ts',
  'test/render/blocks/people.test.ts',
];

/** Every path the callback reads or lists through node:fs, relative to the repository. */
function pathsRead(run: () => void): string[] {
  const spies = (['readFileSync', 'readdirSync', 'statSync', 'existsSync'] as const).map((name) =>
    jest.spyOn(fs, name),
  );
  try {
    run();
    return spies.flatMap((s) => s.mock.calls.map((c) => relative(ROOT, String(c[0]))));
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe("the scenario tests' engine", () => {
  let engine: AnswerEngine | undefined;
  // A fresh copy of the helper, so the engine is built here, under the spies.
  const read = pathsRead(() => {
    jest.isolateModules(() => {
      engine = (require('../helpers/engine') as typeof import('../helpers/engine')).smallEngine();
    });
  });

  it('reads the fixture knowledge and nothing under knowledge/', () => {
    expect(read.filter((p) => p.startsWith(`test${sep}fixtures${sep}kb-small${sep}`)).length).toBeGreaterThan(
      10,
    );
    expect(read.filter((p) => p === 'knowledge' || p.startsWith(`knowledge${sep}`))).toEqual([]);
  });

  it('knows the fixture ids only', () => {
    const ids = (dir: string) =>
      fs
        .readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.yml'))
        .map((f) => f.replace(/\.yml$/, ''))
        .sort();
    expect(engine?.knowledge.roles.map((r) => r.id).sort()).toEqual(ids('test/fixtures/kb-small/roles'));
    const faqIds = engine?.knowledge.faqs.map((f) => f.id) ?? [];
    const written = fs
      .readdirSync(join(ROOT, 'test/fixtures/kb-small/faqs'))
      .flatMap((f) => [
        ...fs.readFileSync(join(ROOT, 'test/fixtures/kb-small/faqs', f), 'utf8').matchAll(/^- id: (\S+)$/gm),
      ])
      .map((m) => m[1]);
    expect(faqIds.sort()).toEqual(written.sort());
  });
});

describe('the scenario test files', () => {
  it.each(SCENARIOS)('%s asks fixture knowledge, not the shipped one', (file) => {
    const source = fs.readFileSync(join(ROOT, file), 'utf8');
    expect(source).not.toMatch(/shippedEngine|productEngine|learnedFor/);
    expect(source).not.toMatch(/loadKnowledge\(\s*['"`]knowledge|['"`/]knowledge['"`]|\.\.\/knowledge['"`]/);
    expect(source).toMatch(/smallEngine|SMALL_KB|kb-base|from '\.\/fixtures'|from '\.\/blocks\/fixtures'/);
  });

  it('leaves none out: only the tests about the shipped knowledge reach it', () => {
    const aboutShipped = [
      'test/engine/accuracy.test.ts',
      'test/engine/calibration.test.ts',
      'test/engine/classifier.test.ts',
      'test/engine/gate.test.ts',
      'test/render/blocks/every-answer.test.ts',
    ];
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(join(ROOT, dir), { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    const self = relative(ROOT, __filename).split(sep).join('/');
    const shipped = [...walk('test/engine'), ...walk('test/render')].filter(
      (f) =>
        f !== self &&
        /shippedEngine|productEngine|loadKnowledge\(\s*['"`]knowledge|\.\.\/knowledge['"`]/.test(
          fs.readFileSync(join(ROOT, f), 'utf8'),
        ),
    );
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.filter((f) => !aboutShipped.includes(f))).toEqual([]);
  });
});
