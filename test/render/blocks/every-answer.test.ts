import { EXAMPLES } from '../../../src/engine';
import type { Answer } from '../../../src/engine/answer';
import type { Faq } from '../../../src/knowledge/types';
import { type RenderOptions, renderAnswerMessage, renderHomeView } from '../../../src/render/blocks';
import { shippedEngine } from '../../helpers/engine';
import { faqAnswer as faqAnswerIn, optionsFor } from './fixtures';
import { assertWithinSlackLimits } from './slack-limits';

// Renders every answer the shipped knowledge can produce, with and without options, and walks every limit:
// a test of the shipped knowledge, so it asks the shipped engine (the other render tests ask kb-small).
const engine = shippedEngine();
const kb = engine.knowledge;
const fullOptions = optionsFor(kb);
const faqAnswer = (f: Faq, query?: string, confidence?: number) => faqAnswerIn(f, query, confidence, kb);

const OPTION_SETS: [string, RenderOptions][] = [
  ['all options', fullOptions],
  ['no options', {}],
];

function assertRenders(answer: Answer): void {
  for (const [label, opts] of OPTION_SETS) {
    try {
      assertWithinSlackLimits(renderAnswerMessage(answer, opts));
    } catch (e) {
      throw new Error(`${answer.kind} for "${answer.query}" (${label}): ${(e as Error).message}`);
    }
  }
}

describe('every role', () => {
  test.each(kb.roles.map((r) => [r.name, r.id]))('%s renders as its profile within limits', (name, id) => {
    const answer = engine.answer(name);
    expect(answer.kind === 'role' && answer.role.id).toBe(id);
    assertRenders(answer);
  });
});

describe('every FAQ', () => {
  test.each(kb.faqs.map((f) => [f.id, f]))('%s renders within limits, sure or unsure', (_id, f) => {
    assertRenders(faqAnswer(f));
    assertRenders({
      ...faqAnswer(f, `${f.question} <!channel>`, 0.5),
      alternatives: engine.answer(f.question).alternatives,
    });
  });

  test.each(kb.faqs.map((f) => [f.id, f.question]))(
    '%s asked as its question renders within limits',
    (_id, question) => {
      assertRenders(engine.answer(question));
    },
  );
});

describe('every pair of roles', () => {
  test.each(kb.roles.map((r) => [r.id]))(
    '%s against every other role, both orders, renders within limits',
    (a) => {
      for (const b of kb.roles.filter((r) => r.id !== a)) {
        const answer = engine.answer(`compare ${a} ${b.id}`);
        expect(answer.kind === 'comparison' && [answer.comparison.a.id, answer.comparison.b.id]).toEqual([
          a,
          b.id,
        ]);
        assertRenders(answer);
      }
    },
  );

  test('a curated pair reads the same either way round, columns swapped', () => {
    for (const c of kb.comparisons.slice(0, 4)) {
      const [a, b] = c.roles;
      const ab = engine.answer(`compare ${a} ${b}`);
      const ba = engine.answer(`compare ${b} ${a}`);
      if (ab.kind !== 'comparison' || ba.kind !== 'comparison') throw new Error('not a comparison');
      expect(ba.comparison.differences.map((d) => [d.b, d.a])).toEqual(
        ab.comparison.differences.map((d) => [d.a, d.b]),
      );
      const rows = (x: Answer) =>
        renderAnswerMessage(x, fullOptions).blocks.filter((k) => k.type === 'section' && k.fields);
      expect(rows(ba)).toHaveLength(rows(ab).length);
    }
  });
});

describe('list, help and no answer', () => {
  test.each([
    ['list roles', 'list'],
    ['help', 'help'],
    ['zxqv plorf', 'none'],
  ])('"%s" renders as %s within limits', (query, kind) => {
    const answer = engine.answer(query);
    expect(answer.kind).toBe(kind);
    assertRenders(answer);
  });

  test('the App Home renders within limits', () => {
    assertWithinSlackLimits(renderHomeView(kb, EXAMPLES));
  });
});
