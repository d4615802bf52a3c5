/**
 * Word vectors for the classifier's sentence features: a table of frequent English words (GloVe 6B,
 * 100 dimensions), each stored as int8 with its own scale, plus each word's frequency rank in the
 * original vocabulary (for smooth inverse frequency weights). See assets/word-vectors/README.md.
 */
export interface WordVectors {
  dims: number;
  /** Size of the vocabulary the ranks come from (the whole GloVe list, not only the words kept). */
  vocabularySize: number;
  index: ReadonlyMap<string, number>;
  scales: Float32Array;
  ranks: Uint32Array;
  values: Int8Array;
}

const MAGIC = 'RBV1';
const HEADER = 16;

/** Reads the table written by scripts/build-word-vectors.mjs; throws if the bytes are not one. */
export function parseWordVectors(bytes: Uint8Array): WordVectors {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HEADER || buf.toString('ascii', 0, 4) !== MAGIC)
    throw new Error('not a word-vector table');
  const count = buf.readUInt32LE(4);
  const dims = buf.readUInt32LE(8);
  const vocabularySize = buf.readUInt32LE(12);
  let at = HEADER;
  const take = (n: number) => {
    const part = new Uint8Array(n);
    part.set(buf.subarray(at, at + n));
    at += n;
    return part.buffer;
  };
  const scales = new Float32Array(take(count * 4));
  const ranks = new Uint32Array(take(count * 4));
  const values = new Int8Array(take(count * dims));
  const words = buf.toString('utf8', at).split('\n');
  if (words.length !== count)
    throw new Error(`word-vector table lists ${words.length} words, expected ${count}`);
  const index = new Map(words.map((w, i) => [w, i]));
  return { dims, vocabularySize, index, scales, ranks, values };
}

/** Adds `weight` times the vector of word `i` into `into`. */
export function addVector(v: WordVectors, i: number, weight: number, into: Float64Array): void {
  const scale = (v.scales[i] ?? 0) * weight;
  const base = i * v.dims;
  for (let d = 0; d < v.dims; d++) into[d] = (into[d] ?? 0) + (v.values[base + d] ?? 0) * scale;
}

/** The word's probability estimated from its frequency rank (Zipf's law), for SIF weights. */
export function wordProbability(v: WordVectors, i: number): number {
  const rank = v.ranks[i] ?? v.vocabularySize;
  return 1 / (rank * Math.log(1.78 * v.vocabularySize));
}
