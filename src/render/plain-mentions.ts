/**
 * Slack's markup for people and groups (`<@U1|ann>`, `<!subteam^S1|@leads>`, `<!here>`) as plain
 * `@name` text, the rest of the mrkdwn untouched: for text written by a person that role-bot shows
 * again somewhere else, where those mentions must not ping anyone a second time.
 */
export function withoutPings(mrkdwn: string): string {
  return mrkdwn
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_m, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|@?([^>]+))?>/g, (_m, name?: string) => `@${name ?? 'team'}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '')
    .trim();
}
