import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root';

/** The word-vector table shipped with the package (see assets/word-vectors/README.md). */
export const WORD_VECTORS_FILE = join(PACKAGE_ROOT, 'assets', 'word-vectors', 'glove-100d.bin');

/** Where trained weights are cached by default. */
export const DEFAULT_MODEL_CACHE = join(PACKAGE_ROOT, '.cache', 'model');

/** Where the word vectors and the weight cache live. */
export interface ModelPlaces {
  cacheDir: string;
  vectorsFile: string;
}

export const DEFAULT_PLACES: ModelPlaces = { cacheDir: DEFAULT_MODEL_CACHE, vectorsFile: WORD_VECTORS_FILE };
