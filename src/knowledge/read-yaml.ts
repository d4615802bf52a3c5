import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeProblem } from '../errors';

/** A parsed YAML file, kept with what it takes to point a problem at a line. */
export interface YamlFile {
  file: string;
  data: unknown;
  text: string;
  /** The document with positions, built only when a problem needs a line number. */
  located?: { doc: Document; lines: LineCounter };
}

/**
 * Reads and parses one YAML file. js-yaml parses the (valid, usual) case fast; when it refuses, the
 * `yaml` library reads the file again to report each syntax error with its line. Both use YAML 1.2's
 * core schema, so `yes` stays a string and dates stay text.
 */
export function readYaml(absPath: string, file: string, problems: KnowledgeProblem[]): YamlFile | undefined {
  const text = readFileSync(absPath, 'utf8');
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return readReportingErrors(text, file, problems);
  }
  return present(data, file, problems) ? { file, data, text } : undefined;
}

function readReportingErrors(text: string, file: string, problems: KnowledgeProblem[]): YamlFile | undefined {
  const located = locate(text);
  const { doc, lines } = located;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
      problems.push({ file, field: `line ${line}`, problem: `invalid YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // An unquoted value starting with `*` (Slack bold) reads as a YAML alias that does not exist.
    const message = error instanceof Error ? error.message : String(error);
    problems.push({
      file,
      field: '(file)',
      problem: `invalid YAML: ${message}; quote values that start with * or &`,
    });
    return undefined;
  }
  return present(data, file, problems) ? { file, data, text, located } : undefined;
}

function present(data: unknown, file: string, problems: KnowledgeProblem[]): boolean {
  if (data !== null && data !== undefined) return true;
  problems.push({ file, field: '(file)', problem: 'is empty' });
  return false;
}

/**
 * Parses again with positions. The `yaml` library is loaded here, on the first problem, not at start-up:
 * valid knowledge never needs it, and loading it costs the running bot about 8 MB of memory.
 */
function locate(text: string): { doc: Document; lines: LineCounter } {
  const { LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
}

/** The line a value sits on, when the path leads to a node in the document. */
export function lineOf(y: YamlFile, path: readonly PropertyKey[]): number | undefined {
  y.located ??= locate(y.text);
  // biome-ignore lint/suspicious/noExplicitAny: the yaml library types getIn's node loosely
  const node = y.located.doc.getIn(path as unknown[], true) as any;
  const start = node?.range?.[0];
  return typeof start === 'number' ? y.located.lines.linePos(start).line : undefined;
}

/** `differences[2].a` from `['differences', 2, 'a']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(file)';
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'is required';
    const got = Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`;
    const want =
      issue.expected === 'array'
        ? 'a list'
        : issue.expected === 'object'
          ? 'a mapping'
          : `a ${issue.expected}`;
    return `must be ${want}, not ${got}`;
  }
  return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/**
 * Validates parsed YAML against a schema; every issue becomes a problem.
 * `name` lets list files label entries by their id (`who-owns-backlog.answer`) instead of an index.
 */
export function validate<T>(
  y: YamlFile,
  schema: z.ZodType<T>,
  problems: KnowledgeProblem[],
  name: (path: readonly PropertyKey[]) => string = fieldPath,
): T | undefined {
  const result = schema.safeParse(y.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const line = lineOf(y, path);
      const what = key === undefined ? describeIssue(issue, valueAt(y.data, path)) : 'unknown field';
      problems.push({ file: y.file, field: name(path), problem: line ? `${what} (line ${line})` : what });
    }
  }
  return undefined;
}
