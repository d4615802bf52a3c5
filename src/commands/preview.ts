import { KnowledgeError } from '../errors';
import { startPreview } from '../preview/server';
import type { CliIo } from './io';

/** The preview's port unless `--port` says otherwise: beside the app's HTTP default (3000), not on it. */
export const PREVIEW_DEFAULT_PORT = 3100;

export const PREVIEW_HELP = `Usage: role-bot preview [--port N] [--knowledge DIR]

Serves a page on http://127.0.0.1:N/ (loopback only; default port ${PREVIEW_DEFAULT_PORT}, 0 for any free one)
that answers questions the way Slack would, drawn from the same Block Kit, and lists every role,
comparison and FAQ. It reloads when a knowledge file changes; a broken edit shows its
"file: field: problem" lines while the last good answers stay browsable. Ctrl-C stops it.

The folder is DIR, else KNOWLEDGE_DIR (default: knowledge).
Exit codes: 0 stopped, 1 the knowledge has problems at start, 2 bad usage.`;

/** Reads `--port N` and `--knowledge DIR`; undefined on bad usage. */
function parsePreviewArgs(args: string[], knowledgeDir: string): { port: number; dir: string } | undefined {
  let port = PREVIEW_DEFAULT_PORT;
  let dir = knowledgeDir;
  for (let i = 0; i < args.length; i += 2) {
    const value = args[i + 1];
    if (value === undefined) return undefined;
    if (args[i] === '--port' && /^\d+$/.test(value) && Number(value) <= 65535) port = Number(value);
    else if (args[i] === '--knowledge' && value) dir = value;
    else return undefined;
  }
  return { port, dir };
}

/** Resolves on the first SIGINT or SIGTERM. */
function processStop(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** `role-bot preview`: runs the preview server until `until` settles (Ctrl-C by default). */
export async function runPreview(
  args: string[],
  knowledgeDir: string,
  io: CliIo,
  until: () => Promise<void> = processStop,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(PREVIEW_HELP);
    return 0;
  }
  const options = parsePreviewArgs(args, knowledgeDir);
  if (!options) {
    io.err(PREVIEW_HELP);
    return 2;
  }
  const log = { info: (m: string) => io.out(m), error: (m: string) => io.err(m) };
  let preview: Awaited<ReturnType<typeof startPreview>>;
  try {
    preview = await startPreview({ knowledgeDir: options.dir, port: options.port, log });
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    io.err(error.message);
    return 1;
  }
  io.out(`role-bot preview on ${preview.url} (knowledge: ${options.dir}); Ctrl-C stops it`);
  await until();
  await preview.close();
  return 0;
}
