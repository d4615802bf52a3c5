/** Slack error codes that mean the bot is not allowed in the conversation. */
export function isNotInChannel(error: unknown): boolean {
  const code = (error as { data?: { error?: string } })?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found';
}

/** The Web API error code of a failed call, for logs and friendly messages. */
export function slackErrorCode(error: unknown): string {
  return (
    (error as { data?: { error?: string } })?.data?.error ??
    (error instanceof Error ? error.message : 'unknown')
  );
}
