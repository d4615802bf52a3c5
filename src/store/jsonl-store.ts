import { appendFile, mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toFeedbackRecord } from './records';
import type { FeedbackRecord, FeedbackStore, StoreScan } from './types';

export { toFeedbackRecord } from './records';
export type { StoreScan } from './types';

/** The JSON Lines store (the name older callers use). */
export type JsonlFeedbackStore = FeedbackStore;

const FILE_NAME = /^feedback-(\d{4})-(\d{2})\.jsonl$/;

/** The month file a record goes to, by the UTC month of its time: `feedback-2026-11.jsonl`. */
export function monthFileName(at: Date): string {
  return `feedback-${at.toISOString().slice(0, 7)}.jsonl`;
}

/** Parses one file's text; unparseable and blank lines are counted, not thrown. */
function parseLines(text: string, since: number, scan: StoreScan): void {
  const lines = text.split('\n');
  // A file that ends with a newline splits into one empty last piece: that is not a skipped line.
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    let record: FeedbackRecord | undefined;
    try {
      record = toFeedbackRecord(JSON.parse(line));
    } catch {
      record = undefined;
    }
    if (!record) scan.skipped += 1;
    else if (Date.parse(record.at) >= since) scan.records.push(record);
  }
}

/** True when the file exists, is not empty and its last byte is not a newline (a torn last line). */
async function endsMidLine(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] !== 0x0a;
  } finally {
    await handle.close();
  }
}

/** A FeedbackStore that appends JSON Lines to one file a month under `dir`. */
export function createJsonlStore(dir: string): JsonlFeedbackStore {
  let queue: Promise<void> = Promise.resolve();
  const checked = new Set<string>();

  async function write(record: FeedbackRecord): Promise<void> {
    const file = join(dir, monthFileName(new Date(record.at)));
    let line = `${JSON.stringify(record)}\n`;
    if (!checked.has(file)) {
      // A crash in an earlier run may have left a torn line with no newline; start on a fresh
      // line so this record is not glued to it. Once per file is enough: only a run that ended can tear one.
      if (await endsMidLine(file)) line = `\n${line}`;
      checked.add(file);
    }
    // Crash-safe enough: flag 'a' opens with O_APPEND, so the kernel puts every write at the end
    // of the file, and one record is one appendFile, which Node issues as a single write(2) for
    // lines under 512 KiB. A crash can cut off the last line but cannot mix two records; reading
    // skips a cut line.
    await mkdir(dir, { recursive: true });
    await appendFile(file, line, { encoding: 'utf8', flag: 'a' });
  }

  async function scan(since?: Date): Promise<StoreScan> {
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const from = since?.getTime() ?? Number.NEGATIVE_INFINITY;
    const result: StoreScan = { records: [], skipped: 0 };
    for (const name of names.filter((n) => FILE_NAME.test(n)).sort()) {
      const [, year, month] = FILE_NAME.exec(name) ?? [];
      // Skip whole months that end before `since`.
      if (Date.UTC(Number(year), Number(month), 1) <= from) continue;
      parseLines(await readFile(join(dir, name), 'utf8'), from, result);
    }
    // Appends land in arrival order, not always in time order; the interface promises oldest first.
    result.records.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return result;
  }

  return {
    append(record) {
      const clean = toFeedbackRecord(record);
      if (!clean) return Promise.reject(new TypeError('Not a feedback record (check type, at and fields).'));
      // One write at a time, in call order: concurrent appends can never interleave.
      const done = queue.then(() => write(clean));
      queue = done.catch(() => undefined);
      return done;
    },
    async read(since) {
      return (await scan(since)).records;
    },
    scan,
    where: dir,
    close: async () => undefined,
  };
}
