import { join } from 'node:path';
import { type AnswerEngine, createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { learnedFor } from '../../src/model/train';

let shared: AnswerEngine | undefined;
let product: AnswerEngine | undefined;
let small: AnswerEngine | undefined;

/** The fixture knowledge the engine and render scenario tests ask (see its README). */
export const SMALL_KB = join(__dirname, '..', 'fixtures', 'kb-small');

/**
 * The rules alone over the small fixture knowledge, built once per test file: for scenario tests, so
 * that editing a shipped FAQ cannot break a test of the code.
 */
export function smallEngine(): AnswerEngine {
  small ??= createAnswerEngine(loadKnowledge(SMALL_KB));
  return small;
}

/** The rules alone over the shipped knowledge, built once per test file: for tests about that knowledge. */
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
