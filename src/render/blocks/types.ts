import type { KnownBlock } from '@slack/types';
import type { Holder, RoleHolders } from '../../store/holders';
import type { ComparisonProvenance } from '../provenance';

export type { Holder, RoleHolders };

/** The people behind the roles where an answer is shown (Slack only; the CLI and preview leave it out). */
export interface PeopleOptions {
  /** Who holds each role in the channel the answer is shown in; absent outside a channel (a DM, the Home tab). */
  holders?: RoleHolders;
  /** Names instead of live mentions, for a message everyone sees before it is edited to mentions (no ping). */
  quiet?: boolean;
  /** Where "Ask a person" sends questions; absent: no button, and help says how to set one. */
  escalationChannel?: string;
}

/** A role as the renderers need it: enough to label a button or a select option. */
export interface RoleChoice {
  id: string;
  name: string;
}

/** An FAQ as the renderers need it, to label a related-question button from an id. */
export interface FaqChoice {
  id: string;
  question: string;
}

/** Options for `renderAnswerMessage`; pass the loaded knowledge's `roles` and `faqs` for the richest message. */
export interface RenderOptions {
  /** Adds a "Share in channel" button (for ephemeral `/role` answers). */
  shareable?: boolean;
  /** Roles offered in the "Compare with…" select (values are role ids) and used to name FAQ roles. */
  roles?: readonly RoleChoice[];
  /** FAQs by id, to label a comparison's related questions (the engine gives only their ids). */
  faqs?: readonly FaqChoice[];
  /** Curated comparisons' review details, for the "Reviewed … by …" line under a comparison. */
  comparisons?: readonly ComparisonProvenance[];
  people?: PeopleOptions;
}

/** A message ready for `say`, `respond` or `chat.postMessage`. */
export interface SlackMessage {
  /** Plain readable fallback for notifications and screen readers. */
  text: string;
  blocks: KnownBlock[];
}

/** What each answer builder returns: the content, then the interactive blocks that must survive trimming. */
export interface MessageParts {
  text: string;
  main: KnownBlock[];
  actions: KnownBlock[];
}
