import type { AnyBlock, HomeView, KnownBlock } from '@slack/types';
import { SLACK_LIMITS as L } from '../../../src/render/blocks';

// Checks a rendered message or Home view against every Block Kit limit the renderers promise
// (../shared/SLACK_NOTES.md §3), walking all blocks. Throws with the path of the first problem.

type Rendered = { text: string; blocks: KnownBlock[] } | HomeView;
type Obj = Record<string, unknown>;

/** Fails the test with a path like `blocks[3].fields[1]` when anything exceeds a Slack limit. */
export function assertWithinSlackLimits(rendered: Rendered): void {
  const home = 'type' in rendered && rendered.type === 'home';
  const max = home ? L.homeBlocks : L.messageBlocks;
  if (!home) check('text' in rendered && rendered.text.trim().length > 0, 'text', 'fallback text is empty');
  check(
    rendered.blocks.length >= 1 && rendered.blocks.length <= max,
    'blocks',
    `${rendered.blocks.length} blocks (max ${max})`,
  );
  const blockIds = new Set<string>();
  rendered.blocks.forEach((b: AnyBlock, i) => {
    const at = `blocks[${i}]`;
    if (b.block_id !== undefined) {
      checkLength(b.block_id, 1, L.blockId, `${at}.block_id`);
      check(!blockIds.has(b.block_id), `${at}.block_id`, `duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
    checkBlock(b as unknown as Obj, at);
  });
}

function checkBlock(b: Obj, at: string): void {
  if (b.type === 'header') checkText(b.text, L.headerText, `${at}.text`, 'plain_text');
  else if (b.type === 'section') checkSection(b, at);
  else if (b.type === 'context') checkContext(b, at);
  else if (b.type === 'actions') checkActions(b, at);
  else check(b.type === 'divider', at, `unexpected block type ${String(b.type)}`);
}

function checkContext(b: Obj, at: string): void {
  const els = b.elements as Obj[];
  checkCount(els, 1, L.contextElements, `${at}.elements`);
  for (const [i, e] of els.entries()) checkText(e, L.text, `${at}.elements[${i}]`);
}

function checkSection(b: Obj, at: string): void {
  const fields = b.fields as Obj[] | undefined;
  check(b.text !== undefined || fields !== undefined, at, 'section has neither text nor fields');
  if (b.text !== undefined) checkText(b.text, L.sectionText, `${at}.text`);
  if (fields) {
    checkCount(fields, 1, L.sectionFields, `${at}.fields`);
    for (const [i, f] of fields.entries()) checkText(f, L.fieldText, `${at}.fields[${i}]`);
  }
  if (b.accessory) checkElement(b.accessory as Obj, `${at}.accessory`);
}

function checkActions(b: Obj, at: string): void {
  const els = b.elements as Obj[];
  checkCount(els, 1, L.actionsElements, `${at}.elements`);
  const ids = els.map((e) => e.action_id);
  check(new Set(ids).size === ids.length, `${at}.elements`, `action_ids not unique: ${ids.join(', ')}`);
  for (const [i, e] of els.entries()) checkElement(e, `${at}.elements[${i}]`);
}

function checkElement(e: Obj, at: string): void {
  checkLength(e.action_id, 1, L.actionId, `${at}.action_id`);
  if (e.type === 'button') {
    checkText(e.text, L.buttonText, `${at}.text`, 'plain_text');
    if (e.value !== undefined) checkLength(e.value, 1, L.buttonValue, `${at}.value`);
    return;
  }
  check(e.type === 'static_select', at, `unexpected element type ${String(e.type)}`);
  checkText(e.placeholder, L.placeholder, `${at}.placeholder`, 'plain_text');
  const options = e.options as Obj[];
  checkCount(options, 1, L.selectOptions, `${at}.options`);
  for (const [i, o] of options.entries()) {
    checkText(o.text, L.optionText, `${at}.options[${i}].text`, 'plain_text');
    checkLength(o.value, 1, L.optionValue, `${at}.options[${i}].value`);
  }
}

function checkText(t: unknown, max: number, at: string, type?: 'plain_text'): void {
  const obj = t as Obj | undefined;
  check(obj !== undefined && (obj.type === 'plain_text' || obj.type === 'mrkdwn'), at, 'not a text object');
  if (type) check(obj?.type === type, at, `must be ${type}`);
  checkLength(obj?.text, 1, max, at);
  check(String(obj?.text).trim().length > 0, at, 'text is blank');
}

function checkLength(value: unknown, min: number, max: number, at: string): void {
  check(typeof value === 'string', at, 'not a string');
  const n = String(value).length;
  check(n >= min && n <= max, at, `length ${n} outside ${min}..${max}`);
}

function checkCount(items: unknown, min: number, max: number, at: string): void {
  check(Array.isArray(items), at, 'not a list');
  const n = (items as unknown[]).length;
  check(n >= min && n <= max, at, `${n} items outside ${min}..${max}`);
}

function check(ok: boolean, at: string, problem: string): void {
  if (!ok) throw new Error(`Slack limit: ${at}: ${problem}`);
}
