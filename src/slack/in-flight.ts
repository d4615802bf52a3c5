import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Counts requests whose listeners are still working. Slack gets its ack first (events at once, commands
 * from the listener), so stopping the receiver alone would cut off answers still on their way to
 * chat.postMessage; a shutdown waits for this count to reach zero.
 */
export class InFlight {
  private count = 0;
  private waiting: Array<() => void> = [];

  /** Global middleware: counts a request from its arrival until every listener has finished with it. */
  readonly middleware: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
    this.count += 1;
    try {
      await next();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  };

  /** How many requests are being worked on now. */
  get size(): number {
    return this.count;
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
