// The thumbnail previews of search results and unfurled links: a title and one line of context.
// Thumbnail text accepts HTML, so pack texts are HTML-escaped.
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
    const { item, checklist } = found;
    const labels = TAXONOMY_LABELS[language];
    const group = checklist.productGroup ? content.groupLabel(checklist.productGroup, language) : checklist.title[language];
    return preview(item.text[language], `${group} · ${labels.criterionKind[item.kind]} · ${labels.ambition[item.ambition]}`);
  }
  const action = content.lookup.action(target.id);
  if (!action) return undefined;
  return preview(action.title[language], `${strings.actionPreviewLabel} · ${shortened(action.description[language], 100)}`);
}
