import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import type { AppToBench, BenchToApp } from './e2e-protocol';

/** A transpiled copy of src/ and the bench's child entries, runnable with plain node (no ts-node in the app's RSS). */
export interface Transpiled {
  dir: string;
  /** The app under test (bench/e2e-app.ts). */
  entry: string;
  /** The reference servers (bench/e2e-floor.ts). */
  floorEntry: string;
  files: number;
  ms: number;
}

/** The bench files that run in the children, beside src/**. */
const CHILD_FILES = ['e2e-app.ts', 'e2e-floor.ts', 'e2e-child-side.ts', 'e2e-protocol.ts'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return tsFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Transpiles src/** and the bench's child files with tsconfig.json's options into a temp folder. */
export function transpileApp(root = process.cwd()): Transpiled {
  const started = performance.now();
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config ?? {};
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions ?? {}, root);
  const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: false, declaration: false };
  const dir = mkdtempSync(join(tmpdir(), 'role-bot-bench-'));
  const sources = [...tsFiles(join(root, 'src')), ...CHILD_FILES.map((f) => join(root, 'bench', f))];
  for (const file of sources) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions,
      fileName: file,
    });
    const out = join(dir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  return {
    dir,
    entry: join(dir, 'bench', 'e2e-app.js'),
    floorEntry: join(dir, 'bench', 'e2e-floor.js'),
    files: sources.length,
    ms: performance.now() - started,
  };
}

export function removeTranspiled(t: Transpiled): void {
  rmSync(t.dir, { recursive: true, force: true });
}

type Ready = Extract<AppToBench, { type: 'ready' }>;
type Stats = Extract<AppToBench, { type: 'stats' }>;

/** The app under test, running in its own node process. */
export interface AppChild {
  readonly pid: number | undefined;
  readonly ready: Ready;
  /** ms from fork() to the 'ready' message, as the parent saw it. */
  readonly spawnToReadyMs: number;
  stats(): Promise<Stats>;
  /** Asks the app to stop; kills this child (by its handle) if it has not exited within 3 s. */
  stop(): Promise<void>;
}

function next<T extends AppToBench['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<AppToBench, { type: T }>> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => done(new Error(`e2e app: no '${type}' within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (m: AppToBench) => {
      if (m.type === type) done(undefined, m as Extract<AppToBench, { type: T }>);
    };
    const onExit = (code: number | null) => done(new Error(`e2e app exited (${code}) before '${type}'`));
    const done = (error?: Error, m?: Extract<AppToBench, { type: T }>) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error || !m) reject(error);
      else resolvePromise(m);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The node flags `npm start` runs the app with (read from package.json), plus any in BENCH_APP_FLAGS (e.g. `--cpu-prof`). */
export const appFlags = [...startFlags(), ...(process.env.BENCH_APP_FLAGS ?? '').split(' ').filter(Boolean)];

function startFlags(): string[] {
  const start: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts?.start ?? '';
  return start.split(' ').filter((w) => w.startsWith('--'));
}

/** Forks the transpiled app entry with plain node (cwd = repo root, so `knowledge/` is the shipped one). */
export function startAppChild(
  t: Transpiled,
  apiUrl: string,
  env: Record<string, string> = {},
): Promise<AppChild> {
  return startChild(t.entry, [apiUrl], process.cwd(), env);
}

/** Forks a reference server (bench/e2e-floor.ts) that answers every /role with the reply in `replyFile`. */
export function startFloorChild(
  t: Transpiled,
  kind: 'node-http' | 'bolt',
  replyFile: string,
  apiUrl: string,
): Promise<AppChild> {
  return startChild(t.floorEntry, [kind, replyFile, apiUrl]);
}

async function startChild(
  entry: string,
  args: string[],
  root = process.cwd(),
  extraEnv: Record<string, string> = {},
): Promise<AppChild> {
  const started = performance.now();
  const child = fork(entry, args, {
    cwd: root,
    execArgv: appFlags,
    env: { ...process.env, ...extraEnv, NODE_PATH: resolve(root, 'node_modules'), NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let ready: Ready;
  try {
    ready = await next(child, 'ready', 10_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  const spawnToReadyMs = performance.now() - started;
  const send = (m: BenchToApp) => child.send(m);
  return {
    pid: child.pid,
    ready,
    spawnToReadyMs,
    stats() {
      const reply = next(child, 'stats', 5_000);
      send({ type: 'stats' });
      return reply;
    },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolvePromise) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolvePromise();
        });
        send({ type: 'stop' });
      });
    },
  };
}
