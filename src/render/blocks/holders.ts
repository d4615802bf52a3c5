import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../engine/answer';
import { escapeMrkdwn } from '../escape';
import { RENDER_LIMITS } from './limits';
import { context, section } from './parts';
import type { Holder, PeopleOptions, RenderOptions, RoleHolders } from './types';

/** A holder as a mention (`<@U…>`, `<!subteam^S…>`), or as a plain `@name` where a mention must not ping. */
export function holderMention(h: Holder, quiet = false): string {
  if (quiet) return `@${escapeMrkdwn(h.name)}`;
  return h.kind === 'group' ? `<!subteam^${h.id}>` : `<@${h.id}>`;
}

/** "*Product Owner* here: <@U1>, <@U2>" for each role with holders; empty when none has any. */
export function holderLines(
  roleIds: readonly string[],
  holders: RoleHolders,
  names: (id: string) => string,
  quiet = false,
): string[] {
  return [...new Set(roleIds)]
    .filter((id) => (holders[id]?.length ?? 0) > 0)
    .map((id) => {
      const people = (holders[id] ?? []).slice(0, RENDER_LIMITS.holders).map((h) => holderMention(h, quiet));
      return `*${escapeMrkdwn(names(id))}* here: ${people.join(', ')}`;
    });
}

/** The roles whose holders an answer shows: the role, both sides of a comparison, or the roles a person-question names. */
export function rolesShown(answer: Answer): string[] {
  if (answer.asksWho) return answer.asksWho;
  if (answer.kind === 'role') return [answer.role.id];
  if (answer.kind === 'comparison') return [answer.comparison.a.id, answer.comparison.b.id];
  return [];
}

/** A role's name from the render options, its id when unknown. */
export function roleNamer(opts: RenderOptions): (id: string) => string {
  const names = new Map((opts.roles ?? []).map((r) => [r.id, r.name]));
  return (id) => names.get(id) ?? id;
}

/** The holders of the roles an answer is about, in one quiet context line under it. */
export function holdersBlock(answer: Answer, opts: RenderOptions): KnownBlock[] {
  const people = opts.people;
  if (!people?.holders || answer.kind === 'none') return [];
  const lines = holderLines(rolesShown(answer), people.holders, roleNamer(opts), people.quiet);
  return context(lines.map((l) => `:bust_in_silhouette: ${l}`).join('\n'));
}

/**
 * "who is our PO?" where the channel has one: the holders, as the whole answer. Undefined when the
 * answer is not such a question or nobody holds those roles here.
 */
export function personAnswer(
  answer: Answer,
  opts: RenderOptions,
): { text: string; blocks: KnownBlock[] } | undefined {
  const people: PeopleOptions | undefined = opts.people;
  if (answer.kind !== 'none' || !answer.asksWho || !people?.holders) return undefined;
  const lines = holderLines(answer.asksWho, people.holders, roleNamer(opts), people.quiet);
  if (lines.length === 0) return undefined;
  const text = lines.join('\n');
  return { text: text.replace(/\*/g, ''), blocks: [...section(text), ...context(CHANGE_HINT)] };
}

/** How holders are changed, under a person answer. */
export const CHANGE_HINT =
  'Anyone in this channel can change this with `/role set <role> @name` or `/role unset <role>`.';

/** Said when a channel has nobody set for the roles a person-question asks about. */
export function nobodySetNote(answer: Answer, opts: RenderOptions): string | undefined {
  if (!answer.asksWho?.length || !opts.people?.holders) return undefined;
  const [first] = answer.asksWho;
  const role = roleNamer(opts)(first as string);
  return `Nobody is set as ${role} in this channel yet: anyone here can record it with \`/role set ${first} @name\`.`;
}
