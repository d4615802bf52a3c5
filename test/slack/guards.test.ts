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
