import { createInterface } from 'node:readline';
import { type Answer, type AnswerEngine, createAnswerEngine } from '../engine';
import { formatProblem } from '../errors';
import { readKnowledge } from '../knowledge/load';
import { learnedFor, type ModelPlaces } from '../model/train';
import { shortReply } from '../render/short-replies';
import { renderAnswerText } from '../render/text';
import type { CliIo } from './io';

export const ASK_HELP = `Usage: role-bot ask "<question>"          print the answer for a person to read
       role-bot ask --json "<question>"   print the answer as one JSON object
       role-bot ask --json                read questions from standard input, one a line,
                                          and print one JSON object a line, in order

Examples:
  role-bot ask "compare po techlead"
  role-bot ask "can one person be PO and tech lead?"
  printf 'who owns the backlog?\\ntl or em\\n' | role-bot ask --json

JSON fields: query, kind (faq | comparison | role | list | help | none), confidence (0..1),
alternatives, notes, plus id (faq, role) or roles (comparison: two role ids), examples (help),
also (faq: the ids of further FAQs the answer includes, such as the other side of "pros and cons"),
asksWho (the role ids whose holders a question like "who is our PO?" asks for).
Exit codes: 0 answered (an honest "none" is an answer), 1 the knowledge has problems, 2 bad usage.`;

/** The JSON form of an answer: the contract in DESIGN.md. */
export function answerToJson(answer: Answer): Record<string, unknown> {
  const base = {
    query: answer.query,
    kind: answer.kind,
    confidence: answer.confidence,
    alternatives: answer.alternatives,
    notes: answer.notes,
    ...(answer.asksWho ? { asksWho: answer.asksWho } : {}),
  };
  switch (answer.kind) {
    case 'faq':
      return {
        ...base,
        id: answer.faq.id,
        question: answer.faq.question,
        answer: answer.faq.answer,
        ...(answer.also?.length ? { also: answer.also.map((f) => f.id) } : {}),
      };
    case 'role':
      return { ...base, id: answer.role.id, name: answer.role.name };
    case 'comparison':
      return {
        ...base,
        roles: [answer.comparison.a.id, answer.comparison.b.id],
        curated: answer.comparison.curated,
      };
    case 'none':
      return { ...base, suggestions: answer.suggestions };
    case 'help':
      // The examples the text form shows; a one-line reply to thanks shows none.
      return { ...base, examples: shortReply(answer) ? [] : answer.examples };
    default:
      return base;
  }
}

/** `role-bot ask`: one question from the arguments, or many from standard input with --json. */
export async function runAsk(
  args: string[],
  knowledgeDir: string,
  io: CliIo,
  stdin: NodeJS.ReadableStream,
  places?: ModelPlaces,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(ASK_HELP);
    return 0;
  }
  const json = args.includes('--json');
  const unknownFlag = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknownFlag) {
    io.err(`Unknown option ${unknownFlag}.\n\n${ASK_HELP}`);
    return 2;
  }
  const question = args.filter((a) => a !== '--json').join(' ');
  const { knowledge, problems } = readKnowledge(knowledgeDir);
  if (!knowledge) {
    for (const p of problems) io.err(formatProblem(p));
    return 1;
  }
  const engine = createAnswerEngine(knowledge, learnedFor(knowledge, places));
  if (json && args.filter((a) => a !== '--json').length === 0) return answerLines(engine, io, stdin);
  const answer = engine.answer(question);
  io.out(
    json
      ? JSON.stringify(answerToJson(answer))
      : renderAnswerText(answer, { width: io.columns, comparisons: knowledge.comparisons }).trimEnd(),
  );
  return 0;
}

async function answerLines(engine: AnswerEngine, io: CliIo, stdin: NodeJS.ReadableStream): Promise<number> {
  const lines = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    try {
      io.out(JSON.stringify(answerToJson(engine.answer(line))));
    } catch (error) {
      // One bad line must not stop a batch: report it in place, keep the order, go on.
      io.out(
        JSON.stringify({
          query: line,
          kind: 'error',
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  return 0;
}
