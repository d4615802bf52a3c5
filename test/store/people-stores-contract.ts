// The behaviour the people stores promise (role holders, settings, escalations), run against each implementation.
import type { HolderChange } from '../../src/store/holders';
import type { PeopleStores } from '../../src/store/people-stores';

/** New, empty stores, and a way to open the same data again as a restarted process would. */
export interface OpenedPeople {
  stores: PeopleStores;
  reopen(): PeopleStores;
}

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
/** An escalation posted in CESC of T1. */
export const escalation = {
  team: 'T1',
  channel: 'CESC',
  ts: '1700000000.000001',
  question: 'who approves budget?',
  asker: 'U1',
  replyChannel: 'C1',
  replyThread: '1690000000.000001',
  at: '2026-11-01T10:00:00.000Z',
};
const now = '2026-11-01T12:00:00.000Z';

/** Runs the people store tests on stores made by `open` (each call: new, empty stores). */
export function peopleStoresContract(open: () => Promise<OpenedPeople>): void {
  describe('role holders', () => {
    it('keeps holders per workspace and channel, the latest change winning', async () => {
      const { stores, reopen } = await open();
      const store = stores.holders;
      await store.change(change({}));
      await store.change(change({ holders: [alice, bob] }));
      await store.change(change({ channel: 'C2', role: 'tech-lead', holders: [bob] }));
      await store.change(change({ team: 'T2', holders: [bob] }));
      expect(await store.inChannel('T1', 'C1')).toEqual({ 'product-owner': [alice, bob] });
      const reread = reopen().holders;
      expect((await reread.inWorkspace('T1')).map((c) => c.channel)).toEqual(['C1', 'C2']);
      expect(await reread.inChannel('T2', 'C1')).toEqual({ 'product-owner': [bob] });
    });

    it('lists a workspace by channel with every role held there', async () => {
      const { stores } = await open();
      await stores.holders.change(change({ channel: 'C2', role: 'tech-lead', holders: [bob] }));
      await stores.holders.change(change({}));
      await stores.holders.change(change({ channel: 'C2' }));
      expect(await stores.holders.inWorkspace('T1')).toEqual([
        { team: 'T1', channel: 'C2', roles: { 'tech-lead': [bob], 'product-owner': [alice] } },
        { team: 'T1', channel: 'C1', roles: { 'product-owner': [alice] } },
      ]);
    });

    it('forgets a role unset with no holders, and a channel with no roles left', async () => {
      const { stores } = await open();
      await stores.holders.change(change({}));
      await stores.holders.change(change({ holders: [] }));
      expect(await stores.holders.inChannel('T1', 'C1')).toEqual({});
      expect(await stores.holders.inWorkspace('T1')).toEqual([]);
    });

    it('refuses a holder that is not a Slack user or group id', async () => {
      const { stores } = await open();
      const bad = change({ holders: [{ kind: 'user', id: 'not an id', name: 'x' }] });
      await expect(stores.holders.change(bad)).rejects.toThrow(TypeError);
      expect(await stores.holders.inChannel('T1', 'C1')).toEqual({});
    });
  });

  describe('workspace settings', () => {
    it('keeps the latest escalation channel per workspace, and can clear it', async () => {
      const { stores, reopen } = await open();
      await stores.settings.set('T1', { escalationChannel: 'C9' }, 'U1', '2026-11-01T10:00:00.000Z');
      expect(await reopen().settings.get('T1')).toEqual({ escalationChannel: 'C9' });
      await stores.settings.set('T1', {}, 'U1', '2026-11-01T11:00:00.000Z');
      expect(await stores.settings.get('T1')).toEqual({});
      expect(await stores.settings.get('T2')).toEqual({});
    });
  });

  describe('escalations', () => {
    it('finds an escalation by workspace, channel and message', async () => {
      const { stores } = await open();
      const { replyChannel: _c, replyThread: _t, ...byDm } = { ...escalation, ts: '1700000000.000002' };
      await stores.escalations.add(escalation);
      await stores.escalations.add(byDm);
      expect(await stores.escalations.find('T1', 'CESC', escalation.ts)).toEqual(escalation);
      expect(await stores.escalations.find('T1', 'CESC', byDm.ts)).toEqual(byDm);
      expect(await stores.escalations.find('T2', 'CESC', escalation.ts)).toBeUndefined();
    });

    it('hands out an escalation for its first reply only, even to replies arriving together', async () => {
      const { stores } = await open();
      await stores.escalations.add(escalation);
      const claims = await Promise.all([
        stores.escalations.claimReply('T1', 'CESC', escalation.ts, now),
        stores.escalations.claimReply('T1', 'CESC', escalation.ts, now),
      ]);
      expect(claims.filter(Boolean)).toEqual([escalation]);
    });

    it('remembers a relayed reply across restarts, and knows no other thread', async () => {
      const { stores, reopen } = await open();
      await stores.escalations.add(escalation);
      expect(await stores.escalations.claimReply('T1', 'CESC', 'other', now)).toBeUndefined();
      expect(await stores.escalations.claimReply('T1', 'CESC', escalation.ts, now)).toBeDefined();
      expect(await reopen().escalations.claimReply('T1', 'CESC', escalation.ts, now)).toBeUndefined();
    });
  });
}
