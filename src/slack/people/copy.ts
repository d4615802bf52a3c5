/** Everything the people features say to people, in one place. `<...>` fills are Slack ids, never typed text. */
export const PEOPLE_COPY = Object.freeze({
  notInChannel: 'Role holders are kept per channel: run `/role set` in the channel your team works in.',
  setUsage:
    'Say which role and who holds it: `/role set po @alice` (several people, or a user group like @leads, work too).',
  unsetUsage: 'Say which role to clear: `/role unset po`, or `/role unset po @alice` to remove one person.',
  noUser: (role: string) =>
    `Who holds it? Name them with @: \`/role set ${role} @alice\` (pick the person from Slack's list).`,
  typedName: (text: string) =>
    `I couldn't tell who "${text}" is: pick the person from Slack's @ list so their mention turns blue.`,
  unknownRole: (text: string, examples: string) =>
    `I don't know the role "${text}". Any role id or alias works, for example: ${examples}.`,
  ambiguousRole: (text: string, names: string) => `"${text}" could be ${names}: say which, by its full name.`,
  unknownUser: (id: string) => `I can't find <@${id}> in this workspace.`,
  deletedUser: (id: string) => `<@${id}> has left this workspace (their account is deactivated).`,
  botUser: (id: string) => `<@${id}> is a bot or an app: roles are held by people.`,
  otherWorkspace: (id: string) =>
    `<@${id}> belongs to another workspace: role holders are kept for people of this one.`,
  tooMany: (max: number) => `At most ${max} people or groups can hold one role in a channel.`,
  set: (by: string, who: string, role: string) => `<@${by}> set ${who} as ${role} here.`,
  removed: (by: string, who: string, role: string) => `<@${by}> removed ${who} as ${role} here.`,
  cleared: (by: string, role: string) => `<@${by}> cleared ${role} here.`,
  notHolding: (role: string) => `Nobody named there holds ${role} here, so nothing changed.`,
  noneSet: 'No roles are set in this channel yet. Anyone here can set one: `/role set po @alice`.',
  whoTitle: 'Who holds which role here:',
  storeDown: "I couldn't save that just now (the store failed); nothing changed. Please try again.",
  archived: 'This channel is archived, so its roles cannot change.',
  noEscalation:
    'Nobody is set up to take questions yet: an admin sets `ESCALATION_CHANNEL` or picks a channel in my App Home.',
  escalated: (channel: string) =>
    `I've passed your question to <#${channel}>. I'll send you the first answer someone gives there.`,
  escalationNotMember: (channel: string) =>
    `I can't post in <#${channel}>: ask someone there to invite me with \`/invite @role-bot\`.`,
  escalationArchived: (channel: string) =>
    `<#${channel}> is archived: an admin can pick another channel for questions in my App Home.`,
  escalationPost: (asker: string, where: string, question: string) =>
    `:raising_hand: <@${asker}> asked ${where}, and I had no good answer:\n>${question}`,
  relayed: (replier: string, question: string, reply: string, link: string) =>
    `:speech_balloon: <@${replier}> answered your question “${question}”:\n>${reply}\n${link}`,
  relayedNote: (asker: string) =>
    `I sent this reply to <@${asker}>. To keep it as a FAQ draft, use *Save as answer* on it.`,
  draftSaved:
    'Saved as a draft answer. It answers nobody until a maintainer reviews it: `role-bot report` lists drafts and `role-bot learn --drafts` turns one into a FAQ.',
  draftNotReply:
    'Use *Save as answer* on a reply in a thread: the thread’s first message is taken as the question.',
  draftFromBot: 'Save an answer a person wrote, not a message from a bot or an app.',
  draftNoQuestion: "I couldn't read the question this thread started with, so nothing was saved.",
  adminOnly: 'Only workspace admins and owners can choose where questions go.',
  escalationSet: (channel: string) => `Questions people ask a person now go to <#${channel}>.`,
});
