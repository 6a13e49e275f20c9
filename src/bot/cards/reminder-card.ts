// The weekly reminder: a person's open 'later' items, each with the criterion's "Choose" panel and
// what it was put aside on. A decision goes through the same card action as every other card and
// lands against the item's own document, meeting or message. The card also lets the person switch
// the reminder off (or on again).
import type { CardElement, IAdaptiveCard, IContainer, IExecuteAction } from '@microsoft/teams.cards';
import type { OpenLaterItem } from '../../domain/open-later';
import { CARD_VERBS, REMINDER_CARD_LIMITS, type CardState, type ReminderItem } from '../card-state';
import { shortened } from '../text/card-text';
import type { CardContext, CardExtras } from './card-context';
import { criterionBlock } from './criterion-block';
import { noticeBlock } from './decision-panel';
import { adaptiveCard, heading, paragraph } from './elements';

/** the card's items: the newest open ones the content knows, one per criterion */
export function reminderItems(open: readonly OpenLaterItem[], known: (itemId: string) => boolean): ReminderItem[] {
  const items: ReminderItem[] = [];
  const seen = new Set<string>();
  for (const item of open) {
    if (seen.has(item.itemId) || !known(item.itemId)) continue;
    seen.add(item.itemId);
    const entry: ReminderItem = { itemId: item.itemId, contextRef: item.contextRef, contextType: item.contextType };
    const title = item.contextTitle ? shortened(item.contextTitle, REMINDER_CARD_LIMITS.titleChars) : '';
    if (title) entry.title = title;
    items.push(entry);
    if (items.length === REMINDER_CARD_LIMITS.items) break;
  }
  return items;
}

export function reminderCardState(cardId: string, items: ReminderItem[]): CardState {
  // each decision's context is its item's; the card's own is only a fallback the writer never uses
  return { cardId, contextType: 'other', subject: { kind: 'reminder', items } };
}

const switchAction = (context: CardContext, state: CardState, on: boolean): IExecuteAction => ({
  type: 'Action.Execute',
  title: on ? context.strings.reminder.switchOn : context.strings.reminder.switchOff,
  verb: on ? CARD_VERBS.remindersOn : CARD_VERBS.remindersOff,
  data: { ...state },
});

/** `enabled`: whether the person still gets the weekly reminder (the switch offers the other way) */
export function reminderCard(context: CardContext, state: CardState, extras: CardExtras & { enabled?: boolean } = {}): IAdaptiveCard | undefined {
  if (state.subject.kind !== 'reminder') return undefined;
  const { reminder } = context.strings;
  const blocks = state.subject.items
    .map((item): IContainer | undefined => {
      const block = criterionBlock(context, state, item.itemId, extras);
      if (!block) return undefined;
      const where: CardElement[] = item.title ? [paragraph({ text: reminder.putAsideOn(item.title), subtle: true, size: 'Small' })] : [];
      return { ...block, items: [...where, ...block.items], separator: true };
    })
    .filter((b): b is IContainer => b !== undefined);
  const body: CardElement[] = [heading(reminder.heading), ...noticeBlock(extras.notice)];
  body.push(blocks.length > 0 ? paragraph({ text: reminder.intro(blocks.length), subtle: true }) : paragraph(reminder.allDone), ...blocks);
  return adaptiveCard(blocks.length > 0 ? `${reminder.heading}: ${reminder.intro(blocks.length)}` : reminder.allDone, body, {
    actions: [switchAction(context, state, extras.enabled === false)],
  });
}
