import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One append-only JSON Lines file, read whole: the small logs behind role holders, settings and escalations. */
export interface JsonlLog<T> {
  /** Appends one entry; appends run one at a time, in call order. */
  append(entry: T): Promise<void>;
  /** Every entry `parse` accepts, oldest first; unreadable lines are skipped. */
  readAll(): Promise<T[]>;
}

/**
 * A log in `file`, each line checked by `parse` on the way in and out, so nothing malformed is kept.
 * Entries are cached after the first read: one process writes these files.
 */
export function createJsonlLog<T>(file: string, parse: (value: unknown) => T | undefined): JsonlLog<T> {
  let queue: Promise<void> = Promise.resolve();
  let cache: T[] | undefined;

  async function load(): Promise<T[]> {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const entries: T[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = parse(JSON.parse(line));
        if (entry !== undefined) entries.push(entry);
      } catch {
        // A torn last line after a crash: skipped, like the feedback store does.
      }
    }
    return entries;
  }

  async function write(entry: T): Promise<void> {
    const entries = await readAll();
    await mkdir(dirname(file), { recursive: true });
    // A leading newline keeps a record whole even after a torn line; blank lines are skipped on read.
    await appendFile(file, `\n${JSON.stringify(entry)}`, { encoding: 'utf8', flag: 'a' });
    entries.push(entry);
  }

  async function readAll(): Promise<T[]> {
    cache ??= await load();
    return cache;
  }

  return {
    append(entry) {
      const clean = parse(entry);
      if (clean === undefined) return Promise.reject(new TypeError(`Not a valid entry for ${file}.`));
      const done = queue.then(() => write(clean));
      queue = done.catch(() => undefined);
      return done;
    },
    async readAll() {
      await queue;
      return [...(await readAll())];
    },
  };
}
