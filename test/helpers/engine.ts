import { type AnswerEngine, createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';

let shared: AnswerEngine | undefined;

/** One engine over the shipped knowledge, built once per test file. */
export function shippedEngine(): AnswerEngine {
  shared ??= createAnswerEngine(loadKnowledge('knowledge'));
  return shared;
}
