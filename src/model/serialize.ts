import type { ClassifierModel } from '../engine/classifier';

const MAGIC = 'RBM1';

/** Packs trained weights into bytes: a JSON header, then the float arrays. */
export function encodeModel(m: ClassifierModel): Buffer {
  const arrays = [m.features.idf, m.features.principal, m.softmax.weights, m.softmax.bias];
  const header = Buffer.from(
    JSON.stringify({
      format: m.format,
      knowledgeVersion: m.knowledgeVersion,
      withVectors: m.withVectors,
      labels: m.labels,
      buckets: m.features.buckets,
      denseWeight: m.features.denseWeight,
      sifSmoothing: m.features.sifSmoothing,
      classes: m.softmax.classes,
      dim: m.softmax.dim,
      lengths: arrays.map((a) => a.length),
    }),
  );
  const size = Buffer.alloc(8);
  size.write(MAGIC, 0, 'ascii');
  size.writeUInt32LE(header.length, 4);
  const pad = Buffer.alloc((4 - (header.length % 4)) % 4);
  return Buffer.concat([
    size,
    header,
    pad,
    ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
  ]);
}

/** Unpacks bytes written by `encodeModel`; throws when they are not weights. */
export function decodeModel(bytes: Buffer): ClassifierModel {
  if (bytes.length < 8 || bytes.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a role-bot model');
  const length = bytes.readUInt32LE(4);
  if (8 + length > bytes.length) throw new Error('model file is truncated');
  const h = JSON.parse(bytes.toString('utf8', 8, 8 + length));
  let at = 8 + length + ((4 - (length % 4)) % 4);
  // One copy: slicing the ArrayBuffer gives an aligned buffer of its own for the view.
  const floats = (n: number) => {
    if (at + n * 4 > bytes.length) throw new Error('model file is truncated');
    const out = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + n * 4));
    at += n * 4;
    return out;
  };
  const [idf, principal, weights, bias] = (h.lengths as number[]).map(floats);
  if (!idf || !principal || !weights || !bias || at !== bytes.length)
    throw new Error('model file is truncated');
  return {
    format: h.format,
    knowledgeVersion: h.knowledgeVersion,
    withVectors: h.withVectors,
    labels: h.labels,
    features: {
      buckets: h.buckets,
      idf,
      principal,
      denseWeight: h.denseWeight,
      sifSmoothing: h.sifSmoothing,
    },
    softmax: { classes: h.classes, dim: h.dim, weights, bias },
  };
}
