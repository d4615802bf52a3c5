import type { AnswerEngine } from '../engine';
import type { Answer } from '../engine/answer';
import {
  ACTION_IDS,
  type AskRequest,
  actionIdPattern,
  encodeAsk,
  parseAskValue,
  parseCompareWithBlockId,
} from '../render/blocks';
import type { ElementLinks } from './blocks-html';

/** What the page was asked, read from its address. */
export interface PreviewRequest {
  /** Text for the search box: what was typed, or the question a button asked. */
  query: string;
  answer?: Answer;
}

/** The address that asks the engine what a button asks: the same value Slack would send. */
export function askHref(req: AskRequest): string {
  return `/?ask=${encodeURIComponent(encodeAsk(req))}`;
}

/**
 * Answers `?q=<text>` (the search box), `?ask=<button value>` (did-you-mean, related, examples) and
 * `?from=<role>&with=<role>` (the "Compare with…" select), the way the Slack listeners do.
 */
export function answerRequest(params: URLSearchParams, engine: AnswerEngine): PreviewRequest {
  const q = params.get('q');
  if (q !== null) return { query: q, answer: engine.answer(q) };
  const from = params.get('from');
  const other = params.get('with');
  if (from && other) {
    return {
      query: '',
      answer: engine.lookup({ kind: 'comparison', roles: [from, other] }) ?? engine.answer(''),
    };
  }
  const req = parseAskValue(params.get('ask') ?? '');
  if (!req) return { query: '' };
  if (req.kind === 'question') return { query: req.text, answer: engine.answer(req.text) };
  return { query: '', answer: engine.lookup(req) ?? engine.answer('') };
}

const ask = actionIdPattern(ACTION_IDS.askSuggestion);

/** Buttons that ask the engine become links; the compare select becomes a form; feedback and share stay inert. */
export const previewLinks: ElementLinks = {
  button(b) {
    const req = b.action_id && ask.test(b.action_id) ? parseAskValue(b.value ?? '') : undefined;
    return req ? askHref(req) : undefined;
  },
  select(s, blockId) {
    const from = blockId ? parseCompareWithBlockId(blockId) : undefined;
    if (s.action_id !== ACTION_IDS.compareWith || !from) return undefined;
    return { action: '/', name: 'with', hidden: { from } };
  },
};
