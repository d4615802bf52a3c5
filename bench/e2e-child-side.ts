/**
 * The child's side of the bench protocol (bench/e2e-protocol.ts), shared by the app under test (e2e-app.ts) and the
 * reference servers (e2e-floor.ts): samples RSS every 50 ms, answers 'stats', stops on 'stop', and never outlives
 * the bench.
 */
import type { AppToBench, BenchToApp } from './e2e-protocol';

type Ready = Omit<Extract<AppToBench, { type: 'ready' }>, 'type'>;

export interface ChildSide {
  /** Samples RSS now (the 50 ms timer may miss a short peak). */
  sample(): void;
  /** Tells the bench the child is listening. */
  ready(ready: Ready): void;
}

export function serveBench(options: {
  stop: () => Promise<unknown>;
  /** Warn/error lines logged so far: how many, and the first few. */
  problems?: () => { count: number; first: string[] };
}): ChildSide {
  const send = (message: AppToBench) => process.send?.(message);
  let atPeak = process.memoryUsage();
  const sample = () => {
    const now = process.memoryUsage();
    if (now.rss >= atPeak.rss) atPeak = now;
  };
  setInterval(sample, 50).unref();

  // Never outlive the bench: exit when the parent goes away, and after two minutes whatever happens.
  process.on('disconnect', () => process.exit(0));
  setTimeout(() => process.exit(2), 120_000).unref();

  process.on('message', (message: BenchToApp) => {
    if (message.type === 'stats') {
      sample();
      const problems = options.problems?.() ?? { count: 0, first: [] };
      const cpu = process.cpuUsage();
      send({
        type: 'stats',
        peakRss: atPeak.rss,
        atPeak,
        maxRss: process.resourceUsage().maxRSS * 1024,
        problems: problems.count,
        firstProblems: problems.first,
        cpuMicros: cpu.user + cpu.system,
      });
      atPeak = process.memoryUsage();
    } else if (message.type === 'stop') {
      setTimeout(() => process.exit(0), 1000).unref();
      void options.stop().finally(() => process.exit(0));
    }
  });

  return {
    sample,
    ready: (ready) => {
      sample();
      send({ type: 'ready', ...ready });
    },
  };
}
