import type { Answer, Lookup } from './answer';

/**
 * How an answer is named outside the engine: `faq:<id>`, `role:<id>` or `compare:<a>,<b>`. Buttons
 * carry it, votes and learning candidates store it, reports read it, and the classifier's classes
 * are labelled with it. One encoder, one parser.
 */
export type Reference = string;

/** The reference for a look-up. */
export function encodeReference(l: Lookup): Reference {
  return l.kind === 'comparison' ? `compare:${l.roles.join(',')}` : `${l.kind}:${l.id}`;
}

/** The look-up a reference names; undefined for anything else (a kind such as `none`, a typo). */
export function parseReference(text: string): Lookup | undefined {
  const [, prefix, rest = ''] = /^([a-z]+):([\s\S]+)$/.exec(text) ?? [];
  if (prefix === 'faq' || prefix === 'role') return { kind: prefix, id: rest };
  const [a, b, ...more] = rest.split(',');
  return prefix === 'compare' && a && b && more.length === 0
    ? { kind: 'comparison', roles: [a, b] }
    : undefined;
}

/** The reference of what an answer gave, when it gave one FAQ, role or pair. */
export function referenceOf(answer: Answer): Reference | undefined {
  if (answer.kind === 'faq') return encodeReference({ kind: 'faq', id: answer.faq.id });
  if (answer.kind === 'role') return encodeReference({ kind: 'role', id: answer.role.id });
  if (answer.kind === 'comparison') {
    return encodeReference({ kind: 'comparison', roles: [answer.comparison.a.id, answer.comparison.b.id] });
  }
  return undefined;
}
