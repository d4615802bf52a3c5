import { describeFailure } from '../health';
import { createJsonlStore } from '../store/jsonl-store';
import type { FeedbackStore, StoreScan } from '../store/types';
import type { CliIo } from './io';

/**
 * Reads the store for `report` and `learn`: a FeedbackStore, or the JSON Lines files in a folder. Notes skipped
 * lines; says why and resolves undefined when the store cannot be read (a database that is down).
 */
export async function scanStore(
  source: FeedbackStore | string,
  since: Date | undefined,
  io: CliIo,
): Promise<(StoreScan & { where: string }) | undefined> {
  const store = typeof source === 'string' ? createJsonlStore(source) : source;
  try {
    const scan = await store.scan(since);
    if (scan.skipped > 0) io.err(`note: skipped ${scan.skipped} unreadable line(s) in ${store.where}`);
    return { ...scan, where: store.where };
  } catch (error) {
    io.err(`Could not read the records in ${store.where}: ${describeFailure(error)}`);
    return undefined;
  }
}
