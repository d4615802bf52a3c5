import type { Button, KnownBlock, StaticSelect } from '@slack/types';
import { escapeHtml, mrkdwnToHtml, plainToHtml } from './html';

/** Turns an interactive element into something a browser can follow; none leaves it inert. */
export interface ElementLinks {
  /** The address a button leads to, or undefined for a button that does nothing here. */
  button(b: Button): string | undefined;
  /** A GET form for a select: its action and hidden fields; the chosen option goes in `name`. */
  select(
    s: StaticSelect,
    blockId: string | undefined,
  ): { action: string; name: string; hidden: Record<string, string> } | undefined;
}

type TextObject = { type: 'mrkdwn' | 'plain_text'; text: string };

/** A text object as HTML: mrkdwn formatted, plain text escaped. */
function textHtml(t: TextObject | undefined): string {
  if (!t) return '';
  return t.type === 'mrkdwn' ? mrkdwnToHtml(t.text) : plainToHtml(t.text);
}

function buttonHtml(b: Button, links: ElementLinks): string {
  const style = b.style ? ` btn-${b.style}` : '';
  const label = plainToHtml(b.text.text);
  const href = links.button(b);
  if (!href) return `<span class="btn btn-inert${style}" title="Works in Slack only">${label}</span>`;
  return `<a class="btn${style}" href="${escapeHtml(href)}">${label}</a>`;
}

function selectHtml(s: StaticSelect, blockId: string | undefined, links: ElementLinks): string {
  const form = links.select(s, blockId);
  const options = (s.options ?? [])
    .map((o) => `<option value="${escapeHtml(o.value ?? '')}">${plainToHtml(o.text.text)}</option>`)
    .join('');
  const placeholder = plainToHtml(s.placeholder?.text ?? 'Choose…');
  if (!form) return `<select class="select" disabled><option>${placeholder}</option></select>`;
  const hidden = Object.entries(form.hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return (
    `<form class="select-form" method="get" action="${escapeHtml(form.action)}">${hidden}` +
    `<select class="select" name="${escapeHtml(form.name)}" required><option value="" selected disabled>${placeholder}</option>${options}</select>` +
    `<button class="btn" type="submit">Go</button></form>`
  );
}

function elementHtml(e: unknown, blockId: string | undefined, links: ElementLinks): string {
  const el = e as { type?: string };
  if (el.type === 'button') return buttonHtml(e as Button, links);
  if (el.type === 'static_select') return selectHtml(e as StaticSelect, blockId, links);
  return '';
}

/** One block as HTML; block types the answers never use are skipped. */
export function blockToHtml(block: KnownBlock, links: ElementLinks): string {
  switch (block.type) {
    case 'header':
      return `<h2 class="b-header">${plainToHtml(block.text.text)}</h2>`;
    case 'divider':
      return '<hr class="b-divider">';
    case 'context': {
      const parts = block.elements.map((e) =>
        'text' in e ? `<span>${textHtml(e as TextObject)}</span>` : '',
      );
      return `<div class="b-context">${parts.join('')}</div>`;
    }
    case 'section': {
      const text = block.text ? `<div class="b-text">${textHtml(block.text as TextObject)}</div>` : '';
      const fields = block.fields?.length
        ? `<div class="b-fields">${block.fields.map((f) => `<div class="b-field">${textHtml(f as TextObject)}</div>`).join('')}</div>`
        : '';
      const accessory = block.accessory
        ? `<div class="b-accessory">${elementHtml(block.accessory, block.block_id, links)}</div>`
        : '';
      return `<div class="b-section"><div class="b-body">${text}${fields}</div>${accessory}</div>`;
    }
    case 'actions':
      return `<div class="b-actions">${block.elements.map((e) => elementHtml(e, block.block_id, links)).join('')}</div>`;
    default:
      return '';
  }
}

/** A message's blocks as HTML, in order. */
export function blocksToHtml(blocks: readonly KnownBlock[], links: ElementLinks): string {
  return blocks.map((b) => blockToHtml(b, links)).join('\n');
}
