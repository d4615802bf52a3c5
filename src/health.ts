/** How a dependency (PostgreSQL, Redis) is doing, as `/healthz` reports it. */
export interface DependencyHealth {
  /** `off` when it is not configured (the embedded default serves instead). */
  state: 'up' | 'down' | 'off';
  /** Why it is down, in one line without secrets. */
  detail?: string;
}

/** Something `/healthz` can ask about. */
export type HealthProbe = () => Promise<DependencyHealth>;

/** A probe that fails after `ms` instead of hanging on an unreachable server. */
export async function probeWithin(ms: number, check: () => Promise<unknown>): Promise<DependencyHealth> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([check(), late]);
    return { state: 'up' };
  } catch (error) {
    return { state: 'down', detail: describeFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** One line for a failure from a client library: its message, or its code when the message is empty. */
export function describeFailure(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: unknown[] };
  // An AggregateError (every address refused) has an empty message; its first cause says why.
  if (!e?.message && Array.isArray(e?.errors) && e.errors.length > 0) return describeFailure(e.errors[0]);
  return (e?.message || e?.code || String(error)).split('\n')[0]?.slice(0, 200) ?? 'unknown failure';
}
