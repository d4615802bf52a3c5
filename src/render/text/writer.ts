import type { Suggestion } from '../../engine';

/** Lines for a terminal, wrapped at a width: the few moves every answer kind is written with. */
export class TextWriter {
  private readonly lines: string[] = [];

  constructor(readonly width: number) {}

  /** A wrapped paragraph of mrkdwn shown as plain text, optionally indented. */
  para(text: string, indent = ''): void {
    this.lines.push(...wrap(plain(text), this.width - indent.length).map((l) => indent + l));
  }

  /** A blank line, then the title in capitals, underlined. */
  heading(text: string): void {
    this.lines.push('', text.toUpperCase(), '─'.repeat(Math.min(this.width, text.length)));
  }

  /** A bulleted list, continuation lines indented under the text. */
  bullets(items: readonly string[]): void {
    for (const item of items) {
      wrap(plain(item), this.width - 4).forEach((l, i) => {
        this.lines.push(`${i === 0 ? '  • ' : '    '}${l}`);
      });
    }
  }

  /** "Title:" and the suggestions' labels as bullets; nothing when there are none. */
  suggestions(title: string, items: readonly Suggestion[]): void {
    if (items.length === 0) return;
    this.lines.push('', `${title.replace(/…$/, '')}:`);
    this.bullets(items.map((s) => s.label));
  }

  /** Lines as they are (already laid out). */
  raw(...lines: string[]): void {
    this.lines.push(...lines);
  }

  /** The text, without leading blank lines, ending in one newline. */
  toString(): string {
    return `${this.lines.join('\n').replace(/^\n+/, '')}\n`;
  }
}

/** Slack mrkdwn to plain text: bold and italic marks off, entities decoded. */
export function plain(text: string): string {
  return text
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Pads to a width in characters (not UTF-16 units). */
export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** Wraps text at word boundaries; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while ([...word].length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
