import type { HomeView, KnownBlock } from '@slack/types';
import type { Suggestion } from '../../engine/answer';
import type { KnowledgeBase } from '../../knowledge/types';
import { actionsBlocks, suggestionButton } from './actions';
import { exampleButtons, HOW_TO_ASK } from './help';
import { RENDER_LIMITS, SLACK_LIMITS } from './limits';
import { roleDirectory } from './list';
import { divider, header, section } from './parts';

/** What the App Home needs from the knowledge base. */
export type HomeKnowledge = Pick<KnowledgeBase, 'roles' | 'comparisons'>;

/**
 * The App Home: how to ask, the roles, the curated comparisons and example questions, within 100
 * blocks; `extra` (the people part, in Slack) goes after the examples and the role directory makes room.
 */
export function renderHomeView(
  knowledge: HomeKnowledge,
  examples: readonly string[],
  extra: readonly KnownBlock[] = [],
): HomeView {
  const head: KnownBlock[] = [
    ...header('Who does what? Ask me about team roles'),
    ...section(HOW_TO_ASK),
    ...divider(),
    ...header('Roles'),
  ];
  const tail: KnownBlock[] = [...comparisonsPart(knowledge), ...examplesPart(examples), ...extra];
  const roles = roleDirectory(knowledge.roles, SLACK_LIMITS.homeBlocks - head.length - tail.length);
  return { type: 'home', blocks: [...head, ...roles, ...tail] };
}

/** The curated pairs as "A vs B" buttons. */
function comparisonsPart(knowledge: HomeKnowledge): KnownBlock[] {
  const names = new Map(knowledge.roles.map((r) => [r.id, r.name]));
  const pairs: Suggestion[] = knowledge.comparisons
    .slice(0, RENDER_LIMITS.homeButtons)
    .map(({ roles: [a, b] }) => ({
      kind: 'comparison',
      roles: [a, b],
      label: `${names.get(a) ?? a} vs ${names.get(b) ?? b}`,
    }));
  if (pairs.length === 0) return [];
  return [
    ...divider(),
    ...header('Popular comparisons'),
    ...actionsBlocks('home_comparisons', pairs.map(suggestionButton)),
  ];
}

/** Example questions as buttons. */
function examplesPart(examples: readonly string[]): KnownBlock[] {
  const shown = examples.slice(0, RENDER_LIMITS.homeButtons);
  if (shown.length === 0) return [];
  return [...divider(), ...header('Try asking'), ...exampleButtons('home_examples', shown)];
}
