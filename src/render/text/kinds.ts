import type { Answer, ComparisonView } from '../../engine';
import { shortReply } from '../short-replies';
import { SUGGESTION_TITLES, seeAlso } from '../suggestions';
import { pad, plain, type TextWriter, wrap } from './writer';

type Of<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

/** An FAQ (and its other side, for "pros and cons"), then its related questions. */
export function writeFaq(w: TextWriter, answer: Of<'faq'>): void {
  for (const f of [answer.faq, ...(answer.also ?? [])]) {
    w.heading(f.question);
    for (const line of f.answer.split('\n')) {
      if (line.trim()) w.para(line.replace(/^•\s*/, '• '));
      else w.raw('');
    }
  }
  w.suggestions(SUGGESTION_TITLES.related, [...answer.related, ...seeAlso(answer, answer.related)]);
}

/** Two roles in two columns, what they share, when to lean on each, and whether one person can be both. */
export function writeComparison(w: TextWriter, answer: Of<'comparison'>): void {
  const c: ComparisonView = answer.comparison;
  w.heading(`${c.a.name} vs ${c.b.name}`);
  w.para(c.summary);
  const col = Math.floor((w.width - 3) / 2);
  w.raw('', `${pad(c.a.name, col)} │ ${c.b.name}`, `${'─'.repeat(col)}─┼─${'─'.repeat(col)}`);
  for (const d of c.differences) {
    w.raw(d.aspect);
    const left = wrap(plain(d.a), col);
    const right = wrap(plain(d.b), col);
    for (let i = 0; i < Math.max(left.length, right.length); i++)
      w.raw(`${pad(left[i] ?? '', col)} │ ${right[i] ?? ''}`);
  }
  if (c.similarities.length) {
    w.raw('', 'In common:');
    w.bullets(c.similarities);
  }
  w.raw('', `Lean on the ${c.a.name} when:`);
  w.bullets(c.chooseAWhen);
  w.raw('', `Lean on the ${c.b.name} when:`);
  w.bullets(c.chooseBWhen);
  if (c.onePersonBoth) {
    w.raw('', 'One person for both?');
    w.para(c.onePersonBoth.answer);
    w.bullets(c.onePersonBoth.reasons);
  }
  w.suggestions(SUGGESTION_TITLES.related, seeAlso(answer, []));
}

/** A role's profile, section by section, then the comparisons it takes part in. */
export function writeRole(w: TextWriter, answer: Of<'role'>): void {
  const r = answer.role;
  w.heading(r.name);
  w.para(r.summary);
  w.raw('');
  w.para(`Focus: ${r.focus}`);
  for (const [title, items] of [
    ['Responsibilities', r.responsibilities],
    ['Decides', r.decides],
    ['Works with', r.works_with],
    ['Strengths', r.strengths],
    ['Watch out for', r.watch_outs],
    ['Lean on them when', r.lean_on_when],
  ] as const) {
    w.raw('', `${title}:`);
    w.bullets(items);
  }
  w.raw('');
  w.para(`Reports to: ${r.reports_to}`);
  w.suggestions('Compare', answer.comparisons);
  w.suggestions(SUGGESTION_TITLES.seeAlso, seeAlso(answer, answer.comparisons));
}

/** Every role the bot knows, one line each. */
export function writeList(w: TextWriter, answer: Of<'list'>): void {
  w.heading(`Roles I know (${answer.roles.length})`);
  for (const r of answer.roles) w.para(`${r.name} — ${r.summary}`, '  ');
}

/** How to ask, with examples; or one line back to small talk. */
export function writeHelp(w: TextWriter, answer: Of<'help'>): void {
  const reply = shortReply(answer);
  if (reply) {
    w.para(reply);
    return;
  }
  w.heading(
    answer.smallTalk === 'hello' ? 'Hi! Ask role-bot about team roles' : 'Ask role-bot about team roles',
  );
  w.para('Ask a question, name a role, or compare two roles. For example:');
  w.bullets(answer.examples.map((e) => `role-bot ask "${e}"`));
}

/** "I don't know", what the bot does know, and what to ask instead. */
export function writeNone(w: TextWriter, answer: Of<'none'>): void {
  w.heading('No answer for that yet');
  w.para(
    "I don't have an answer for that. I know about team roles: what they do, how they differ, and who decides what.",
  );
  w.suggestions('You could ask', answer.suggestions);
}
