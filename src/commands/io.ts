/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Columns of the terminal, for wrapping; undefined when not a terminal. */
  columns?: number;
}

/** The process's own standard output and error. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};
