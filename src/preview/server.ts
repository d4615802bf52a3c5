import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatProblem } from '../errors';
import { createLiveKnowledge, type LiveKnowledge, type ReloadLog } from '../live-knowledge';
import { renderPage } from './page';
import { answerRequest } from './route';

/** Where the preview listens: loopback only, so a draft knowledge base is never served to the network. */
export const PREVIEW_HOST = '127.0.0.1';

/** Options for the preview server. */
export interface PreviewOptions {
  knowledgeDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Debounce of the knowledge watcher, in milliseconds. */
  debounceMs?: number;
  log: ReloadLog;
}

/** A running preview. */
export interface Preview {
  url: string;
  live: LiveKnowledge;
  close(): Promise<void>;
}

/** A short hash of what the page shows from the knowledge: its version and the latest edit's problems. */
function stateOf(live: LiveKnowledge): string {
  const last = live.lastReload();
  const problems = last && !last.ok ? last.problems.map(formatProblem).join('\n') : '';
  return createHash('sha256')
    .update(`${live.engine().knowledge.version}\n${problems}`)
    .digest('hex')
    .slice(0, 12);
}

/** Serves `/` (the page, answering `?q=`, `?ask=` and the compare form) and `/state` (for reloading). */
export function handlePreview(live: LiveKnowledge, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://preview.invalid');
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain' })
      .end('method not allowed');
    return;
  }
  if (url.pathname === '/state') {
    res.writeHead(200, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(stateOf(live));
    return;
  }
  if (url.pathname !== '/') {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const engine = live.engine();
  const last = live.lastReload();
  const html = renderPage({
    request: answerRequest(url.searchParams, engine),
    knowledge: engine.knowledge,
    problems: last && !last.ok ? last.problems : [],
    state: stateOf(live),
  });
  res
    .writeHead(200, {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; form-action 'self'",
    })
    .end(req.method === 'HEAD' ? undefined : html);
}

/** Loads the knowledge (throwing a KnowledgeError when it is broken), watches it, and serves the preview. */
export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const live = createLiveKnowledge(opts.knowledgeDir, opts.log);
  const stopWatching = live.watch(opts.debounceMs);
  const server: Server = createServer((req, res) => handlePreview(live, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, PREVIEW_HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    live,
    close: () =>
      new Promise<void>((resolve) => {
        stopWatching();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
