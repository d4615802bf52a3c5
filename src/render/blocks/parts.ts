import type { ContextBlock, DividerBlock, HeaderBlock, SectionBlock } from '@slack/types';
import { SLACK_LIMITS, shorten } from './limits';

// Small block constructors that enforce Slack's limits, so builders cannot produce an invalid block.
// Each returns a list (empty when there is nothing to show), so builders can spread them.

/** A header block, its plain text cut to 150 characters; none for blank text. */
export function header(text: string): HeaderBlock[] {
  const t = shorten(text.trim(), SLACK_LIMITS.headerText);
  return t ? [{ type: 'header', text: { type: 'plain_text', text: t, emoji: true } }] : [];
}

/** A mrkdwn section, cut to 3,000 characters; none for blank text. */
export function section(text: string): SectionBlock[] {
  const t = shorten(text.trim(), SLACK_LIMITS.sectionText);
  return t ? [{ type: 'section', text: { type: 'mrkdwn', text: t } }] : [];
}

/** Sections of mrkdwn fields (two columns on desktop), ten fields a section, each cut to 2,000 characters. */
export function fieldSections(fields: readonly string[], text?: string): SectionBlock[] {
  const cells = fields.map((f) => shorten(f.trim(), SLACK_LIMITS.fieldText)).filter(Boolean);
  const out: SectionBlock[] = [];
  for (let i = 0; i < cells.length; i += SLACK_LIMITS.sectionFields) {
    const chunk = cells
      .slice(i, i + SLACK_LIMITS.sectionFields)
      .map((t) => ({ type: 'mrkdwn' as const, text: t }));
    const lead = i === 0 && text?.trim() ? shorten(text.trim(), SLACK_LIMITS.sectionText) : undefined;
    out.push(
      lead
        ? { type: 'section', text: { type: 'mrkdwn', text: lead }, fields: chunk }
        : { type: 'section', fields: chunk },
    );
  }
  return out;
}

/** A context block with one mrkdwn line (small grey text); none for blank text. */
export function context(text: string): ContextBlock[] {
  const t = shorten(text.trim(), SLACK_LIMITS.text);
  return t ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }] : [];
}

/** A divider. */
export function divider(): DividerBlock[] {
  return [{ type: 'divider' }];
}

/** "• item" lines within `max` characters; items that do not fit become "…and N more". */
export function bulletList(items: readonly string[], max: number): string {
  const lines: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const rest = items.length - i - 1;
    const reserve = rest > 0 ? moreLine(rest + 1).length + 1 : 0;
    const room = max - used - (lines.length ? 1 : 0) - reserve;
    const line = `• ${item.trim()}`;
    if (line.length <= room) {
      lines.push(line);
      used += line.length + (lines.length > 1 ? 1 : 0);
    } else {
      if (lines.length === 0 && room > 20) lines.push(shorten(line, room));
      const left = items.length - lines.length;
      if (left > 0) lines.push(moreLine(left));
      break;
    }
  }
  return shorten(lines.join('\n'), max);
}

/** A bold title over a bullet list, within `max` characters. */
export function titledList(title: string, items: readonly string[], max: number): string {
  const head = `*${title}*`;
  return items.length ? `${head}\n${bulletList(items, max - head.length - 1)}` : '';
}

const moreLine = (n: number) => `_…and ${n} more_`;
