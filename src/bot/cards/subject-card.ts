// The card for a card state, whatever its subject; undefined when the content no longer has it.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { CardState } from '../card-state';
import { actionCard } from './action-card';
import type { CardContext, CardExtras } from './card-context';
import { checkCard } from './check-card';
import { criterionCard } from './criterion-card';
import { meetingCard } from './meeting-card';
import { reminderCard } from './reminder-card';

export function subjectCard(context: CardContext, state: CardState, extras: CardExtras = {}): IAdaptiveCard | undefined {
  switch (state.subject.kind) {
    case 'criterion':
      return criterionCard(context, state, state.subject.itemId, extras);
    case 'action':
      return actionCard(context, state, state.subject.actionId, extras);
    case 'check':
      return checkCard(context, state, extras);
    case 'meeting':
      return meetingCard(context, state, extras);
    case 'reminder':
      return reminderCard(context, state, extras);
  }
}
