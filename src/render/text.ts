import { type Answer, type ComparisonView, isUnsure, type Suggestion } from '../engine';
import { type ComparisonProvenance, provenanceLine, provenanceOf } from './provenance';
import { shortReply, UNSURE_LINE } from './short-replies';
import { didYouMean, SUGGESTION_TITLES, seeAlso } from './suggestions';

/** Options for terminal rendering. */
export interface TextOptions {
  /** Wrap width in columns (default 80, minimum 40). */
  width?: number;
  /** Curated comparisons' review details, for the "Reviewed … by …" line under a comparison. */
  comparisons?: readonly ComparisonProvenance[];
}

/** Renders an answer for a person reading a terminal: headings, wrapped text, comparisons in two columns. */
export function renderAnswerText(answer: Answer, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const out: string[] = [];
  const para = (text: string, indent = '') =>
    out.push(...wrap(plain(text), width - indent.length).map((l) => indent + l));
  const heading = (text: string) =>
    out.push('', text.toUpperCase(), '─'.repeat(Math.min(width, text.length)));
  const bullets = (items: string[]) => {
    for (const item of items) {
      wrap(plain(item), width - 4).forEach((l, i) => {
        out.push(`${i === 0 ? '  • ' : '    '}${l}`);
      });
    }
  };

  if (isUnsure(answer)) para(UNSURE_LINE);
  switch (answer.kind) {
    case 'faq':
      for (const f of [answer.faq, ...(answer.also ?? [])]) {
        heading(f.question);
        for (const line of f.answer.split('\n'))
          line.trim() ? para(line.replace(/^•\s*/, '• ')) : out.push('');
      }
      suggestions(SUGGESTION_TITLES.related, [...answer.related, ...seeAlso(answer, answer.related)]);
      break;
    case 'comparison':
      comparison(answer.comparison);
      suggestions(SUGGESTION_TITLES.related, seeAlso(answer, []));
      break;
    case 'role': {
      const r = answer.role;
      heading(r.name);
      para(r.summary);
      out.push('');
      para(`Focus: ${r.focus}`);
      for (const [title, items] of [
        ['Responsibilities', r.responsibilities],
        ['Decides', r.decides],
        ['Works with', r.works_with],
        ['Strengths', r.strengths],
        ['Watch out for', r.watch_outs],
        ['Lean on them when', r.lean_on_when],
      ] as const) {
        out.push('', `${title}:`);
        bullets([...items]);
      }
      out.push('');
      para(`Reports to: ${r.reports_to}`);
      suggestions('Compare', answer.comparisons);
      suggestions(SUGGESTION_TITLES.seeAlso, seeAlso(answer, answer.comparisons));
      break;
    }
    case 'list':
      heading(`Roles I know (${answer.roles.length})`);
      for (const r of answer.roles) para(`${r.name} — ${r.summary}`, '  ');
      break;
    case 'help': {
      const reply = shortReply(answer);
      if (reply) {
        para(reply);
        break;
      }
      heading(
        answer.smallTalk === 'hello' ? 'Hi! Ask role-bot about team roles' : 'Ask role-bot about team roles',
      );
      para('Ask a question, name a role, or compare two roles. For example:');
      bullets(answer.examples.map((e) => `role-bot ask "${e}"`));
      break;
    }
    case 'none':
      heading('No answer for that yet');
      para(
        "I don't have an answer for that. I know about team roles: what they do, how they differ, and who decides what.",
      );
      suggestions('You could ask', answer.suggestions);
      break;
  }
  suggestions(SUGGESTION_TITLES.didYouMean, didYouMean(answer, shownWith(answer)));
  const p = provenanceOf(answer, options.comparisons);
  if (p) {
    out.push('');
    para(provenanceLine(p, { text: (t) => t, link: (s) => `${s.title} <${s.url}>` }));
  }
  if (answer.notes.length) out.push('');
  for (const n of answer.notes) para(`Note: ${n.text}`);
  return `${out.join('\n').replace(/^\n+/, '')}\n`;

  function suggestions(title: string, items: Suggestion[]) {
    if (items.length === 0) return;
    out.push('', `${title.replace(/…$/, '')}:`);
    bullets(items.map((s) => s.label));
  }

  function comparison(c: ComparisonView) {
    heading(`${c.a.name} vs ${c.b.name}`);
    para(c.summary);
    const col = Math.floor((width - 3) / 2);
    out.push('', `${pad(c.a.name, col)} │ ${c.b.name}`, `${'─'.repeat(col)}─┼─${'─'.repeat(col)}`);
    for (const d of c.differences) {
      out.push(d.aspect);
      const left = wrap(plain(d.a), col);
      const right = wrap(plain(d.b), col);
      for (let i = 0; i < Math.max(left.length, right.length); i++)
        out.push(`${pad(left[i] ?? '', col)} │ ${right[i] ?? ''}`);
    }
    if (c.similarities.length) {
      out.push('', 'In common:');
      bullets(c.similarities);
    }
    out.push('', `Lean on the ${c.a.name} when:`);
    bullets(c.chooseAWhen);
    out.push('', `Lean on the ${c.b.name} when:`);
    bullets(c.chooseBWhen);
    if (c.onePersonBoth) {
      out.push('', 'One person for both?');
      para(c.onePersonBoth.answer);
      bullets(c.onePersonBoth.reasons);
    }
  }
}

/** The suggestions an answer's own sections list, so "did you mean" does not repeat them. */
function shownWith(answer: Answer): Suggestion[] {
  if (answer.kind === 'faq') return answer.related;
  if (answer.kind === 'role') return answer.comparisons;
  return answer.kind === 'none' ? answer.suggestions : [];
}

/** Slack mrkdwn to plain text: bold and italic marks off, entities decoded. */
function plain(text: string): string {
  return text
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** Wraps text at word boundaries; a word longer than the width is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while ([...word].length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
