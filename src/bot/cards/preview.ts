// The thumbnail previews of search results and unfurled links: a title and one line of context.
// Thumbnail text accepts HTML, so pack texts are HTML-escaped.
import type { Checklist, ChecklistItem } from '../../domain/content/model';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import type { AppLinkTarget } from '../app-links';
import { previewHtmlText, shortened } from '../text/card-text';
import type { CardContext } from './card-context';

export const THUMBNAIL_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';

/** what Teams sends back (composeExtension/selectItem) when a result with this tap is chosen */
export interface SelectedItem {
  selectItem: AppLinkTarget;
}

export interface ThumbnailPreview {
  contentType: typeof THUMBNAIL_CARD_CONTENT_TYPE;
  content: { title: string; text: string; tap?: { type: 'invoke'; value: SelectedItem } };
}

function thumbnail(title: string, text: string, tap?: ThumbnailPreview['content']['tap']): ThumbnailPreview {
  const content: ThumbnailPreview['content'] = { title: previewHtmlText(shortened(title, 120)), text: previewHtmlText(shortened(text, 160)) };
  if (tap) content.tap = tap;
  return { contentType: THUMBNAIL_CARD_CONTENT_TYPE, content };
}

/** a criterion's product group (or checklist), kind and ambition on one line, as search results show it */
export function criterionSummary(context: CardContext, item: ChecklistItem, checklist: Checklist): string {
  const labels = TAXONOMY_LABELS[context.language];
  return `${context.content.checklistLabel(checklist, context.language)} · ${labels.criterionKind[item.kind]} · ${labels.ambition[item.ambition]}`;
}

/** the preview of an unfurled meeting link: the meeting's subject (or the card's heading) and one line */
export const meetingPreview = (title: string, text: string): ThumbnailPreview => thumbnail(title, text);

/** the preview of a target; with `selectable`, choosing it asks the bot for the full card */
export function targetPreview(context: CardContext, target: AppLinkTarget, selectable = false): ThumbnailPreview | undefined {
  const preview = (title: string, text: string): ThumbnailPreview =>
    thumbnail(title, text, selectable ? { type: 'invoke', value: { selectItem: { kind: target.kind, id: target.id } } } : undefined);
  const { language, content, strings } = context;
  if (target.kind === 'criterion') {
    const found = content.lookup.item(target.id);
    if (!found) return undefined;
    return preview(found.item.text[language], criterionSummary(context, found.item, found.checklist));
  }
  const action = content.lookup.action(target.id);
  if (!action) return undefined;
  return preview(action.title[language], `${strings.actionPreviewLabel} · ${shortened(action.description[language], 100)}`);
}
