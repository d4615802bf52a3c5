import type { KnowledgeProblem } from '../errors';
import { formatProblem } from '../errors';
import type { KnowledgeBase } from '../knowledge/types';
import { renderAnswerMessage, SLACK_LIMITS } from '../render/blocks';
import { blocksToHtml } from './blocks-html';
import { escapeHtml } from './html';
import { askHref, type PreviewRequest, previewLinks } from './route';
import { PREVIEW_CSS } from './style';

/** Everything one page shows: the request and its answer, the knowledge answering, a broken edit's problems. */
export interface PageModel {
  request: PreviewRequest;
  knowledge: KnowledgeBase;
  /** Problems of the latest edit; the answers still come from the last good knowledge. */
  problems: readonly KnowledgeProblem[];
  /** Changes whenever the knowledge or its problems change; the page reloads itself when it does. */
  state: string;
}

/** The preview page: search box, the answer drawn as Slack draws it, problems, and every entry as a link. */
export function renderPage(m: PageModel): string {
  const title = m.request.query ? `${m.request.query} · role-bot preview` : 'role-bot preview';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PREVIEW_CSS}</style></head>
<body data-state="${escapeHtml(m.state)}">
<header class="top"><span class="logo">role-bot</span> preview
<span class="top-meta">knowledge ${escapeHtml(m.knowledge.version)} · ${counts(m.knowledge)}</span></header>
<div class="layout">
<main>
<form class="ask" method="get" action="/" role="search">
<input name="q" type="search" value="${escapeHtml(m.request.query)}" placeholder="Ask as you would in Slack: po vs tl, who owns the backlog?" aria-label="Question" autofocus>
<button class="btn btn-primary" type="submit">Ask</button></form>
${problemsHtml(m.problems)}
${answerHtml(m)}
</main>
<nav class="kb" aria-label="Knowledge">${browseHtml(m.knowledge)}</nav>
</div>
<script>${RELOAD_SCRIPT}</script>
</body></html>`;
}

const counts = (k: KnowledgeBase) =>
  `${k.roles.length} roles, ${k.comparisons.length} comparisons, ${k.faqs.length} FAQs`;

function problemsHtml(problems: readonly KnowledgeProblem[]): string {
  if (problems.length === 0) return '';
  const lines = problems.map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`).join('');
  return `<section class="problems" role="alert"><h2>The last edit has ${problems.length} problem(s); answers below come from the last good knowledge</h2><ul>${lines}</ul></section>`;
}

function answerHtml(m: PageModel): string {
  const answer = m.request.answer;
  if (!answer) {
    return '<p class="hint">Type a question above, or pick a role, comparison or FAQ on the right, to see the message role-bot would post.</p>';
  }
  const { roles, faqs, comparisons } = m.knowledge;
  const message = renderAnswerMessage(answer, { roles, faqs, comparisons, shareable: true });
  return `<article class="message" aria-label="Answer">
<div class="avatar" aria-hidden="true">rb</div>
<div class="msg"><div class="msg-meta"><strong>role-bot</strong> <span class="app">APP</span> <span class="muted">Only visible to you</span></div>
<div class="blocks">${blocksToHtml(message.blocks, previewLinks)}</div></div></article>
<p class="stats">${escapeHtml(answer.kind)} · confidence ${answer.confidence.toFixed(2)} · ${message.blocks.length} of ${SLACK_LIMITS.messageBlocks} blocks · notification text: <q>${escapeHtml(message.text)}</q></p>`;
}

/** Every role, comparison and FAQ as a link that asks for it, as the buttons do. */
function browseHtml(k: KnowledgeBase): string {
  const names = new Map(k.roles.map((r) => [r.id, r.name]));
  const link = (href: string, label: string) =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`;
  const group = (heading: string, items: string[]) =>
    `<details open><summary>${heading} (${items.length})</summary><ul>${items.join('')}</ul></details>`;
  return [
    group(
      'Roles',
      k.roles.map((r) => link(askHref({ kind: 'role', id: r.id }), r.name)),
    ),
    group(
      'Comparisons',
      k.comparisons.map(({ roles: [a, b] }) =>
        link(askHref({ kind: 'comparison', roles: [a, b] }), `${names.get(a) ?? a} vs ${names.get(b) ?? b}`),
      ),
    ),
    group(
      'FAQs',
      k.faqs.map((f) => link(askHref({ kind: 'faq', id: f.id }), f.question)),
    ),
  ].join('\n');
}

/** Asks the server every second whether the knowledge changed, and reloads the page when it did. */
const RELOAD_SCRIPT = `(function(){var s=document.body.dataset.state;setInterval(function(){fetch('/state',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){if(t&&t!==s)location.reload()}).catch(function(){})},1000)})();`;
