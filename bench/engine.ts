import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { createAnswerEngine, type Learned, phrasingReader } from '../src/engine';
import { trainClassifier } from '../src/engine/classifier';
import { loadKnowledge } from '../src/knowledge/load';
import type { KnowledgeBase } from '../src/knowledge/types';
import { DEFAULT_PLACES } from '../src/model/paths';
import { classifierFits, loadWordVectors } from '../src/model/train';
import { fmt, percentile, timeEach } from './stats';
import { syntheticKnowledge } from './synthetic';

const questions: string[] = readFileSync('test/fixtures/questions.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).q);

interface Row {
  label: string;
  faqs: number;
  engine: number[];
  fuse: number[];
  target: number;
}

function measure(
  label: string,
  kb: KnowledgeBase,
  target: number,
  fuseSample: number,
  learned?: Learned,
): Row {
  const engine = createAnswerEngine(kb, learned);
  // The baseline the engine issue names: one Fuse.js index over whole question strings, default-like options.
  const fuse = new Fuse(kb.faqs, { keys: ['question'], ignoreLocation: true, threshold: 0.4 });
  const sample = questions.filter((_, i) => i % Math.ceil(questions.length / fuseSample) === 0);
  return {
    label,
    faqs: kb.faqs.length,
    engine: timeEach(questions, (q) => engine.answer(q), 2),
    fuse: timeEach(sample, (q) => fuse.search(q, { limit: 4 }), 1),
    target,
  };
}

/** Trains the classifier from scratch (no cache) and prints how long it took. */
function train(kb: KnowledgeBase): Learned {
  const vectors = loadWordVectors(DEFAULT_PLACES.vectorsFile);
  const started = performance.now();
  const model = trainClassifier(kb, phrasingReader(kb), vectors);
  const ms = performance.now() - started;
  console.log(
    `\nClassifier: trained on the shipped knowledge in ${fmt(ms, 0, 0)} ms (one core, ${model.labels.length} classes, ${vectors ? 'with' : 'without'} word vectors); past CLASSIFIER_OPTIONS.maxClasses classes (so at 15,000 FAQs) the rules answer alone`,
  );
  return { model, vectors };
}

/** Prints answer latency on the shipped knowledge and on 15,000 synthetic FAQs, beside plain Fuse.js. */
export function benchEngine(): void {
  const shipped = loadKnowledge('knowledge');
  const learned = train(shipped);
  const large = syntheticKnowledge(shipped, 15000);
  const rows = [
    measure('shipped, rules only', shipped, 1, questions.length),
    measure('shipped + classifier', shipped, 1, questions.length, learned),
    measure('synthetic 15,000 FAQs', large, 10, 25),
  ];
  if (classifierFits(large))
    throw new Error('expected the 15,000-FAQ knowledge to be past the classifier limit');
  console.log(
    `\nEngine: answer latency over ${questions.length} questions from test/fixtures/questions.jsonl (ms, one core)`,
  );
  console.log(
    'knowledge                 FAQs   engine p50  engine p99   target p99   fuse p50   fuse p99   fuse/engine (p50)',
  );
  for (const r of rows) {
    const e50 = percentile(r.engine, 50);
    const e99 = percentile(r.engine, 99);
    const f50 = percentile(r.fuse, 50);
    const ok = e99 <= r.target ? 'ok' : 'MISSED';
    console.log(
      `${r.label.padEnd(22)} ${String(r.faqs).padStart(6)} ${fmt(e50, 12)} ${fmt(e99, 11)}   ≤ ${String(r.target).padEnd(3)} ${ok.padEnd(6)} ${fmt(f50, 9, 2)} ${fmt(percentile(r.fuse, 99), 10, 2)}   ${(f50 / e50).toFixed(0)}x slower`,
    );
  }
}
