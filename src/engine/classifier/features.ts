import type { Analysis } from '../analyze';
import { stem } from '../text';
import { addVector, type WordVectors, wordProbability } from './word-vectors';

/** A feature vector as parallel index and value arrays: hashed words first, then the sentence vector. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** What featurizing needs besides the text: learned from the training phrasings, stored with the weights. */
export interface FeatureState {
  /** Hash buckets for the bag of words and word pairs. */
  buckets: number;
  /** Inverse document frequency of each bucket over the training phrasings. */
  idf: Float32Array;
  /** The training sentences' first principal component, removed from every sentence vector (SIF); empty without vectors. */
  principal: Float32Array;
  /** Scale of the sentence vector against the unit-length bag. */
  denseWeight: number;
  /** SIF's smoothing constant a: a word's weight is a / (a + p(word)). */
  sifSmoothing: number;
}

/** The hashed bag of an analysis: stemmed content words, roles named, adjacent word pairs, the pair of roles. */
export function bagOf(a: Analysis, buckets: number): number[] {
  const stems = a.content.map(stem);
  const terms = new Set(a.terms);
  for (let i = 1; i < stems.length; i++) terms.add(`${stems[i - 1]}_${stems[i]}`);
  const roles = [...new Set(a.mentions.map((m) => m.role.id))].sort();
  if (roles.length >= 2) terms.add(`@${roles[0]}|@${roles[1]}`);
  return [...new Set([...terms].map((t) => hash(t) % buckets))];
}

/** The SIF-weighted average of the words' vectors (roles read as their names), before the principal component is removed. */
export function sentenceVector(a: Analysis, v: WordVectors, smoothing: number): Float64Array | undefined {
  const sum = new Float64Array(v.dims);
  let n = 0;
  for (const w of wordsWithRoleNames(a)) {
    const i = v.index.get(w);
    if (i === undefined) continue;
    const p = wordProbability(v, i);
    addVector(v, i, smoothing / (smoothing + p), sum);
    n++;
  }
  if (n === 0) return undefined;
  for (let d = 0; d < v.dims; d++) sum[d] = (sum[d] ?? 0) / n;
  return sum;
}

/** The full feature vector of an analysis. */
export function featurize(a: Analysis, s: FeatureState, v: WordVectors | undefined): SparseVector {
  const bag = bagOf(a, s.buckets);
  let norm2 = 0;
  for (const b of bag) norm2 += (s.idf[b] ?? 0) ** 2;
  const norm = Math.sqrt(norm2) || 1;
  const dense = v ? sentenceVector(a, v, s.sifSmoothing) : undefined;
  const width = bag.length + (dense ? (v?.dims ?? 0) : 0);
  const idx = new Int32Array(width);
  const val = new Float32Array(width);
  bag.forEach((b, k) => {
    idx[k] = b;
    val[k] = (s.idf[b] ?? 0) / norm;
  });
  if (dense && v) {
    removeComponent(dense, s.principal);
    const dn = Math.hypot(...dense) || 1;
    for (let d = 0; d < v.dims; d++) {
      idx[bag.length + d] = s.buckets + d;
      val[bag.length + d] = ((dense[d] ?? 0) / dn) * s.denseWeight;
    }
  }
  return { idx, val };
}

/** Subtracts the projection on a unit vector (no-op when it is empty). */
export function removeComponent(x: Float64Array, unit: Float32Array): void {
  if (unit.length !== x.length) return;
  let dot = 0;
  for (let d = 0; d < x.length; d++) dot += (x[d] ?? 0) * (unit[d] ?? 0);
  for (let d = 0; d < x.length; d++) x[d] = (x[d] ?? 0) - dot * (unit[d] ?? 0);
}

/** The words as typed, each role mention replaced by the role's name: "po" reads as "product owner". */
function wordsWithRoleNames(a: Analysis): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of a.mentions) {
    out.push(...a.words.slice(at, m.start), ...m.role.name.toLowerCase().split(/\s+/));
    at = m.end;
  }
  out.push(...a.words.slice(at));
  return out;
}

/** FNV-1a, 32 bits: a stable hash for feature buckets. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
