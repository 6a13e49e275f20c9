// The shapes the bot answers invokes with (Teams message extension and Universal Action responses).
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/elements';
import type { ThumbnailPreview } from '../cards/preview';

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: IAdaptiveCard;
  preview?: ThumbnailPreview;
}

export interface ResultList {
  composeExtension: { type: 'result'; attachmentLayout: 'list'; attachments: CardAttachment[] };
  /** how long Teams may keep the answer (an unfurled link is otherwise kept 30 minutes) */
  cacheInfo?: { cacheType: 'cache' | 'no-cache'; cacheDuration?: number };
}

export type TaskAnswer =
  | { task: { type: 'message'; value: string } }
  | { task: { type: 'continue'; value: { title: string; url: string; fallbackUrl: string; height: 'large'; width: 'large' } | { title: string; card: CardAttachment; height: 'medium'; width: 'medium' } } };

export type ActionAnswer = ResultList | TaskAnswer;

export type UniversalActionAnswer =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: IAdaptiveCard }
  | {
      statusCode: 400 | 500;
      type: 'application/vnd.microsoft.error';
      value: { code: string; message: string; innerHttpError: { statusCode: number; body: Record<string, never> } };
    };

export const cardAttachment = (card: IAdaptiveCard, preview?: ThumbnailPreview): CardAttachment =>
  preview ? { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card, preview } : { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };

export const resultList = (attachments: CardAttachment[]): ResultList => ({ composeExtension: { type: 'result', attachmentLayout: 'list', attachments } });

export const taskMessage = (text: string): TaskAnswer => ({ task: { type: 'message', value: text } });

export const cardAnswer = (card: IAdaptiveCard): UniversalActionAnswer => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });

export const errorAnswer = (statusCode: 400 | 500, code: string, message: string): UniversalActionAnswer => ({
  statusCode,
  type: 'application/vnd.microsoft.error',
  value: { code, message, innerHttpError: { statusCode, body: {} } },
});
