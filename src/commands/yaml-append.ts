import { type Document, isMap, isSeq, type Node, parseDocument, stringify } from 'yaml';

/** A path into a YAML document: map keys and list indexes. */
export type YamlPath = readonly (string | number)[];

const SCALAR = { lineWidth: 0 } as const;
const FLOW = { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 } as const;

/**
 * Appends `item` to the list at `path` in YAML `text`, creating the list (under its map) when it
 * is missing. Every other byte stays as it was: the new lines are spliced in where the document's
 * nodes say the list ends. The result is checked against the same edit made through the Document
 * API; if the two disagree (an unusual layout), the Document's own rendering is used, which keeps
 * the comments but may reformat.
 */
export function appendToList(text: string, path: YamlPath, item: unknown): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`invalid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
  const expected = doc.clone();
  const list = expected.getIn(path, true);
  if (isSeq(list)) list.add(expected.createNode(item));
  else if (list === undefined || list === null) expected.setIn(path, expected.createNode([item]));
  else throw new Error(`${path.join('.') || 'the file'} is not a list`);
  const want = JSON.stringify(expected.toJS());
  const spliced = splice(text, doc, path, item);
  if (spliced !== undefined && sameData(spliced, want)) return spliced;
  return expected.toString({ lineWidth: 0 });
}

function sameData(text: string, want: string): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === want;
}

/** The spliced text, or undefined when the layout is not one this knows how to extend in place. */
function splice(text: string, doc: Document, path: YamlPath, item: unknown): string | undefined {
  const list = doc.getIn(path, true) as Node | undefined;
  if (isSeq(list) && list.flow) return intoFlowList(text, list, item);
  if (isSeq(list)) return intoBlockList(text, list.items.at(-1) as Node | undefined, item);
  if (path.length === 0) return atEnd(text, '', `- ${block(item, 2)}`);
  const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
  if (!isMap(parent) || parent.flow) return undefined;
  const last = parent.items.at(-1);
  const key = last?.key as Node | undefined;
  const value = (last?.value ?? key) as Node | undefined;
  if (!key?.range || !value?.range) return undefined;
  const indent = text.slice(lineStart(text, key.range[0]), key.range[0]);
  if (!/^ *$/.test(indent)) return undefined;
  return insertLine(text, value.range[1], indent, block({ [String(path.at(-1))]: [item] }, indent.length));
}

function intoFlowList(text: string, list: Node, item: unknown): string | undefined {
  const end = list.range?.[1];
  if (end === undefined || text[end - 1] !== ']') return undefined;
  const inner = stringify([item], FLOW).trim().slice(1, -1);
  const items = isSeq(list) ? list.items : [];
  const last = items.at(-1) as Node | undefined;
  if (!last?.range)
    return items.length === 0 ? `${text.slice(0, end - 1)}${inner}${text.slice(end - 1)}` : undefined;
  return `${text.slice(0, last.range[1])}, ${inner}${text.slice(last.range[1])}`;
}

function intoBlockList(text: string, last: Node | undefined, item: unknown): string | undefined {
  if (!last?.range) return undefined;
  const dash = text.slice(lineStart(text, last.range[0]), last.range[0]);
  if (!/^ *- +$/.test(dash)) return undefined;
  return insertLine(text, last.range[1], '', `${dash}${block(item, dash.length)}`);
}

/** `value` as YAML lines, every line after the first indented by `indent` more spaces. */
function block(value: unknown, indent: number): string {
  const lines = stringify(value, SCALAR).trimEnd().split('\n');
  return lines.map((line, i) => (i === 0 || !line ? line : `${' '.repeat(indent)}${line}`)).join('\n');
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** Inserts `indent + body` as new lines after the line on which the node ending at `end` ends. */
function insertLine(text: string, end: number, indent: string, body: string): string {
  const newline = text.indexOf('\n', Math.max(0, end - 1));
  if (newline < 0) return atEnd(text, indent, body);
  return `${text.slice(0, newline + 1)}${indent}${body}\n${text.slice(newline + 1)}`;
}

function atEnd(text: string, indent: string, body: string): string {
  const lead = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${lead}${indent}${body}\n`;
}
