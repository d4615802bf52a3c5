import { parentPort, workerData } from 'node:worker_threads';
import type { KnowledgeBase } from '../knowledge/types';
import { encodeModel } from './serialize';
import { type ModelPlaces, trainNow } from './train';

/** Worker thread: trains the classifier off the request path, caches the weights and sends them back. */
const { kb, places } = workerData as { kb: KnowledgeBase; places: ModelPlaces };
const { model } = trainNow(kb, places);
const bytes = encodeModel(model);
parentPort?.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
