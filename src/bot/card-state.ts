// What a card carries in the data of its Universal Actions: enough to build the card again when a
// button comes back (Teams sends only the clicked action's data and the card's inputs). The data
// comes back from a client, so it is parsed as untrusted input: ids are slugs, lists are short.
import { z } from 'zod';
import { isContentId, isMeetingId, type AppLinkTarget } from './app-links';
import { CONTEXT_TYPES, DECISIONS, DOCUMENT_TYPES, type ContextType, type Decision, type DocumentType, type ProductGroupId } from '../domain/taxonomy';

/** the verbs of the cards' Action.Execute actions */
export const CARD_VERBS = { decide: 'decide', refresh: 'refreshCard', remindersOff: 'remindersOff', remindersOn: 'remindersOn' } as const;

/** decisions a card offers as buttons ('attached' belongs to meetings and documents) */
export const CARD_DECISIONS = ['applied', 'considered', 'not-applicable', 'later'] as const satisfies readonly Decision[];
export type CardDecision = (typeof CARD_DECISIONS)[number];

export const CARD_LIMITS = { groups: 3, itemsPerGroup: 2, evidencePerGroup: 6, evidenceChars: 60, contextTitleChars: 120 } as const;

/**
 * a meeting's card: every button carries the card's state (the criteria's ids and the subject), so
 * the criteria shown on one card are capped to keep it within the 28 KB Teams accepts; the rest
 * are on the meeting's page
 */
export const MEETING_CARD_LIMITS = { criteria: 6, subjectChars: 120 } as const;

/** the weekly reminder lists this many open items; the rest follow once these are decided */
export const REMINDER_CARD_LIMITS = { items: 5, titleChars: 80 } as const;

/** one open 'later' item on a reminder card, with what it was put aside on */
export interface ReminderItem {
  itemId: string;
  contextRef: string;
  contextType: ContextType;
  title?: string;
}

export interface CheckedGroup {
  id: ProductGroupId;
  /** the words in the checked text that pointed to the group */
  evidence: string[];
  /** the group's top criteria, best first */
  itemIds: string[];
}

/** what a card is about */
export type CardSubject =
  | { kind: 'criterion'; itemId: string }
  | { kind: 'action'; actionId: string }
  | { kind: 'check'; origin: 'message' | 'draft'; documentType: DocumentType; groups: CheckedGroup[] }
  /**
   * the criteria attached to a meeting as they were when the card was made (the card's contextRef
   * is the meeting's id); `more` counts the attached criteria the card leaves to the meeting's page
   */
  | { kind: 'meeting'; subject: string; itemIds: string[]; more: number }
  /** a person's weekly reminder: their open 'later' items, each decided against its own context */
  | { kind: 'reminder'; items: ReminderItem[] };

export interface CardState {
  /** one id per card instance: part of the idempotency key of its decisions */
  cardId: string;
  contextType: ContextType;
  /**
   * fixed when the card is made about something else than the message it sits in. It comes back
   * from the client, so it is anyone's choice: a card shows only the clicker's own choices made
   * there, and of others a count from the privacy minimum up, so naming another context shows
   * nothing of anyone
   */
  contextRef?: string;
  /** what the decisions are about, in words (a message's subject or first line): filed with each choice */
  contextTitle?: string;
  subject: CardSubject;
}

/** an item or action a card offers decisions on */
export type CardTarget = { kind: 'item' | 'action'; id: string };

/** the state of a new card about one criterion or action, whose decisions are about the message it sits in */
export function targetCardState(cardId: string, target: AppLinkTarget): CardState {
  const subject: CardSubject = target.kind === 'criterion' ? { kind: 'criterion', itemId: target.id } : { kind: 'action', actionId: target.id };
  return { cardId, contextType: 'message', subject };
}

/** a criterion's or an action's id in data that came back from a client */
export const contentId = z.string().refine(isContentId, 'not a criterion or action id');

const subjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('criterion'), itemId: contentId }),
  z.object({ kind: z.literal('action'), actionId: contentId }),
  z.object({
    kind: z.literal('check'),
    origin: z.enum(['message', 'draft']),
    documentType: z.enum(DOCUMENT_TYPES),
    groups: z
      .array(
        z.object({
          id: contentId,
          evidence: z.array(z.string().max(CARD_LIMITS.evidenceChars)).max(CARD_LIMITS.evidencePerGroup),
          itemIds: z.array(contentId).max(CARD_LIMITS.itemsPerGroup),
        }),
      )
      .max(CARD_LIMITS.groups),
  }),
  z.object({
    kind: z.literal('meeting'),
    subject: z.string().max(MEETING_CARD_LIMITS.subjectChars),
    itemIds: z.array(contentId).min(1).max(MEETING_CARD_LIMITS.criteria),
    more: z.number().int().min(0).max(10_000),
  }),
  z.object({
    kind: z.literal('reminder'),
    items: z
      .array(
        z.object({
          itemId: contentId,
          contextRef: z.string().min(1).max(255),
          contextType: z.enum(CONTEXT_TYPES),
          title: z.string().max(REMINDER_CARD_LIMITS.titleChars).optional(),
        }),
      )
      .max(REMINDER_CARD_LIMITS.items)
      // one entry per criterion: a card's inputs are named after the criterion
      .refine((items) => new Set(items.map((i) => i.itemId)).size === items.length),
  }),
]);

const stateFields = {
  cardId: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/),
  contextType: z.enum(CONTEXT_TYPES),
  contextRef: z.string().min(1).max(255).optional(),
  contextTitle: z.string().max(CARD_LIMITS.contextTitleChars).optional(),
  subject: subjectSchema,
};

/** a meeting's card records against that meeting: contextType meeting, contextRef its id */
const meetingCardIsAboutItsMeeting = (state: { contextType: ContextType; contextRef?: string | undefined; subject: { kind: string } }) =>
  state.subject.kind !== 'meeting' || (state.contextType === 'meeting' && state.contextRef !== undefined && isMeetingId(state.contextRef));

const stateSchema = z.object(stateFields).refine(meetingCardIsAboutItsMeeting);

/**
 * the data of a decision button: the card's state, the item or action, and the decision. A card
 * with several criteria has one "record" button per criterion instead, and the decision comes from
 * that criterion's choice input (`decision-{id}`), which Teams merges into the data.
 */
const decideSchema = z
  .object({
    ...stateFields,
    decision: z.enum(DECISIONS).optional(),
    itemId: contentId.optional(),
    actionId: contentId.optional(),
  })
  .refine(meetingCardIsAboutItsMeeting);

/** the card state in an action's data, or undefined when it is not one of ours */
export function parseCardState(data: unknown): CardState | undefined {
  const parsed = stateSchema.safeParse(data);
  return parsed.success ? (parsed.data as CardState) : undefined;
}

export type ParsedDecision =
  | { ok: true; state: CardState; decision: Decision | undefined; target: CardTarget }
  | { ok: false };

/** the id of the decision choice that belongs to an item or action on a card */
export const decisionInputId = (targetId: string) => `decision-${targetId}`;

/**
 * a decision button's data; the decision may still be one a card does not offer, or missing when
 * nothing was chosen
 */
export function parseDecideData(data: Record<string, unknown>): ParsedDecision {
  const parsed = decideSchema.safeParse(data);
  if (!parsed.success) return { ok: false };
  const { decision, itemId, actionId, ...state } = parsed.data;
  if ((itemId === undefined) === (actionId === undefined)) return { ok: false };
  const target = itemId !== undefined ? { kind: 'item' as const, id: itemId } : { kind: 'action' as const, id: actionId! };
  let chosen: Decision | undefined = decision;
  if (chosen === undefined) {
    const input = data[decisionInputId(target.id)];
    if (input !== undefined && input !== '') {
      const fromInput = z.enum(DECISIONS).safeParse(input);
      if (!fromInput.success) return { ok: false };
      chosen = fromInput.data;
    }
  }
  return { ok: true, state: state as CardState, decision: chosen, target };
}

/** the items and actions a card offers decisions on */
export function targetsOf(subject: CardSubject): CardTarget[] {
  switch (subject.kind) {
    case 'criterion':
      return [{ kind: 'item', id: subject.itemId }];
    case 'action':
      return [{ kind: 'action', id: subject.actionId }];
    case 'check':
      return subject.groups.flatMap((g) => g.itemIds.map((id) => ({ kind: 'item' as const, id })));
    case 'meeting':
      return subject.itemIds.map((id) => ({ kind: 'item' as const, id }));
    case 'reminder':
      return subject.items.map((item) => ({ kind: 'item' as const, id: item.itemId }));
  }
}

/** the id of the reason input that belongs to an item or action on a card */
export const reasonInputId = (targetId: string) => `reason-${targetId}`;
