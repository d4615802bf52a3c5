import type { Logger, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { holderLines, holderMention } from '../../render/blocks';
import { type Holder, MAX_HOLDERS } from '../../store/holders';
import type { ListenerDeps } from '../deps';
import { slackErrorCode } from '../errors/api-errors';
import { checkTargets } from './check-users';
import { PEOPLE_COPY } from './copy';
import { isChannel } from './people-options';
import { findRole, type RoleCommand, roleExamples } from './role-command';

/** Who ran `/role set|unset|who`, and where. */
export interface CommandPlace {
  team: string;
  channel: string;
  user: string;
}

/** What the admin commands answer with. */
export interface AdminTools {
  client: WebClient;
  respond: RespondFn;
  logger: Logger;
}

type Resolved = { role: { id: string; name: string } } | { error: string };

/** The role a command names, or a clear word on why it names none. */
function resolveRole(text: string, deps: ListenerDeps, usage: string): Resolved {
  const kb = deps.engine().knowledge;
  if (!text) return { error: usage };
  const found = findRole(kb, text);
  if ('role' in found) return { role: found.role };
  if ('ambiguous' in found)
    return { error: PEOPLE_COPY.ambiguousRole(text, found.ambiguous.map((r) => r.name).join(' or ')) };
  return { error: PEOPLE_COPY.unknownRole(text, roleExamples(kb)) };
}

const people = (holders: readonly Holder[]) => holders.map((h) => holderMention(h)).join(', ');

/** `/role set|unset|who` in a channel: checks the input, records the change, announces it in one line. */
export async function runRoleCommand(
  cmd: RoleCommand,
  place: CommandPlace,
  deps: ListenerDeps,
  tools: AdminTools,
): Promise<void> {
  const privately = (text: string) => tools.respond({ response_type: 'ephemeral', text });
  if (!isChannel(place.channel)) return void (await privately(PEOPLE_COPY.notInChannel));
  const store = deps.people.holders;
  if (cmd.action === 'who') {
    const held = await store.inChannel(place.team, place.channel);
    const names = new Map(deps.engine().knowledge.roles.map((r) => [r.id, r.name]));
    const lines = holderLines(Object.keys(held), held, (id) => names.get(id) ?? id);
    return void (await privately(
      lines.length ? [PEOPLE_COPY.whoTitle, ...lines].join('\n') : PEOPLE_COPY.noneSet,
    ));
  }
  const resolved = resolveRole(
    cmd.roleText,
    deps,
    cmd.action === 'set' ? PEOPLE_COPY.setUsage : PEOPLE_COPY.unsetUsage,
  );
  if ('error' in resolved) return void (await privately(resolved.error));
  const { role } = resolved;
  if (cmd.action === 'set' && cmd.targets.length === 0)
    return void (await privately(
      cmd.leftover ? PEOPLE_COPY.typedName(cmd.leftover) : PEOPLE_COPY.noUser(cmd.roleText),
    ));
  const current = (await store.inChannel(place.team, place.channel))[role.id] ?? [];
  const change = await nextHolders(cmd, current, place, tools.client);
  if ('error' in change) return void (await privately(change.error));
  try {
    await store.change({
      ...place,
      channel: place.channel,
      role: role.id,
      holders: change.holders,
      by: place.user,
      at: new Date().toISOString(),
    });
  } catch (error) {
    tools.logger.error(`role holder store write failed: ${slackErrorCode(error)}`);
    return void (await privately(PEOPLE_COPY.storeDown));
  }
  await tools.respond({ response_type: 'in_channel', text: change.announce(place.user, role.name) });
}

type Next = { holders: Holder[]; announce: (by: string, role: string) => string } | { error: string };

/** The holders after the command, and the line announcing it; or why nothing changes. */
async function nextHolders(
  cmd: RoleCommand,
  current: Holder[],
  place: CommandPlace,
  client: WebClient,
): Promise<Next> {
  if (cmd.action === 'who') return { error: '' };
  if (cmd.action === 'unset') {
    const ids = new Set(cmd.targets.map((t) => t.id));
    const removed = ids.size ? current.filter((h) => ids.has(h.id)) : current;
    if (removed.length === 0) return { error: PEOPLE_COPY.notHolding(cmd.roleText) };
    const holders = current.filter((h) => !removed.includes(h));
    return ids.size
      ? { holders, announce: (by, role) => PEOPLE_COPY.removed(by, people(removed), role) }
      : { holders, announce: (by, role) => PEOPLE_COPY.cleared(by, role) };
  }
  const checked = await checkTargets(client, cmd.targets, place.team);
  if ('problems' in checked) return { error: checked.problems.join('\n') };
  const added = checked.holders.filter((h) => !current.some((c) => c.id === h.id));
  const holders = [...current, ...added];
  if (holders.length > MAX_HOLDERS) return { error: PEOPLE_COPY.tooMany(MAX_HOLDERS) };
  return { holders, announce: (by, role) => PEOPLE_COPY.set(by, people(checked.holders), role) };
}
