import { feedback } from './001-feedback';
import { installations } from './002-installations';
import { people } from './003-people';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in the order they run. */
export const MIGRATIONS: readonly Migration[] = Object.freeze([feedback, installations, people]);
