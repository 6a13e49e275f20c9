// The part of a card where people decide: the decision as a choice, a reason box and one button
// (a Universal Action), the person's own choice so far, how many others chose (a count, only from
// the privacy minimum up) and a notice about the last click.
import type { CardElement, IChoiceSetInput, IExecuteAction, IRefreshDefinition, ITextInput } from '@microsoft/teams.cards';
import { ACKNOWLEDGEMENT_LIMITS } from '../../domain/acknowledgement';
import { DECISIONS_WITH_REASON, type Language } from '../../domain/taxonomy';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { CARD_DECISIONS, CARD_VERBS, decisionInputId, reasonInputId, type CardState, type CardTarget } from '../card-state';
import { shortened } from '../text/card-text';
import type { CardContext, Notice, OwnChoice } from './card-context';
import { container, paragraph } from './elements';

/** the card's reason box holds what the list's column does */
export const MAX_REASON_CHARS = ACKNOWLEDGEMENT_LIMITS.reasonMax;
const MAX_REFRESH_USERS = 60;

const targetData = (target: CardTarget) => (target.kind === 'item' ? { itemId: target.id } : { actionId: target.id });

/** the choices that need a reason, named exactly as the choice above the box shows them */
function decisionsNeedingReason(language: Language): string {
  const labels = TAXONOMY_LABELS[language].decision;
  return new Intl.ListFormat(language, { type: 'conjunction' }).format([...DECISIONS_WITH_REASON].map((d) => `"${labels[d]}"`));
}

function reasonInput(context: CardContext, target: CardTarget): ITextInput {
  return {
    type: 'Input.Text',
    id: reasonInputId(target.id),
    label: context.strings.reasonLabel(decisionsNeedingReason(context.language)),
    placeholder: context.strings.reasonPlaceholder,
    isMultiline: true,
    maxLength: MAX_REASON_CHARS,
  };
}

/**
 * the decisions as a choice (radio buttons whose labels wrap), the reason box and one button that
 * records them. Four buttons in a row were cut off at the widths of a side panel or a task pane
 * ("Ap…", "Not appl…"); a choice and one button fit at 320 px. The button carries the card's
 * state, the decision comes from the choice (`decision-{id}`), which Teams merges into its data.
 */
export function decisionChoice(context: CardContext, state: CardState, target: CardTarget): CardElement[] {
  const choice: IChoiceSetInput = {
    type: 'Input.ChoiceSet',
    id: decisionInputId(target.id),
    label: context.strings.decideHeading,
    style: 'expanded',
    wrap: true,
    spacing: 'Medium',
    choices: CARD_DECISIONS.map((d) => ({ title: TAXONOMY_LABELS[context.language].decision[d], value: d })),
  };
  const record: IExecuteAction = { type: 'Action.Execute', title: context.strings.recordButton, verb: CARD_VERBS.decide, data: { ...state, ...targetData(target) }, style: 'positive' };
  return [choice, reasonInput(context, target), { type: 'ActionSet', actions: [record] }];
}

/** the acting person's own latest choice on one item or action, with their reason; nothing when they have none */
export function ownChoiceLine(context: CardContext, choices: readonly OwnChoice[] | undefined, targetId: string): CardElement[] {
  const own = choices?.find((c) => c.targetId === targetId);
  if (!own) return [];
  const line = paragraph(
    { text: context.strings.decideHeading, bold: true },
    `: ${TAXONOMY_LABELS[context.language].decision[own.decision]}`,
    own.reason ? { text: ` (${shortened(own.reason, 200)})`, italic: true } : '',
  );
  return [container([line], 'emphasis')];
}

/** how many colleagues chose here, as a number only; the handler sets it only from the privacy minimum up */
export function othersBlock(context: CardContext, count: number | undefined): CardElement[] {
  return count === undefined || count < 1 ? [] : [paragraph({ text: context.strings.othersChose(count), subtle: true })];
}

export function noticeBlock(notice: Notice | undefined): CardElement[] {
  if (!notice) return [];
  return [container([paragraph({ text: notice.text, bold: true, color: notice.tone === 'good' ? 'Good' : 'Attention' })], notice.tone === 'good' ? 'good' : 'attention')];
}

/**
 * asks Teams to fetch the card again: each person's client asks for its own view, so everyone sees
 * their own choices on it, and the count of others as it stands
 */
export function refreshDefinition(state: CardState, userIds: readonly string[] | undefined): IRefreshDefinition {
  const refresh: IRefreshDefinition = { action: { type: 'Action.Execute', verb: CARD_VERBS.refresh, data: { ...state } } };
  const ids = [...new Set(userIds ?? [])].slice(0, MAX_REFRESH_USERS);
  if (ids.length > 0) refresh.userIds = ids;
  return refresh;
}
