import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, type Logger } from '@slack/bolt';

/** Where Slack posts events, commands and interactions (Bolt's default endpoint). */
export const EVENTS_PATH = '/slack/events';

/** Slack's window for `x-slack-request-timestamp`: requests signed further from now, either way, are refused. */
export const TIMESTAMP_WINDOW_S = 5 * 60;

/**
 * A request still without a response this long after it arrived gets a 500. Bolt answers every request
 * it handles within about 3 s (its own timeout for listeners that never ack), so this only catches a
 * failure nobody else answered.
 */
export const NO_ANSWER_MS = 10_000;

/** What the guard needs: a logger (looked up per request, as the app's logger exists only later) and a clock. */
export interface GuardOptions {
  logger: () => Logger;
  now?: () => number;
  noAnswerMs?: number;
}

/**
 * Wraps Bolt's request listener so no request can end the process or go unanswered: timestamps outside
 * Slack's window are refused both ways, bodies that are not a JSON object are refused before Bolt reads
 * them (Bolt assumes an object), and any failure is logged and answered with a 500.
 */
export function guardRequests(listener: RequestListener, options: GuardOptions): RequestListener {
  return (req, res) => {
    const watchdog = setTimeout(() => {
      fail(res, options.logger(), 'no response in time', `${req.method} ${pathOf(req)}`);
    }, options.noAnswerMs ?? NO_ANSWER_MS);
    watchdog.unref();
    res.on('close', () => clearTimeout(watchdog));
    checkThenPass(listener, req, res, options).catch((error: unknown) => {
      fail(res, options.logger(), 'request failed', error instanceof Error ? error.message : String(error));
    });
  };
}

async function checkThenPass(
  listener: RequestListener,
  req: IncomingMessage,
  res: ServerResponse,
  options: GuardOptions,
): Promise<void> {
  if (req.method !== 'POST' || pathOf(req) !== EVENTS_PATH) return listener(req, res);
  const logger = options.logger();
  const nowS = Math.floor((options.now?.() ?? Date.now()) / 1000);
  const stamp = Number(req.headers['x-slack-request-timestamp']);
  if (Number.isFinite(stamp) && Math.abs(nowS - stamp) > TIMESTAMP_WINDOW_S) {
    logger.warn(`refused a request signed ${stamp - nowS} s from now: outside Slack's 5-minute window`);
    return answer(res, 401);
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(
      await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit),
    );
  } catch (error) {
    if (HTTPModuleFunctions.isRawBodyError(error)) {
      logger.warn(`refused a request body: ${error.message}`);
      return answer(res, (error as { statusCode: number }).statusCode);
    }
    // Not JSON (or a form without JSON): Bolt checks the signature first, then answers 401 or 400.
    return listener(req, res);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    logger.warn(`refused a request whose body is ${body === null ? 'null' : typeof body}, not a JSON object`);
    return answer(res, 400);
  }
  return listener(req, res);
}

function fail(res: ServerResponse, logger: Logger, what: string, detail: string): void {
  logger.error(`${what}: ${detail}`);
  answer(res, 500);
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  res.writeHead(status);
  res.end();
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}
