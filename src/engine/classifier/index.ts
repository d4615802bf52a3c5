import type { KnowledgeBase } from '../../knowledge/types';
import type { Analysis } from '../analyze';
import { CLASSIFIER_OPTIONS, type ClassifierOptions } from '../options';
import { bagOf, type FeatureState, featurize, type SparseVector, sentenceVector } from './features';
import { type Example, probabilities, type SoftmaxWeights, trainSoftmax } from './softmax';
import { NONE_LABEL, trainingSet } from './training-set';
import type { WordVectors } from './word-vectors';

export { comparisonLabel, NONE_LABEL } from './training-set';
export { parseWordVectors, type WordVectors } from './word-vectors';

/** Trained weights: an input to the engine like the knowledge, cached by knowledge version. */
export interface ClassifierModel {
  /** Bumped when features or training change, so cached weights of an older kind are not reused. */
  format: number;
  knowledgeVersion: string;
  /** True when the sentence vectors were part of training (the word-vector table was there). */
  withVectors: boolean;
  labels: string[];
  features: FeatureState;
  softmax: SoftmaxWeights;
}

/** The classifier's guess: a label and its probability. */
export interface Guess {
  label: string;
  p: number;
}

/** The current format of trained weights. */
export const MODEL_FORMAT = 1;

/** Trains the classifier on the knowledge's phrasings; pure and deterministic (seeded). */
export function trainClassifier(
  kb: KnowledgeBase,
  read: (text: string) => Analysis,
  vectors: WordVectors | undefined,
  options: ClassifierOptions = CLASSIFIER_OPTIONS,
): ClassifierModel {
  const data = trainingSet(kb);
  const labels = [...new Set(data.map((d) => d.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const analyses = data.map((d) => read(d.text));
  const buckets = options.buckets;
  const features: FeatureState = {
    buckets,
    idf: inverseFrequencies(analyses, buckets),
    principal: vectors ? principalComponent(analyses, vectors, options.sifSmoothing) : new Float32Array(0),
    denseWeight: options.denseWeight,
    sifSmoothing: options.sifSmoothing,
  };
  const examples: Example[] = analyses.map((a, i) => {
    const label = data[i]?.label ?? NONE_LABEL;
    return {
      x: featurize(a, features, vectors),
      y: labelIndex.get(label) ?? 0,
      weight: label === NONE_LABEL ? options.noneWeight : 1,
    };
  });
  const dim = buckets + (vectors?.dims ?? 0);
  const softmax = trainSoftmax(examples, labels.length, dim, options.training);
  return {
    format: MODEL_FORMAT,
    knowledgeVersion: kb.version,
    withVectors: !!vectors,
    labels,
    features,
    softmax,
  };
}

/** Scores questions with trained weights. */
export class Classifier {
  constructor(
    readonly model: ClassifierModel,
    private readonly vectors: WordVectors | undefined,
  ) {}

  /** The `limit` most likely labels, most likely first. */
  rank(a: Analysis, limit: number): Guess[] {
    const x: SparseVector = featurize(
      a,
      this.model.features,
      this.model.withVectors ? this.vectors : undefined,
    );
    const p = probabilities(this.model.softmax, x);
    const order = [...p.keys()].sort((i, j) => (p[j] ?? 0) - (p[i] ?? 0)).slice(0, limit);
    return order.map((i) => ({ label: this.model.labels[i] ?? NONE_LABEL, p: p[i] ?? 0 }));
  }
}

function inverseFrequencies(analyses: Analysis[], buckets: number): Float32Array {
  const df = new Float32Array(buckets);
  for (const a of analyses) for (const b of bagOf(a, buckets)) df[b] = (df[b] ?? 0) + 1;
  const n = analyses.length;
  return df.map((d) => Math.log(1 + n / Math.max(1, d)));
}

/** The first principal component of the training sentences' vectors (power iteration), as SIF removes it. */
function principalComponent(analyses: Analysis[], v: WordVectors, smoothing: number): Float32Array {
  const rows = analyses.flatMap((a) => sentenceVector(a, v, smoothing) ?? []);
  let u = new Float64Array(v.dims).fill(1 / Math.sqrt(v.dims));
  for (let iteration = 0; iteration < 30; iteration++) {
    const next = new Float64Array(v.dims);
    for (const r of rows) {
      let dot = 0;
      for (let d = 0; d < v.dims; d++) dot += (r[d] ?? 0) * (u[d] ?? 0);
      for (let d = 0; d < v.dims; d++) next[d] = (next[d] ?? 0) + dot * (r[d] ?? 0);
    }
    const norm = Math.hypot(...next) || 1;
    u = next.map((x) => x / norm);
  }
  return Float32Array.from(u);
}
