/** Messages between the e2e bench (parent: load generator + fake Slack API) and the app under test (child). */

/** The signing secret the benched app is configured with. */
export const BENCH_SECRET = 'bench-signing-secret';

/** Child → parent. */
export type AppToBench =
  | {
      type: 'ready';
      port: number;
      /** ms from process start (performance.timeOrigin) to the bench entry running: node boot + module loading. */
      modulesMs: number;
      /** ms to loadKnowledge (read, validate, cross-check) + createAnswerEngine (index) on the shipped knowledge. */
      knowledgeMs: number;
      /** ms from process start to the HTTP receiver listening. */
      readyMs: number;
      faqs: number;
    }
  | {
      type: 'stats';
      /** Highest RSS sampled every 50 ms since the previous 'stats' message, in bytes. */
      peakRss: number;
      /** OS high-water mark of resident memory over the whole process life, in bytes. */
      maxRss: number;
      /** process.memoryUsage() at the sampled peak. */
      atPeak: NodeJS.MemoryUsage;
      /** Warn/error lines the app logged so far (count, first few). */
      problems: number;
      firstProblems: string[];
      /** process.cpuUsage() user + system so far, in µs. */
      cpuMicros: number;
    };

/** Parent → child. */
export type BenchToApp = { type: 'stats' } | { type: 'stop' };
