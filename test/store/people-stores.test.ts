// The file stores behind role holders, workspace settings and escalations (JSON Lines in DATA_DIR): the shared
// tests (people-stores-contract.ts), each in a new folder, and what only files do.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileHolderStore } from '../../src/store/holders';
import { filePeopleStores } from '../../src/store/people-stores';
import { peopleStoresContract } from './people-stores-contract';

const root = mkdtempSync(join(tmpdir(), 'role-bot-people-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const dir = () => join(root, String(++n));

describe('the file people stores', () => {
  peopleStoresContract(async () => {
    const d = dir();
    return { stores: filePeopleStores(d), reopen: () => filePeopleStores(d) };
  });

  it('skips torn lines in role-holders.jsonl', async () => {
    const d = dir();
    const alice = { kind: 'user' as const, id: 'UALICE', name: 'alice' };
    const at = '2026-11-01T10:00:00.000Z';
    await createFileHolderStore(d).change({
      team: 'T1',
      channel: 'C1',
      role: 'product-owner',
      holders: [alice],
      by: 'U1',
      at,
    });
    appendFileSync(join(d, 'role-holders.jsonl'), '\n{"team":"T1","chan');
    expect(await createFileHolderStore(d).inChannel('T1', 'C1')).toEqual({ 'product-owner': [alice] });
    expect(readFileSync(join(d, 'role-holders.jsonl'), 'utf8')).toContain('UALICE');
  });
});
