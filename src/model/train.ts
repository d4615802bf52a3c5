import { existsSync, readFileSync } from 'node:fs';
import { type Learned, phrasingReader } from '../engine';
import { parseWordVectors, trainClassifier, type WordVectors } from '../engine/classifier';
import { CLASSIFIER_OPTIONS } from '../engine/options';
import type { KnowledgeBase } from '../knowledge/types';
import { cacheKey, readCachedModel, writeCachedModel } from './cache';
import { DEFAULT_PLACES, type ModelPlaces } from './paths';

export { DEFAULT_PLACES, type ModelPlaces } from './paths';

let vectorsCache: { file: string; vectors: WordVectors | undefined } | undefined;

/** The word vectors, read once per file; undefined when the table is missing (bag features only). */
export function loadWordVectors(file: string): WordVectors | undefined {
  if (vectorsCache?.file !== file) {
    vectorsCache = { file, vectors: existsSync(file) ? parseWordVectors(readFileSync(file)) : undefined };
  }
  return vectorsCache.vectors;
}

/** True when the knowledge is small enough for the classifier (see CLASSIFIER_OPTIONS.maxClasses). */
export function classifierFits(kb: KnowledgeBase): boolean {
  return kb.faqs.length + kb.roles.length + kb.comparisons.length < CLASSIFIER_OPTIONS.maxClasses;
}

/** Cached weights for the knowledge, if any: cheap enough for start-up. */
export function cachedLearned(kb: KnowledgeBase, places: ModelPlaces = DEFAULT_PLACES): Learned | undefined {
  if (!classifierFits(kb)) return undefined;
  const vectors = loadWordVectors(places.vectorsFile);
  const model = readCachedModel(places.cacheDir, cacheKey(kb, !!vectors));
  return model && { model, vectors };
}

/** Trains now (seconds), caches the weights, and returns them; the CLI and the build use this. */
export function trainNow(
  kb: KnowledgeBase,
  places: ModelPlaces = DEFAULT_PLACES,
): Learned & { file?: string } {
  const vectors = loadWordVectors(places.vectorsFile);
  const model = trainClassifier(kb, phrasingReader(kb), vectors);
  const file = writeCachedModel(places.cacheDir, cacheKey(kb, !!vectors), model);
  return { model, vectors, file };
}

/** Cached weights, or freshly trained ones; undefined when the knowledge is too large for the classifier. */
export function learnedFor(kb: KnowledgeBase, places: ModelPlaces = DEFAULT_PLACES): Learned | undefined {
  if (!classifierFits(kb)) return undefined;
  return cachedLearned(kb, places) ?? trainNow(kb, places);
}
