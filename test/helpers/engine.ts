import { type AnswerEngine, createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { learnedFor } from '../../src/model/train';

let shared: AnswerEngine | undefined;
let product: AnswerEngine | undefined;

/** The rules alone over the shipped knowledge, built once per test file: for tests of a rule. */
export function shippedEngine(): AnswerEngine {
  shared ??= createAnswerEngine(loadKnowledge('knowledge'));
  return shared;
}

/** What people get: the rules with the classifier behind them (weights from the cache, or trained once). */
export function productEngine(): AnswerEngine {
  const kb = loadKnowledge('knowledge');
  product ??= createAnswerEngine(kb, learnedFor(kb));
  return product;
}
