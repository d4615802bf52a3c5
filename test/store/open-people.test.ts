// Where role holders, escalations and settings go: files by default (without loading the PostgreSQL client),
// PostgreSQL when DATABASE_URL is set, as the feedback store does.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config';
import { describeWith, freshSchema, querySchema } from '../helpers/services';

const root = mkdtempSync(join(tmpdir(), 'role-bot-open-people-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const config = (o: Partial<AppConfig> = {}) => ({ dataDir: join(root, String(++n)), ...o }) as AppConfig;
const change = {
  team: 'T1',
  channel: 'C1',
  role: 'product-owner',
  holders: [{ kind: 'user' as const, id: 'UALICE', name: 'alice' }],
  by: 'U1',
  at: '2026-11-01T10:00:00.000Z',
};

describe('without DATABASE_URL', () => {
  it('keeps role holders in DATA_DIR, and never loads the PostgreSQL client', async () => {
    let pgLoads = 0;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('pg', () => {
        pgLoads += 1;
        return jest.requireActual('pg');
      });
      const { openSharedState } = await import('../../src/shared-state');
      const c = config();
      const shared = await openSharedState(c, () => undefined);
      await shared.people.holders.change(change);
      expect(existsSync(join(c.dataDir, 'role-holders.jsonl'))).toBe(true);
      await shared.close();
    });
    expect(pgLoads).toBe(0);
  });
});

describeWith(['pg'], 'with DATABASE_URL', () => {
  it('keeps role holders in PostgreSQL, and no file', async () => {
    const { schema, url, drop } = await freshSchema();
    const { openSharedState } = await import('../../src/shared-state');
    const c = config({ databaseUrl: url });
    const shared = await openSharedState(c, () => undefined);
    try {
      await shared.people.holders.change(change);
      expect(await querySchema(schema, 'SELECT role FROM role_holders')).toEqual([{ role: 'product-owner' }]);
      expect(existsSync(join(c.dataDir, 'role-holders.jsonl'))).toBe(false);
    } finally {
      await shared.close();
      await drop();
    }
  });
});
