import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** A pre-built, pre-signed POST: body bytes and headers (content-length included). */
export interface Prepared {
  body: Buffer;
  headers: Record<string, string>;
}

export function prepared(body: string, headers: Record<string, string>): Prepared {
  const bytes = Buffer.from(body);
  return { body: bytes, headers: { ...headers, 'content-length': String(bytes.length) } };
}

/** A keep-alive agent with exactly `sockets` connections: one per worker. */
export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
}

export interface Reply {
  status: number;
  text: string;
}

/** POSTs with node:http; resolves status 0 on a network error or after timeoutMs (never rejects). */
export function post(agent: Agent, url: URL, p: Prepared, timeoutMs: number): Promise<Reply> {
  return new Promise((resolve) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: p.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', () => resolve({ status: 0, text: '' }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(p.body);
  });
}

export interface PoolResult {
  /** Latencies of answered requests, sorted, in ms. */
  latencies: number[];
  /** Requests started (≤ the number of items: the deadline may stop the pool early). */
  sent: number;
  wallMs: number;
  /** Why requests did not count, e.g. { 'status 500': 3 }. */
  failures: Record<string, number>;
}

/** What one request produced: its latency if it counts as answered, else why not. */
export type Outcome = { ms: number } | { failed: string };

/**
 * Runs `items` through exactly `concurrency` workers, each sending its next item when the previous one finished,
 * until the items run out or `deadlineMs` (from now) passes. Only answered requests are counted.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  deadlineMs: number,
  run: (item: T) => Promise<Outcome>,
): Promise<PoolResult> {
  const tally = new Tally();
  const deadline = tally.started + deadlineMs;
  let next = 0;
  const worker = async () => {
    while (next < items.length && performance.now() < deadline) tally.add(await run(items[next++] as T));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally.result(next);
}

/**
 * Sends `items` at a fixed rate, whatever the replies (open loop), until they run out or `deadlineMs` passes:
 * the latency a request sees when the app is busy but not queueing behind the bench's own requests.
 */
export async function runAtRate<T>(
  items: readonly T[],
  perSecond: number,
  deadlineMs: number,
  run: (item: T) => Promise<Outcome>,
): Promise<PoolResult> {
  const tally = new Tally();
  const replies: Promise<void>[] = [];
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - tally.started;
      const due = Math.min(items.length, Math.floor((elapsed / 1000) * perSecond) + 1);
      while (next < due) replies.push(run(items[next++] as T).then((outcome) => tally.add(outcome)));
      if (next >= items.length || elapsed > deadlineMs) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(replies);
  return tally.result(next);
}

/** Outcomes as they come in, and the PoolResult they make. */
class Tally {
  readonly started = performance.now();
  private readonly latencies: number[] = [];
  private readonly failures: Record<string, number> = {};

  add(outcome: Outcome): void {
    if ('ms' in outcome) this.latencies.push(outcome.ms);
    else this.failures[outcome.failed] = (this.failures[outcome.failed] ?? 0) + 1;
  }

  result(sent: number): PoolResult {
    return {
      latencies: this.latencies.sort((a, b) => a - b),
      sent,
      wallMs: performance.now() - this.started,
      failures: this.failures,
    };
  }
}
