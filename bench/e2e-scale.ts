/**
 * `npm run bench -- scale`: what PostgreSQL and Redis cost per answered /role. The same app process twice under the
 * same load: as `npm start` runs it by default (records in JSON Lines files, the event check in memory), then with
 * DATABASE_URL and REDIS_URL set (BENCH_DATABASE_URL, default the local `test` database in a schema of its own;
 * BENCH_REDIS_URL, default the local Redis). Skipped with a note when either cannot be reached.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { formBody, signRequest, slashCommand, startFakeSlack } from '../test/e2e/harness';
import { type AppChild, removeTranspiled, startAppChild, transpileApp } from './e2e-child';
import { BENCH_SECRET } from './e2e-protocol';
import { keepAliveAgent, post, prepared, runPool } from './load';

const CONCURRENCY = 100;
const SLASH = { warmup: 1_500, timed: 5_000 };
const LIMIT_MS = 20_000;
/** The bar: PostgreSQL and Redis may cost at most a fifth more CPU per answer than the embedded default. */
const TARGET_RATIO = 1.2;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Questions that get "none" or an unsure answer as often as the shipped set does, so gaps are written. */
const QUESTIONS = [
  'who owns the backlog?',
  'po vs tl',
  'what is the wifi password',
  'tech lead',
  'who signs off the budget',
];

function requests(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const body = formBody(slashCommand({ text: QUESTIONS[i % QUESTIONS.length] as string }));
    return prepared(body, {
      'content-type': 'application/x-www-form-urlencoded',
      ...signRequest(BENCH_SECRET, body),
    });
  });
}

/** Warm-up, then the timed run: the app's CPU µs per answered /role, and how many were answered. */
async function cpuPerRole(app: AppChild): Promise<{ micros: number; answered: number; sent: number }> {
  const agent = keepAliveAgent(CONCURRENCY);
  const url = new URL(`http://127.0.0.1:${app.ready.port}/slack/events`);
  const send = async (p: ReturnType<typeof prepared>) => {
    const started = performance.now();
    const reply = await post(agent, url, p, 5_000);
    return reply.status === 200 ? { ms: performance.now() - started } : { failed: `status ${reply.status}` };
  };
  try {
    await runPool(requests(SLASH.warmup), CONCURRENCY, LIMIT_MS, send);
    const before = await app.stats();
    const result = await runPool(requests(SLASH.timed), CONCURRENCY, LIMIT_MS, send);
    const after = await app.stats();
    const answered = result.latencies.length;
    return {
      micros: (after.cpuMicros - before.cpuMicros) / Math.max(1, answered),
      answered,
      sent: result.sent,
    };
  } finally {
    agent.destroy();
  }
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Prints the embedded and the PostgreSQL+Redis figures and their ratio, beside the target. */
export async function benchScale(): Promise<void> {
  const schema = `rb_bench_${randomBytes(4).toString('hex')}`;
  try {
    await admin(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    console.log(
      `\nscale: skipped, PostgreSQL at ${DATABASE_URL} cannot be reached (${(error as Error).message})`,
    );
    return;
  }
  const fake = await startFakeSlack();
  const transpiled = transpileApp();
  const dataDir = mkdtempSync(join(tmpdir(), 'role-bot-bench-data-'));
  const url = new URL(DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const figures: Record<
    string,
    Awaited<ReturnType<typeof cpuPerRole>> & { problems: number; first: string }
  > = {};
  try {
    for (const mode of ['embedded', 'scale'] as const) {
      const env = {
        BENCH_APP_MODE: mode,
        BENCH_DATA_DIR: dataDir,
        BENCH_DATABASE_URL: url.toString(),
        BENCH_REDIS_URL: REDIS_URL,
      };
      const app = await startAppChild(transpiled, fake.apiUrl, env);
      try {
        const measured = await cpuPerRole(app);
        const stats = await app.stats();
        figures[mode] = { ...measured, problems: stats.problems, first: stats.firstProblems[0] ?? '' };
      } finally {
        await app.stop();
      }
    }
  } finally {
    await fake.close();
    removeTranspiled(transpiled);
    rmSync(dataDir, { recursive: true, force: true });
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
  }
  const { embedded, scale } = figures;
  if (!embedded || !scale) return;
  const ratio = scale.micros / embedded.micros;
  console.log(
    `\nScale: /role @${CONCURRENCY}, ${SLASH.timed} timed after ${SLASH.warmup}; app CPU per answered /role`,
  );
  console.log(
    `  embedded (files, memory)        ${embedded.micros.toFixed(0).padStart(6)} µs   answered ${embedded.answered} / ${embedded.sent}`,
  );
  console.log(
    `  PostgreSQL + Redis              ${scale.micros.toFixed(0).padStart(6)} µs   answered ${scale.answered} / ${scale.sent}`,
  );
  console.log(
    `  ratio                           ${ratio.toFixed(2).padStart(6)} ×    target ≤ ${TARGET_RATIO}×  ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`,
  );
  if (embedded.problems + scale.problems > 0)
    console.log(
      `  app warnings/errors: embedded ${embedded.problems}, scale ${scale.problems}: ${embedded.first || scale.first}`,
    );
}
