import { resolve } from 'node:path';

/**
 * The package's own folder (the parent of `dist/` or `src/`), so defaults are the same from any current
 * directory, also when role-bot is installed globally or as a dependency.
 */
export const PACKAGE_ROOT = resolve(__dirname, '..');
