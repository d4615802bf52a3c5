// The file stores behind role holders, workspace settings and escalations (JSON Lines in DATA_DIR).
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileEscalationStore } from '../../src/store/escalations';
import { createFileHolderStore, type HolderChange } from '../../src/store/holders';
import { createFileSettingsStore } from '../../src/store/settings';

const root = mkdtempSync(join(tmpdir(), 'role-bot-people-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const dir = () => join(root, String(++n));

const alice = { kind: 'user' as const, id: 'UALICE', name: 'alice' };
const bob = { kind: 'user' as const, id: 'UBOB', name: 'bob' };
const change = (o: Partial<HolderChange>): HolderChange => ({
  team: 'T1',
  channel: 'C1',
  role: 'product-owner',
  holders: [alice],
  by: 'U1',
  at: '2026-11-01T10:00:00.000Z',
  ...o,
});

describe('role holders', () => {
  it('keeps holders per workspace and channel, the latest change winning', async () => {
    const d = dir();
    const store = createFileHolderStore(d);
    await store.change(change({}));
    await store.change(change({ holders: [alice, bob] }));
    await store.change(change({ channel: 'C2', role: 'tech-lead', holders: [bob] }));
    await store.change(change({ team: 'T2', holders: [bob] }));
    expect(await store.inChannel('T1', 'C1')).toEqual({ 'product-owner': [alice, bob] });
    const reread = createFileHolderStore(d);
    expect((await reread.inWorkspace('T1')).map((c) => c.channel)).toEqual(['C1', 'C2']);
    expect(await reread.inChannel('T2', 'C1')).toEqual({ 'product-owner': [bob] });
  });

  it('forgets a role unset with no holders, and a channel with no roles left', async () => {
    const store = createFileHolderStore(dir());
    await store.change(change({}));
    await store.change(change({ holders: [] }));
    expect(await store.inChannel('T1', 'C1')).toEqual({});
    expect(await store.inWorkspace('T1')).toEqual([]);
  });

  it('refuses a holder that is not a Slack user or group id, and skips torn lines', async () => {
    const d = dir();
    const store = createFileHolderStore(d);
    await expect(
      store.change(change({ holders: [{ kind: 'user', id: 'not an id', name: 'x' }] })),
    ).rejects.toThrow();
    await store.change(change({}));
    appendFileSync(join(d, 'role-holders.jsonl'), '\n{"team":"T1","chan');
    expect(await createFileHolderStore(d).inChannel('T1', 'C1')).toEqual({ 'product-owner': [alice] });
    expect(readFileSync(join(d, 'role-holders.jsonl'), 'utf8')).toContain('UALICE');
  });
});

describe('workspace settings', () => {
  it('keeps the latest escalation channel per workspace, and can clear it', async () => {
    const d = dir();
    const store = createFileSettingsStore(d);
    await store.set('T1', { escalationChannel: 'C9' }, 'U1', '2026-11-01T10:00:00Z');
    expect(await createFileSettingsStore(d).get('T1')).toEqual({ escalationChannel: 'C9' });
    await store.set('T1', {}, 'U1', '2026-11-01T11:00:00Z');
    expect(await store.get('T1')).toEqual({});
    expect(await store.get('T2')).toEqual({});
  });
});

describe('escalations', () => {
  const escalation = {
    team: 'T1',
    channel: 'CESC',
    ts: '1700000000.000001',
    question: 'who approves budget?',
    asker: 'U1',
    replyChannel: 'C1',
    replyThread: '1690000000.000001',
    at: '2026-11-01T10:00:00Z',
  };

  it('hands out an escalation for its first reply only, even to replies arriving together', async () => {
    const store = createFileEscalationStore(dir());
    await store.add(escalation);
    const claims = await Promise.all([
      store.claimReply('T1', 'CESC', escalation.ts, 'now'),
      store.claimReply('T1', 'CESC', escalation.ts, 'now'),
    ]);
    expect(claims.filter(Boolean)).toEqual([escalation]);
  });

  it('remembers a relayed reply across restarts, and knows no other thread', async () => {
    const d = dir();
    const store = createFileEscalationStore(d);
    await store.add(escalation);
    expect(await store.claimReply('T1', 'CESC', 'other', 'now')).toBeUndefined();
    expect(await store.claimReply('T1', 'CESC', escalation.ts, 'now')).toBeDefined();
    expect(await createFileEscalationStore(d).claimReply('T1', 'CESC', escalation.ts, 'now')).toBeUndefined();
  });
});
