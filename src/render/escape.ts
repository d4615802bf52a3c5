/**
 * Control characters (C0, DEL, C1) and bidirectional marks, embeddings, overrides and isolates: invisible,
 * they can ring a terminal, rewrite it with ESC sequences, or show echoed text in another order than typed.
 */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Bidi_Control}]/gu;
/** Controls that only lay text out, kept. */
const LAYOUT = new Set(['\n', '\t']);

/** Removes control and bidirectional-formatting characters (but newline and tab) from text shown back to people. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (c) => (LAYOUT.has(c) ? c : ''));
}

/**
 * Escapes text for Slack mrkdwn and message `text`: only `&`, `<` and `>` are control characters there,
 * so `<!channel>` or `<@U123>` typed by a person shows as typed instead of pinging anyone.
 * `&` goes first so the entities written for `<` and `>` are not escaped twice. Control and bidi
 * characters are dropped: every echo of user text passes through here.
 */
export function escapeMrkdwn(text: string): string {
  return stripUnsafeCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reverses `escapeMrkdwn` (`&amp;` last), for values that travel escaped and are read back as typed. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
