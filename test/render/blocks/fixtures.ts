import type { Answer } from '../../../src/engine/answer';
import type { Faq, KnowledgeBase, Role } from '../../../src/knowledge/types';
import type { RenderOptions } from '../../../src/render/blocks';
import { smallEngine } from '../../helpers/engine';

/**
 * The engine over the small fixture knowledge (test/fixtures/kb-small), built once for each render test
 * file, so editing a shipped FAQ cannot break a rendering test. every-answer.test.ts renders the shipped
 * knowledge instead, with `optionsFor` and `faqAnswer` over it.
 */
export const engine = smallEngine();
export const kb = engine.knowledge;

/** Options the Slack adapter passes: every role for the select, every FAQ for labels. */
export function optionsFor(knowledge: KnowledgeBase): RenderOptions {
  return {
    roles: knowledge.roles,
    faqs: knowledge.faqs,
    comparisons: knowledge.comparisons,
    shareable: true,
  };
}

/** The options over the fixture knowledge. */
export const fullOptions: RenderOptions = optionsFor(kb);

/** A fixture role by id (fails loudly if the fixture changed). */
export function role(id: string): Role {
  const r = kb.roles.find((x) => x.id === id);
  if (!r) throw new Error(`no role ${id}`);
  return r;
}

/** A fixture FAQ by id. */
export function faq(id: string): Faq {
  const f = kb.faqs.find((x) => x.id === id);
  if (!f) throw new Error(`no faq ${id}`);
  return f;
}

/** An FAQ answer built directly, as the engine would, with a chosen query and confidence. */
export function faqAnswer(
  f: Faq,
  query = f.question,
  confidence = 1,
  knowledge: KnowledgeBase = kb,
): Extract<Answer, { kind: 'faq' }> {
  const related = f.related.flatMap((id) => knowledge.faqs.filter((x) => x.id === id));
  return {
    kind: 'faq',
    query,
    confidence,
    alternatives: [],
    notes: [],
    mentioned: f.roles,
    faq: f,
    related: related.map((x) => ({ kind: 'faq' as const, id: x.id, label: x.question })),
  };
}

/** The engine's answer, asserting its kind so tests can narrow it. */
export function answerOf<K extends Answer['kind']>(text: string, kind: K): Extract<Answer, { kind: K }> {
  const a = engine.answer(text);
  if (a.kind !== kind) throw new Error(`"${text}" gave ${a.kind}, expected ${kind}`);
  return a as Extract<Answer, { kind: K }>;
}

/** Every text a person sees in the blocks, joined, for "does it say X" checks. */
export function visibleText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
      else Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** A button as tests read it. */
export interface ButtonView {
  action_id: string;
  value: string;
  text: string;
}

/** Every button (in actions blocks and accessories), in render order. */
export function buttons(blocks: unknown): ButtonView[] {
  const out: ButtonView[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'button')
        out.push({
          action_id: String(o.action_id),
          value: String(o.value),
          text: (o.text as { text: string }).text,
        });
      else Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
}
