import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filePeopleStores } from '../../src/slack/app';
import type { PeopleStores } from '../../src/slack/deps';

/** The file stores for role holders, escalations and settings in a fresh temporary folder. */
export function tempPeopleStores(): PeopleStores {
  return filePeopleStores(mkdtempSync(join(tmpdir(), 'role-bot-people-')));
}
