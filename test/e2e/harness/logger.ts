import { type Logger, LogLevel } from '@slack/bolt';

/** A Bolt/WebClient logger that keeps lines in memory; set SLACK_TEST_LOG=1 to also print them. */
export interface CapturedLogger {
  logger: Logger;
  /** Lines as '<level> <message>'. */
  lines: string[];
  /** Lines at warn or error level. */
  problems(): string[];
}

/** Creates a quiet logger for App/WebClient options so expected rejections don't clutter test output. */
export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  let level: LogLevel = LogLevel.DEBUG;
  const log =
    (name: string) =>
    (...msg: unknown[]): void => {
      const line = `${name} ${msg.map((m) => (typeof m === 'string' ? m : String(m))).join(' ')}`;
      lines.push(line);
      if (process.env.SLACK_TEST_LOG) process.stderr.write(`${line}\n`);
    };
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
  return {
    logger,
    lines,
    problems: () => lines.filter((l) => l.startsWith('warn') || l.startsWith('error')),
  };
}
