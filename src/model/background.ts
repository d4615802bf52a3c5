import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Learned } from '../engine';
import type { KnowledgeBase } from '../knowledge/types';
import { decodeModel } from './serialize';
import { cachedLearned, classifierFits, DEFAULT_PLACES, loadWordVectors, type ModelPlaces } from './train';

/**
 * The classifier's weights for the knowledge without blocking answers: from the cache at once when
 * they are there, else trained in a worker thread. Resolves to undefined when the knowledge is too
 * large for the classifier; rejects when training fails.
 */
export async function learnInBackground(
  kb: KnowledgeBase,
  places: ModelPlaces = DEFAULT_PLACES,
): Promise<Learned | undefined> {
  if (!classifierFits(kb)) return undefined;
  const cached = cachedLearned(kb, places);
  if (cached) return cached;
  const bytes = await runWorker(kb, places);
  return { model: decodeModel(bytes), vectors: loadWordVectors(places.vectorsFile) };
}

function runWorker(kb: KnowledgeBase, places: ModelPlaces): Promise<Buffer> {
  // From the sources (ts-node, jest) the worker needs the TypeScript loader too.
  const ext = extname(__filename);
  const execArgv = ext === '.ts' ? ['-r', 'ts-node/register/transpile-only'] : [];
  const worker = new Worker(join(__dirname, `train-worker${ext}`), { workerData: { kb, places }, execArgv });
  return new Promise((resolve, reject) => {
    worker.once('message', (bytes: Uint8Array) =>
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`training stopped early (exit ${code})`)));
  });
}
