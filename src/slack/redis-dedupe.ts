import { createClient } from 'redis';
import { describeFailure, probeWithin } from '../health';
import { DEDUPE_LIMITS, type FirstTimeCheck, memoryCheck } from './dedupe';

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis gave no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The check in Redis: an atomic SET key NX PX ttl, so of two instances given the same event only one
 * answers. While Redis is unreachable the check falls back to memory (an event retried to another
 * instance may then be answered twice) and logs once when it goes and once when it is back.
 */
export function redisCheck(
  url: string,
  log: (message: string) => void,
  prefix = 'role-bot:',
): FirstTimeCheck {
  const local = memoryCheck();
  let down = false;
  let lastError: unknown;
  const setDown = (error?: unknown) => {
    lastError = error;
    if (error !== undefined && !down)
      log(`Redis unreachable, checking retried events in memory: ${describeFailure(error)}`);
    else if (error === undefined && down) log('Redis is back: retried events are checked there again');
    down = error !== undefined;
  };
  const client = createClient({
    url,
    // Commands sent while disconnected fail at once rather than wait in a queue.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: DEDUPE_LIMITS.connectMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, DEDUPE_LIMITS.reconnectMaxMs),
    },
  });
  client.on('error', (error) => setDown(error));
  client.on('ready', () => setDown());
  client.connect().catch((error) => setDown(error));
  return {
    async firstTime(key) {
      if (!client.isReady) return local.firstTime(key);
      try {
        const set = client.set(`${prefix}${key}`, '1', {
          condition: 'NX',
          expiration: { type: 'PX', value: DEDUPE_LIMITS.ttlMs },
        });
        return (await within(DEDUPE_LIMITS.commandMs, set)) === 'OK';
      } catch (error) {
        setDown(error);
        return local.firstTime(key);
      }
    },
    health: async () =>
      client.isReady || lastError === undefined
        ? probeWithin(DEDUPE_LIMITS.probeMs, () => client.ping())
        : { state: 'down', detail: describeFailure(lastError) },
    async close() {
      if (client.isOpen) await client.close().catch(() => undefined);
      else client.destroy();
    },
  };
}
