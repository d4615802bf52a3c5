import { join } from 'node:path';
import { createAnswerEngine } from '../../src/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { type ListenerDeps, pinEngine } from '../../src/slack/deps';
import { RecentKeys } from '../../src/slack/guards';

describe('remembering recent events', () => {
  it('treats a key as new once within its time to live', () => {
    const recent = new RecentKeys(1000, 100, () => 0);
    expect(recent.firstTime('Ev1')).toBe(true);
    expect(recent.firstTime('Ev1')).toBe(false);
  });

  it('forgets a key after its time to live', () => {
    let now = 0;
    const recent = new RecentKeys(1000, 100, () => now);
    recent.firstTime('Ev1');
    now = 1500;
    expect(recent.firstTime('Ev1')).toBe(true);
  });

  it('keeps memory bounded by dropping the oldest keys', () => {
    const recent = new RecentKeys(60_000, 3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) recent.firstTime(k);
    expect(recent.firstTime('a')).toBe(true);
    expect(recent.firstTime('d')).toBe(false);
  });
});

describe('one engine per request', () => {
  it('keeps the engine a request started with, even when the knowledge is swapped meanwhile', () => {
    const kb = loadKnowledge(join(__dirname, '../fixtures/kb-base'));
    const first = createAnswerEngine(kb);
    let current = first;
    const shared = { engine: () => current } as unknown as ListenerDeps;
    const pinned = pinEngine(shared);
    current = createAnswerEngine({ ...kb, version: 'reloaded' });
    expect(shared.engine()).not.toBe(first);
    expect(pinned.engine()).toBe(first);
  });
});
