// Freshness: how old a review is, which entries are stale, and in what order, for a fixed "now".
import { join } from 'node:path';
import { monthLabel, monthsSince, staleEntries } from '../../src/knowledge/freshness';
import { loadKnowledge } from '../../src/knowledge/load';

const STALE = loadKnowledge(join(__dirname, '..', 'fixtures', 'kb-stale'));
const NOV_2026 = new Date(Date.UTC(2026, 10, 15));

describe('months since a review', () => {
  test('counts whole calendar months to the month of now', () => {
    expect(monthsSince('2025-11', NOV_2026)).toBe(12);
  });

  test('is 0 in the month of the review', () => {
    expect(monthsSince('2026-11', NOV_2026)).toBe(0);
  });

  test('is negative for a month still to come', () => {
    expect(monthsSince('2027-01', NOV_2026)).toBe(-2);
  });
});

describe('stale entries', () => {
  test('lists entries older than 12 months by default, oldest first', () => {
    const ids = staleEntries(STALE, { now: NOV_2026 }).map((e) => `${e.kind} ${e.id} ${e.ageMonths}`);
    expect(ids).toEqual(['faq who-owns-backlog 23', 'role product-owner 22']);
  });

  test('takes the age from the options', () => {
    const ids = staleEntries(STALE, { now: NOV_2026, staleAfterMonths: 3 }).map((e) => e.id);
    expect(ids).toEqual(['who-owns-backlog', 'product-owner', 'product-owner--tech-lead']);
  });

  test('does not count an entry exactly at the limit', () => {
    const ids = staleEntries(STALE, { now: NOV_2026, staleAfterMonths: 10 }).map((e) => e.id);
    expect(ids).not.toContain('product-owner--tech-lead');
  });

  test('carries the owner', () => {
    expect(staleEntries(STALE, { now: NOV_2026 })[0]?.owner).toBe('@knowledge-team');
  });

  test('finds nothing when "now" is the review month', () => {
    expect(staleEntries(STALE, { now: new Date(Date.UTC(2024, 11, 1)) })).toEqual([]);
  });
});

describe('month labels', () => {
  test('write the month as a short name and the year', () => {
    expect(monthLabel('2026-11')).toBe('Nov 2026');
  });
});
