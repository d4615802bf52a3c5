/** Error codes the app raises; tests assert on these, not on message text. */
export enum ErrorCode {
  KnowledgeInvalid = 'knowledge_invalid',
  ConfigInvalid = 'config_invalid',
}

/** One problem in the knowledge base, reported as `file: field: problem`. */
export interface KnowledgeProblem {
  file: string;
  field: string;
  problem: string;
}

/** Formats a problem the way `role-bot kb check` and the start-up error print it. */
export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}: ${p.field}: ${p.problem}`;
}

/** The knowledge base failed validation; `problems` holds every problem found, not just the first. */
export class KnowledgeError extends Error {
  readonly code = ErrorCode.KnowledgeInvalid;
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      `The knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}

/** Configuration is missing or malformed; `problems` names each variable and how to fix it. */
export class ConfigError extends Error {
  readonly code = ErrorCode.ConfigInvalid;
  constructor(readonly problems: string[]) {
    super(
      `role-bot cannot start: fix your configuration (.env or environment):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}
