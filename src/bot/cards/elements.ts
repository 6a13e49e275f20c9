// Small builders for the Adaptive Card 1.5 elements the bot's cards are made of, typed with the
// Teams SDK's card interfaces. Static texts from the bot's locale go into TextBlocks; everything
// from people or the content pack goes into TextRuns (never read as Markdown) through plainCardText.
import type { CardElement, IAdaptiveCard, IContainer, IRefreshDefinition, IRichTextBlock, ITextBlock, ITextRun } from '@microsoft/teams.cards';
import { plainCardText } from '../text/card-text';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const CARD_VERSION = '1.5';

/** a heading from the bot's own texts */
export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): ITextBlock {
  return { type: 'TextBlock', text, weight: 'Bolder', size, wrap: true, style: 'heading' };
}

/** a small label from the bot's own texts */
export function label(text: string): ITextBlock {
  return { type: 'TextBlock', text, size: 'Small', weight: 'Bolder', isSubtle: true, wrap: true, spacing: 'Medium' };
}

export type RunPart = string | { text: string; bold?: boolean; italic?: boolean; subtle?: boolean; size?: 'Small' | 'Medium'; color?: 'Good' | 'Attention' };

function run(part: RunPart): ITextRun {
  if (typeof part === 'string') return { type: 'TextRun', text: plainCardText(part) };
  const textRun: ITextRun = { type: 'TextRun', text: plainCardText(part.text) };
  if (part.bold) textRun.weight = 'Bolder';
  if (part.italic) textRun.italic = true;
  if (part.subtle) textRun.isSubtle = true;
  if (part.size) textRun.size = part.size;
  if (part.color) textRun.color = part.color;
  return textRun;
}

/** a paragraph of literal text, made of runs */
export function paragraph(...parts: RunPart[]): IRichTextBlock {
  return { type: 'RichTextBlock', inlines: parts.filter((p) => (typeof p === 'string' ? p : p.text).length > 0).map(run) };
}

/** "Label: value" on one line; the label from the bot's texts, the value literal */
export function fieldLine(name: string, value: string): IRichTextBlock {
  return paragraph({ text: `${name}: `, bold: true }, value);
}

export function container(items: CardElement[], style?: IContainer['style'], spacing: IContainer['spacing'] = 'Medium'): IContainer {
  const c: IContainer = { type: 'Container', items, spacing };
  if (style) c.style = style;
  return c;
}

export function adaptiveCard(
  fallbackText: string,
  body: CardElement[],
  options: { actions?: IAdaptiveCard['actions']; refresh?: IRefreshDefinition } = {},
): IAdaptiveCard {
  const card: IAdaptiveCard = {
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    fallbackText: plainCardText(fallbackText),
    body,
  };
  if (options.actions && options.actions.length > 0) card.actions = options.actions;
  if (options.refresh) card.refresh = options.refresh;
  return card;
}
