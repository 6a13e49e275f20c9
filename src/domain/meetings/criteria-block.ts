// The block of circular criteria in a meeting invite's HTML body. One stable marker (a div with a
// fixed id and a version attribute) lets the add-in find its own block again: inserting a second
// time replaces the block, and the send check sees that criteria are there. Everything shown is
// escaped here, because item texts and titles can come from the SharePoint lists.
import { decodeEntities } from '../html-text';
import type { Language } from '../taxonomy';

export const CRITERIA_BLOCK_ID = 'circular-choices-criteria';
export const CRITERIA_BLOCK_VERSION = 1;

export interface CriteriaBlockItem {
  id: string;
  text: string;
  /** the checklist or product group the item belongs to, shown after the text */
  context?: string;
  /** the criterion's page in the app */
  link?: string;
}

export interface CriteriaBlockInput {
  language: Language;
  items: readonly CriteriaBlockItem[];
  /** the meeting's page in the app, where attendees record their choices */
  meetingLink?: string;
}

const HEADINGS: Record<Language, { title: string; intro: string; decide: string }> = {
  nl: {
    title: 'Circulaire criteria voor dit overleg',
    intro: 'Neem deze criteria mee in de afwegingen van dit overleg.',
    decide: 'Bekijk de criteria en leg keuzes vast in Circulaire keuzes',
  },
  en: {
    title: 'Circular criteria for this meeting',
    intro: 'Take these criteria into account in the choices this meeting makes.',
    decide: 'See the criteria and record choices in Circular Choices',
  },
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** only http(s) links go into the body; anything else (javascript:, data:) is left out */
function safeHref(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const anchor = (href: string | undefined, text: string) => (href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text));

/** the block's HTML; inline styles only, since mail clients drop style sheets */
export function buildCriteriaBlock(input: CriteriaBlockInput): string {
  if (input.items.length === 0) throw new RangeError('a criteria block needs at least one criterion');
  const words = HEADINGS[input.language];
  const ids = input.items.map((item) => item.id).join(' ');
  const items = input.items
    .map((item) => {
      const context = item.context ? ` <span style="color:#616161">(${escapeHtml(item.context)})</span>` : '';
      return `<li style="margin:0 0 4px 0">${anchor(safeHref(item.link), item.text)}${context}</li>`;
    })
    .join('');
  const meetingLink = safeHref(input.meetingLink);
  const footer = meetingLink ? `<p style="margin:8px 0 0 0;font-size:90%">${anchor(meetingLink, words.decide)}</p>` : '';
  return (
    `<div id="${CRITERIA_BLOCK_ID}" data-cc-version="${CRITERIA_BLOCK_VERSION}" data-cc-items="${escapeHtml(ids)}" lang="${input.language}" ` +
    `style="border-left:4px solid #2e7d32;padding:8px 12px;margin:12px 0">` +
    `<p style="margin:0 0 4px 0"><strong>${escapeHtml(words.title)}</strong></p>` +
    `<p style="margin:0 0 8px 0">${escapeHtml(words.intro)}</p>` +
    `<ul style="margin:0;padding-left:20px">${items}</ul>` +
    footer +
    `</div>`
  );
}

export interface FoundBlock {
  /** offsets of the whole block in the HTML, `html.slice(start, end)` */
  start: number;
  end: number;
  version?: number;
  itemIds: string[];
}

// Outlook may prefix ids of received content with `x_`; the version attribute is a second anchor
// for clients that rewrite ids altogether
const BLOCK_OPENING = new RegExp(
  `<div\\b[^>]*?(?:\\bid\\s*=\\s*["']?(?:x_)?${CRITERIA_BLOCK_ID}(?=["'\\s>])|\\bdata-cc-version\\s*=)[^>]*>`,
  'gi',
);
const DIV_TAG = /<(\/?)div\b[^>]*>/gi;

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** every criteria block in the HTML, in order; an unclosed block runs to the end */
export function findCriteriaBlocks(html: string): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  BLOCK_OPENING.lastIndex = 0;
  let opening: RegExpExecArray | null;
  while ((opening = BLOCK_OPENING.exec(html))) {
    const start = opening.index;
    // the matching </div>: count nested divs from the opening tag on
    let depth = 0;
    let end = html.length;
    DIV_TAG.lastIndex = start;
    let tag: RegExpExecArray | null;
    while ((tag = DIV_TAG.exec(html))) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    const version = Number(attribute(opening[0], 'data-cc-version'));
    const items = attribute(opening[0], 'data-cc-items');
    blocks.push({
      start,
      end,
      version: Number.isFinite(version) ? version : undefined,
      itemIds: items ? decodeEntities(items).split(/\s+/).filter(Boolean) : [],
    });
    BLOCK_OPENING.lastIndex = end;
  }
  return blocks;
}

export function hasCriteriaBlock(html: string): boolean {
  return findCriteriaBlocks(html).length > 0;
}

/** the HTML without any criteria block */
export function removeCriteriaBlocks(html: string): string {
  let out = '';
  let at = 0;
  for (const block of findCriteriaBlocks(html)) {
    out += html.slice(at, block.start);
    at = block.end;
  }
  return out + html.slice(at);
}

/** where the Teams join information starts (its line of underscores), if the body has it */
function teamsJoinStart(html: string): number | undefined {
  const join = html.search(/teams\.microsoft\.com\/l\/meetup-join/i);
  if (join === -1) return undefined;
  const rule = html.lastIndexOf('____', join);
  if (rule === -1) return undefined;
  // back to the start of the element that holds the line
  let element = html.slice(0, rule).search(/<(?:div|p)\b[^<]*$/i);
  if (element === -1) return undefined;
  // and out of the wrappers that open right before it, so the block never sits inside the join
  // information (Outlook removes that whole element when the meeting stops being online)
  let wrapper: RegExpExecArray | null;
  while ((wrapper = /<div\b[^>]*>\s*$/i.exec(html.slice(0, element)))) element = wrapper.index;
  return element;
}

/**
 * the HTML with exactly one criteria block: the first existing block is replaced (others are
 * removed); without one the block goes before the Teams join information, or at the end of the body
 */
export function upsertCriteriaBlock(html: string, block: string): string {
  const blocks = findCriteriaBlocks(html);
  if (blocks.length > 0) {
    const first = blocks[0]!;
    return removeCriteriaBlocks(html.slice(0, first.start)) + block + removeCriteriaBlocks(html.slice(first.end));
  }
  const at = teamsJoinStart(html) ?? (/<\/body\s*>/i.exec(html)?.index ?? html.length);
  return html.slice(0, at) + block + html.slice(at);
}
