import { unescapeMrkdwn } from '../render/escape';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Addresses a preview link may point to; anything else (javascript:, data:) stays plain text. */
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** A Slack `<…>` token as HTML: links, and mentions shown as the text Slack would show. */
function angleToken(inner: string): string {
  const bar = inner.indexOf('|');
  const target = unescapeMrkdwn(bar >= 0 ? inner.slice(0, bar) : inner);
  const label = unescapeMrkdwn(bar >= 0 ? inner.slice(bar + 1) : '');
  if (target.startsWith('!')) return `<span class="mention">@${escapeHtml(label || target.slice(1))}</span>`;
  if (target.startsWith('@')) return `<span class="mention">@${escapeHtml(label || target.slice(1))}</span>`;
  if (target.startsWith('#')) return `<span class="mention">#${escapeHtml(label || target.slice(1))}</span>`;
  if (!SAFE_URL.test(target)) return escapeHtml(`<${unescapeMrkdwn(inner)}>`);
  const text = escapeHtml(label || target);
  return `<a href="${escapeHtml(target)}" rel="noopener noreferrer" target="_blank">${text}</a>`;
}

/** Where a mark may open: start of text, after a space or opening punctuation. */
const OPEN = '(^|[\\s(\\[“"\'])';
/** Where a mark may close: end of text, before a space or punctuation. */
const CLOSE = '(?=$|[\\s).,;:!?\\]”"\'…])';
const mark = (ch: string) => new RegExp(`${OPEN}\\${ch}([^\\${ch}\\n]*[^\\s\\${ch}])\\${ch}${CLOSE}`, 'g');
const STYLES: [RegExp, string][] = [
  [mark('*'), 'strong'],
  [mark('_'), 'em'],
  [mark('~'), 's'],
];

/** Bold, italics, strike-through and emoji codes in text that is already HTML-escaped. */
function styles(html: string): string {
  let out = html;
  for (const [re, tag] of STYLES) out = out.replace(re, `$1<${tag}>$2</${tag}>`);
  return out.replace(/:([a-z0-9_+-]+):/g, '<span class="emoji">:$1:</span>');
}

/** Plain mrkdwn text (no `<…>` tokens) as HTML: entities decoded, escaped, `code` kept literal, then styled. */
function textToHtml(text: string): string {
  return unescapeMrkdwn(text)
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : styles(escapeHtml(part))))
    .join('');
}

/** One mrkdwn line as HTML: `<url|label>` links and mentions, then the text between them. */
function lineToHtml(line: string): string {
  return line
    .split(/(<[^<>\n]+>)/)
    .map((part, i) => (i % 2 ? angleToken(part.slice(1, -1)) : textToHtml(part)))
    .join('');
}

/**
 * Slack mrkdwn as HTML, the way Slack shows it: bold, italics, strike, code, links, mentions as text,
 * `•` lines as a list, line breaks kept. Emoji codes stay text. Everything is escaped.
 */
export function mrkdwnToHtml(mrkdwn: string): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    items = [];
  };
  for (const line of mrkdwn.split('\n')) {
    const bullet = /^\s*[•◦▪-]\s+(.*)$/.exec(line);
    if (bullet) {
      items.push(lineToHtml(bullet[1] ?? ''));
      continue;
    }
    flush();
    out.push(`${lineToHtml(line)}<br>`);
  }
  flush();
  return out.join('').replace(/(<br>)+$/, '');
}

/** Plain text (a header, a button label) as HTML: escaped, emoji codes shown as text. */
export function plainToHtml(text: string): string {
  return escapeHtml(text).replace(/:([a-z0-9_+-]+):/g, '<span class="emoji">:$1:</span>');
}
