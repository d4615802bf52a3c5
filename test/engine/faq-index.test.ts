import { readFileSync } from 'node:fs';
import { knownWords } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { ConceptMatcher } from '../../src/engine/concepts';
import { FaqIndex } from '../../src/engine/faq-index';
import { MATCH_OPTIONS } from '../../src/engine/options';
import { RoleDetector } from '../../src/engine/roles';
import { loadKnowledge } from '../../src/knowledge/load';
import { SMALL_KB } from '../helpers/engine';

// The small fixture knowledge: the floor is a property of the search, whatever the FAQs say.
const kb = loadKnowledge(SMALL_KB);
const concepts = new ConceptMatcher(kb.concepts);
const roles = { roles: new RoleDetector(kb, knownWords(kb, concepts)), concepts };
const index = new FaqIndex(
  kb.faqs.map((faq) => ({ faq, phrasings: [faq.question, ...faq.alternates].map((t) => analyze(t, roles)) })),
);
const questions: string[] = readFileSync('test/fixtures/questions.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).q);

describe('searching with a score floor', () => {
  const floor = MATCH_OPTIONS.alternativeMinScore;

  it('skips only the searches where no FAQ could have reached the floor', () => {
    let skipped = 0;
    const wrong: string[] = [];
    for (const q of questions) {
      const query = analyze(q, roles);
      const all = index.search(query, 4);
      const floored = index.search(query, 4, floor);
      if (floored.length === 0 && all.length > 0) {
        skipped += 1;
        if (all.some((m) => m.score >= floor)) wrong.push(q);
      } else if (JSON.stringify(floored) !== JSON.stringify(all)) {
        wrong.push(q);
      }
    }
    expect(wrong).toEqual([]);
    // The set holds out-of-scope questions that name a role ("salary of a product owner in Berlin").
    expect(skipped).toBeGreaterThan(0);
  });
});
