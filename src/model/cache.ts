import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClassifierModel, MODEL_FORMAT } from '../engine/classifier';
import { CLASSIFIER_OPTIONS } from '../engine/options';
import type { KnowledgeBase } from '../knowledge/types';
import { decodeModel, encodeModel } from './serialize';

/** The cache file name for a knowledge version: also keyed by the training settings and the vectors' presence. */
export function cacheKey(kb: KnowledgeBase, withVectors: boolean): string {
  const settings = createHash('sha256')
    .update(JSON.stringify({ format: MODEL_FORMAT, options: CLASSIFIER_OPTIONS, withVectors }))
    .digest('hex')
    .slice(0, 8);
  return `${kb.version}-${settings}.bin`;
}

/** Cached weights for this key, or undefined when there are none (or they cannot be read). */
export function readCachedModel(dir: string, key: string): ClassifierModel | undefined {
  for (const folder of [dir, fallbackDir()]) {
    try {
      return decodeModel(readFileSync(join(folder, key)));
    } catch {
      // Not cached there (or unreadable): try the next place, then train.
    }
  }
  return undefined;
}

/** Writes weights under the key (atomically); falls back to the temp folder when `dir` is read-only. */
export function writeCachedModel(dir: string, key: string, model: ClassifierModel): string | undefined {
  const bytes = encodeModel(model);
  for (const folder of [dir, fallbackDir()]) {
    try {
      mkdirSync(folder, { recursive: true });
      const file = join(folder, key);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      return file;
    } catch {
      // Read-only install (global npm): the temp folder will do.
    }
  }
  return undefined;
}

const fallbackDir = () => join(tmpdir(), 'role-bot-model');
