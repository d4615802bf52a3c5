import type { SparseVector } from './features';

/** Multinomial logistic regression weights: one row of `dim` weights and a bias per class. */
export interface SoftmaxWeights {
  classes: number;
  dim: number;
  /** Row-major, classes x dim. */
  weights: Float32Array;
  bias: Float32Array;
}

/** How a softmax model is trained. */
export interface SoftmaxTraining {
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights. */
  l2: number;
  /** Seed of the shuffle, so the same data always gives the same weights. */
  seed: number;
  /**
   * Independent runs, each with its own shuffle (seed, seed + 1000, ...), whose weights are averaged.
   * One run's weights depend on the order it saw the examples in; the average does much less.
   */
  runs: number;
}

/** One training example: features and the index of its class. */
export interface Example {
  x: SparseVector;
  y: number;
  /** How much the example counts (1 unless its class is over-represented). */
  weight: number;
}

/** The class probabilities for one feature vector. */
export function probabilities(m: SoftmaxWeights, x: SparseVector): Float64Array {
  const p = new Float64Array(m.classes);
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < m.classes; c++) {
    const row = c * m.dim;
    let z = m.bias[c] ?? 0;
    for (let k = 0; k < x.idx.length; k++) z += (m.weights[row + (x.idx[k] ?? 0)] ?? 0) * (x.val[k] ?? 0);
    p[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < m.classes; c++) {
    const e = Math.exp((p[c] ?? 0) - max);
    p[c] = e;
    sum += e;
  }
  for (let c = 0; c < m.classes; c++) p[c] = (p[c] ?? 0) / sum;
  return p;
}

/** Trains `t.runs` models on differently shuffled examples and averages their weights and biases. */
export function trainSoftmax(
  examples: Example[],
  classes: number,
  dim: number,
  t: SoftmaxTraining,
): SoftmaxWeights {
  const runs = Math.max(1, Math.floor(t.runs));
  const sum = trainOnce(examples, classes, dim, t.seed, t);
  for (let k = 1; k < runs; k++) {
    const next = trainOnce(examples, classes, dim, t.seed + 1000 * k, t);
    for (let j = 0; j < sum.weights.length; j++)
      sum.weights[j] = (sum.weights[j] ?? 0) + (next.weights[j] ?? 0);
    for (let c = 0; c < classes; c++) sum.bias[c] = (sum.bias[c] ?? 0) + (next.bias[c] ?? 0);
  }
  if (runs > 1) {
    for (let j = 0; j < sum.weights.length; j++) sum.weights[j] = (sum.weights[j] ?? 0) / runs;
    for (let c = 0; c < classes; c++) sum.bias[c] = (sum.bias[c] ?? 0) / runs;
  }
  return sum;
}

/**
 * Stochastic gradient descent on the cross-entropy with an L2 penalty. The penalty shrinks every
 * weight each step; it is kept as one running scale (Bottou's trick) so a step costs only the
 * example's non-zero features times the classes.
 */
function trainOnce(
  examples: Example[],
  classes: number,
  dim: number,
  seed: number,
  t: SoftmaxTraining,
): SoftmaxWeights {
  const w = new Float32Array(classes * dim);
  const bias = new Float32Array(classes);
  let scale = 1;
  const order = examples.map((_, i) => i);
  const random = mulberry32(seed);
  const m: SoftmaxWeights = { classes, dim, weights: w, bias };
  let step = 0;
  const steps = Math.max(1, t.epochs * examples.length);
  for (let epoch = 0; epoch < t.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { x, y, weight } = examples[i] as Example;
      const rate = (t.learningRate * weight) / (1 + (4 * step++) / steps);
      scale *= 1 - rate * t.l2;
      const p = probabilitiesScaled(m, x, scale);
      for (let c = 0; c < classes; c++) {
        const g = (p[c] ?? 0) - (c === y ? 1 : 0);
        if (g === 0) continue;
        const row = c * dim;
        const delta = (rate * g) / scale;
        for (let k = 0; k < x.idx.length; k++) {
          const j = row + (x.idx[k] ?? 0);
          w[j] = (w[j] ?? 0) - delta * (x.val[k] ?? 0);
        }
        bias[c] = (bias[c] ?? 0) - rate * g;
      }
      if (scale < 1e-6) {
        for (let j = 0; j < w.length; j++) w[j] = (w[j] ?? 0) * scale;
        scale = 1;
      }
    }
  }
  for (let j = 0; j < w.length; j++) w[j] = (w[j] ?? 0) * scale;
  return m;
}

function probabilitiesScaled(m: SoftmaxWeights, x: SparseVector, scale: number): Float64Array {
  const scaled: SparseVector = { idx: x.idx, val: x.val.map((v) => v * scale) };
  return probabilities(m, scaled);
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}

/** A small seeded random number generator (mulberry32), for reproducible training. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
