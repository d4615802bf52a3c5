/**
 * Escapes text for Slack mrkdwn and message `text`: only `&`, `<` and `>` are control characters there,
 * so `<!channel>` or `<@U123>` typed by a person shows as typed instead of pinging anyone.
 * `&` goes first so the entities written for `<` and `>` are not escaped twice.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reverses `escapeMrkdwn` (`&amp;` last), for values that travel escaped and are read back as typed. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
