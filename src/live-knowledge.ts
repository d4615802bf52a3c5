import { type FSWatcher, watch } from 'node:fs';
import { type AnswerEngine, createAnswerEngine } from './engine';
import { formatProblem, type KnowledgeProblem } from './errors';
import { loadKnowledge, readKnowledge } from './knowledge/load';

/** What a reload did. */
export type ReloadResult =
  | { ok: true; version: string; changed: boolean }
  | { ok: false; problems: KnowledgeProblem[]; kept: string };

/** Where reload news goes (the app's logger in production). */
export interface ReloadLog {
  info(message: string): void;
  error(message: string): void;
}

/** The engine over the knowledge folder as it is now, swapped atomically when a valid edit arrives. */
export interface LiveKnowledge {
  /** The current engine. A caller holding an older one can finish with it: engines are immutable. */
  engine(): AnswerEngine;
  /** Re-reads the folder; a broken edit is logged and the last good knowledge stays in service. */
  reload(): ReloadResult;
  /** Reloads on file changes, debounced; returns a function that stops watching. */
  watch(debounceMs?: number): () => void;
  /** What the latest reload did (undefined before the first), so a caller can show a broken edit's problems. */
  lastReload(): ReloadResult | undefined;
}

/** Loads the folder (throwing a KnowledgeError if it is broken: the app must not start) and keeps it live. */
export function createLiveKnowledge(dir: string, log: ReloadLog): LiveKnowledge {
  let current = createAnswerEngine(loadKnowledge(dir));
  let last: ReloadResult | undefined;

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
    if (knowledge.version === kept) return { ok: true, version: kept, changed: false };
    current = createAnswerEngine(knowledge);
    log.info(
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

  return { engine: () => current, reload, watch: watchFolder, lastReload: () => last };
}
