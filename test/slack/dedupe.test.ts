// The retried-event check: in memory by default, in Redis (SET NX with a TTL) when REDIS_URL is set,
// and back to memory, without holding up an answer, while Redis cannot be reached.
import { DEDUPE_LIMITS, memoryCheck } from '../../src/slack/dedupe';
import { redisCheck } from '../../src/slack/redis-dedupe';
import { eventually } from '../e2e/harness';
import { describeWith, TEST_REDIS_URL, uniqueName } from '../helpers/services';

describe('the check in memory', () => {
  test('says a key is new once', async () => {
    const check = memoryCheck();
    expect([await check.firstTime('a'), await check.firstTime('a'), await check.firstTime('b')]).toEqual([
      true,
      false,
      true,
    ]);
    expect(await check.health()).toEqual({ state: 'off' });
  });
});

describeWith(['redis'], 'the check in Redis', () => {
  const logs: string[] = [];
  const prefix = `${uniqueName('rb_test')}:`;
  const one = redisCheck(TEST_REDIS_URL, (m) => logs.push(m), prefix);
  const two = redisCheck(TEST_REDIS_URL, (m) => logs.push(m), prefix);
  afterAll(() => Promise.all([one.close(), two.close()]));

  test('lets exactly one of two instances through for the same key, however they race', async () => {
    await eventually(async () => (await one.health()).state === 'up' && (await two.health()).state === 'up');
    const keys = Array.from({ length: 50 }, (_, i) => `event:Ev${i}`);
    const results = await Promise.all(keys.flatMap((k) => [one.firstTime(k), two.firstTime(k)]));
    expect(results.filter(Boolean)).toHaveLength(keys.length);
    expect(logs).toEqual([]);
  });

  test('keeps the key for the TTL, and no longer', async () => {
    const { createClient } = await import('redis');
    const client = await createClient({ url: TEST_REDIS_URL }).connect();
    await one.firstTime('event:ttl');
    const ttl = await client.pTTL(`${prefix}event:ttl`);
    expect(ttl).toBeGreaterThan(DEDUPE_LIMITS.ttlMs - 5000);
    expect(ttl).toBeLessThanOrEqual(DEDUPE_LIMITS.ttlMs);
    await client.close();
  });
});

describe('the check with a Redis that cannot be reached', () => {
  test('falls back to memory at once, logs it once, and reports Redis down', async () => {
    const logs: string[] = [];
    const check = redisCheck('redis://127.0.0.1:1', (m) => logs.push(m));
    const started = Date.now();
    expect([await check.firstTime('event:x'), await check.firstTime('event:x')]).toEqual([true, false]);
    expect(Date.now() - started).toBeLessThan(100);
    expect(await check.health()).toMatchObject({ state: 'down' });
    await eventually(() =>
      expect(logs).toEqual([
        expect.stringMatching(/^Redis unreachable, checking retried events in memory: .*ECONNREFUSED/),
      ]),
    );
    await check.close();
  });
});
