import { type FSWatcher, watch } from 'node:fs';
import { type AnswerEngine, createAnswerEngine, type Learned } from './engine';
import { formatProblem, type KnowledgeProblem } from './errors';
import { loadKnowledge, readKnowledge } from './knowledge/load';
import type { KnowledgeBase } from './knowledge/types';

/** What a reload did. */
export type ReloadResult =
  | { ok: true; version: string; changed: boolean }
  | { ok: false; problems: KnowledgeProblem[]; kept: string };

/** Where reload news goes (the app's logger in production). */
export interface ReloadLog {
  info(message: string): void;
  error(message: string): void;
}

/** Where the classifier's weights come from: the cache at once, or training off the request path. */
export interface Learner {
  cached(kb: KnowledgeBase): Learned | undefined;
  train(kb: KnowledgeBase): Promise<Learned | undefined>;
}

/** The engine over the knowledge folder as it is now, swapped atomically when a valid edit arrives. */
export interface LiveKnowledge {
  /** The current engine. A caller holding an older one can finish with it: engines are immutable. */
  engine(): AnswerEngine;
  /** Re-reads the folder; a broken edit is logged and the last good knowledge stays in service. */
  reload(): ReloadResult;
  /** Reloads on file changes, debounced; returns a function that stops watching. */
  watch(debounceMs?: number): () => void;
  /** Settles when the knowledge being served has its classifier (or training gave up). */
  settled(): Promise<void>;
  /** What the latest reload did (undefined before the first), so a caller can show a broken edit's problems. */
  lastReload(): ReloadResult | undefined;
}

/** Loads the folder (throwing a KnowledgeError if it is broken: the app must not start) and keeps it live. */
export function createLiveKnowledge(dir: string, log: ReloadLog, learner?: Learner): LiveKnowledge {
  const first = loadKnowledge(dir);
  let current!: AnswerEngine;
  let newest = first.version;
  let training: Promise<void> = Promise.resolve();
  let last: ReloadResult | undefined;

  /**
   * Serves `kb` with its classifier: at once when its weights are cached, else once they are trained,
   * the engine serving now answering meanwhile (at start-up, the rules alone over `kb`).
   * `announce` is logged when `kb` starts answering.
   */
  function serve(kb: KnowledgeBase, atStart: boolean, announce?: string): void {
    newest = kb.version;
    const cached = learner?.cached(kb);
    const swap = (engine: AnswerEngine, how = '') => {
      current = engine;
      if (announce) log.info(`${announce}${how}`);
    };
    if (!learner || cached) {
      swap(createAnswerEngine(kb, cached));
      return;
    }
    if (atStart) current = createAnswerEngine(kb);
    else
      log.info(
        `knowledge ${kb.version} read; training the classifier, still answering from ${current.knowledge.version}`,
      );
    const started = Date.now();
    training = learner.train(kb).then(
      (learned) => {
        if (newest !== kb.version) return;
        swap(createAnswerEngine(kb, learned), `; classifier trained in ${Date.now() - started} ms`);
        if (atStart) log.info(`classifier ready for knowledge ${kb.version} (${Date.now() - started} ms)`);
      },
      (error: unknown) => {
        if (newest !== kb.version) return;
        log.error(
          `classifier training failed, answering with the rules only: ${(error as Error)?.message ?? error}`,
        );
        swap(createAnswerEngine(kb));
      },
    );
  }
  serve(first, true);

  function reload(): ReloadResult {
    last = readAndSwap();
    return last;
  }

  function readAndSwap(): ReloadResult {
    const { knowledge, problems } = readKnowledge(dir);
    const kept = current.knowledge.version;
    if (!knowledge) {
      log.error(
        `knowledge reload failed, still serving ${kept}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      );
      return { ok: false, problems, kept };
    }
    if (knowledge.version === newest) return { ok: true, version: knowledge.version, changed: false };
    serve(
      knowledge,
      false,
      `knowledge reloaded: ${knowledge.version} (${knowledge.roles.length} roles, ${knowledge.comparisons.length} comparisons, ${knowledge.faqs.length} FAQs)`,
    );
    return { ok: true, version: knowledge.version, changed: true };
  }

  function watchFolder(debounceMs = 300): () => void {
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    try {
      watcher = watch(dir, { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(reload, debounceMs);
      });
      watcher.on('error', (error) => log.error(`knowledge watch stopped: ${error.message}`));
    } catch (error) {
      log.error(
        `cannot watch ${dir}: ${error instanceof Error ? error.message : String(error)}; reload with SIGHUP`,
      );
    }
    return () => {
      clearTimeout(timer);
      watcher?.close();
    };
  }

  return {
    engine: () => current,
    reload,
    watch: watchFolder,
    settled: () => training,
    lastReload: () => last,
  };
}
