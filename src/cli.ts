#!/usr/bin/env node
import { type CliIo, processIo } from './commands/io';
import { runKb } from './commands/kb';
import { readDatabaseUrl, readDataDir, readKnowledgeDir, readModelPlaces } from './config';
import type { FeedbackStore } from './store/types';

export const MAIN_HELP = `role-bot: answers questions about team roles, offline.

Usage: role-bot ask [--json] "<question>"     answer a question (see role-bot ask --help)
       role-bot kb check                      validate the knowledge folder
       role-bot train                         train the classifier on the knowledge (cached)
       role-bot kb stale                      list entries due for a review, oldest first
       role-bot kb --json                     print the loaded knowledge base
       role-bot report [--json] [--since 7d]  unanswered questions, votes, phrasings to learn
       role-bot learn [--list | --accept 1,3]  add phrasings people chose to the knowledge
       role-bot preview [--port N]            a local page showing answers as Slack would
       role-bot db migrate                    create or update the PostgreSQL schema (DATABASE_URL)
       role-bot --help

Every command takes --knowledge DIR to read another knowledge folder (also KNOWLEDGE_DIR); the default
is the one shipped with role-bot, whatever the current directory.
Exit codes: 0 success, 1 the knowledge has problems, 2 bad usage.`;

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(
  argv: string[],
  io: CliIo = processIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const option = takeKnowledgeOption(argv);
  if ('error' in option) {
    io.err(`${option.error}\n\n${MAIN_HELP}`);
    return 2;
  }
  const [command, ...rest] = option.args;
  const knowledgeDir = option.dir ?? readKnowledgeDir();
  switch (command) {
    case 'kb':
      return runKb(rest, knowledgeDir, io);
    case 'ask': {
      const { runAsk } = await import('./commands/ask');
      return runAsk(rest, knowledgeDir, io, stdin, readModelPlaces());
    }
    case 'train': {
      const { runTrain } = await import('./commands/train');
      return runTrain(rest, knowledgeDir, io, readModelPlaces());
    }
    case 'report': {
      const { runReport } = await import('./commands/report');
      return withStore((store) => runReport(rest, store, knowledgeDir, io));
    }
    case 'learn': {
      const { runLearn } = await import('./commands/learn');
      return withStore((store) => runLearn(rest, store, knowledgeDir, io, stdin));
    }
    case 'db': {
      const { runDb } = await import('./commands/db');
      return runDb(rest, readDatabaseUrl(), io);
    }
    case 'preview': {
      const { runPreview } = await import('./commands/preview');
      return runPreview(rest, knowledgeDir, io);
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(MAIN_HELP);
      return command === undefined ? 2 : 0;
    default:
      io.err(`Unknown command "${command}".\n\n${MAIN_HELP}`);
      return 2;
  }
}

/** Runs `work` on the configured feedback store (PostgreSQL when DATABASE_URL is set, else DATA_DIR), closed after. */
async function withStore(work: (store: FeedbackStore) => Promise<number>): Promise<number> {
  const { openFeedbackStore } = await import('./store/open-store');
  const store = await openFeedbackStore({ databaseUrl: readDatabaseUrl(), dataDir: readDataDir() });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** `--knowledge DIR` or `--knowledge=DIR` anywhere in the arguments: the folder, and the arguments without it. */
export function takeKnowledgeOption(argv: string[]): { dir?: string; args: string[] } | { error: string } {
  const args: string[] = [];
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg !== '--knowledge' && !arg.startsWith('--knowledge=')) {
      args.push(arg);
      continue;
    }
    dir = arg === '--knowledge' ? argv[++i] : arg.slice('--knowledge='.length);
    if (!dir) return { error: '--knowledge needs a folder, such as --knowledge ./knowledge.' };
  }
  return { dir, args };
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
