// Universal Actions on the bot's cards. `decide` records an acknowledgement for the acting user
// (their Entra object id from the validated activity) through the server's one writer, and answers
// with the card again, now showing their choice; `refreshCard` answers with the card as it stands
// for the person who asks. A card shows a person only their own choices, and of others a count
// from the privacy minimum up (card-choices.ts). The same click twice makes the
// same idempotency key, so the store keeps one row. On the weekly reminder each item is decided
// against the document it was put aside on, the answer is the person's items still open, and
// `remindersOff` / `remindersOn` keep whether they get the reminder.
import { z } from 'zod';
import { ackKeyFor, type Acknowledgement } from '../../domain/acknowledgement';
import { DEFAULT_MIN_CONTRIBUTORS } from '../../domain/metrics';
import { openLaterItems } from '../../domain/open-later';
import type { RecordRequest } from '../../server/api/acknowledgement-writer';
import { DECISIONS_WITH_REASON, type Decision } from '../../domain/taxonomy';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { cardChoices, type CardChoices } from '../card-choices';
import { CARD_DECISIONS, CARD_VERBS, parseCardState, parseDecideData, reasonInputId, targetsOf, type CardState, type CardTarget } from '../card-state';
import type { CardContext, CardExtras, Notice } from '../cards/card-context';
import { MAX_REASON_CHARS } from '../cards/decision-panel';
import { reminderCard, reminderItems } from '../cards/reminder-card';
import { subjectCard } from '../cards/subject-card';
import { setReminderEnabled } from '../reminder/subscriptions';
import { messageContextRef } from '../context-ref';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAnswer, errorAnswer, type UniversalActionAnswer } from './responses';

/** Teams gives a card's answer about 5 s: the decision's write gets at most 4 s, the whole answer 4.5 s */
export const DECISION_WRITE_BUDGET_MS = 4_000;
export const CARD_ANSWER_BUDGET_MS = 4_500;
/** the choices read for the card get at least this, even late */
const MIN_READ_MS = 250;

class OutOfTime extends Error {
  override readonly name = 'OutOfTime';
}

/**
 * `work` within `ms`: at the deadline its signal aborts (a Graph call then stops retrying) and the
 * answer is OutOfTime, also when `work` does not heed the signal
 */
async function within<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new OutOfTime(`no answer within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const actionValue = z.object({
  action: z.object({ type: z.string(), verb: z.string().optional(), data: z.record(z.string(), z.unknown()).optional() }),
});

function contextRefOf(state: CardState, activity: InboundActivity): string {
  return state.contextRef ?? messageContextRef(activity.conversation.id, activity.replyToId ?? activity.id ?? 'card');
}

/** what a decision on the target is about: a reminder's item keeps the context it was put aside in */
function decisionContextOf(state: CardState, activity: InboundActivity, target: CardTarget): RecordRequest['context'] {
  if (state.subject.kind === 'reminder') {
    const item = state.subject.items.find((i) => i.itemId === target.id)!;
    return { contextType: item.contextType, contextRef: item.contextRef, contextTitle: item.title };
  }
  // as the tab records it: the meeting's subject, or the checked message's, names the context
  const contextTitle = state.subject.kind === 'meeting' ? state.subject.subject : state.contextTitle;
  return { contextType: state.contextType, contextRef: contextRefOf(state, activity), contextTitle };
}

/**
 * a reminder card answered after a click: the person's items still open now (the decided one
 * gone), with the notice; when their decisions cannot be read in time, the card as it was less
 * the item just decided
 */
async function answerWithReminder(env: BotEnvironment, context: CardContext, activity: InboundActivity, state: CardState, deadline: number, notice?: Notice, justMade?: Acknowledgement): Promise<UniversalActionAnswer> {
  if (state.subject.kind !== 'reminder') return errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
  const personId = activity.from.aadObjectId?.trim() ?? '';
  let items = state.subject.items.filter((i) => !justMade || i.itemId !== justMade.checklistItemId);
  let enabled = true;
  try {
    const [acks, subscription] = await within(Math.max(MIN_READ_MS, deadline - Date.now()), () => Promise.all([env.acknowledgements.forStaff(personId), env.reminders?.get(personId)]));
    const all = justMade && !acks.some((a) => a.ackKey === justMade.ackKey) ? [...acks, justMade] : acks;
    items = reminderItems(openLaterItems(all, personId), (id) => env.content.lookup.item(id) !== undefined);
    enabled = subscription?.enabled ?? true;
  } catch (error) {
    env.log({ level: 'warn', msg: 'message extension: could not read open items for a reminder', error: (error as Error).name });
  }
  const card = reminderCard(context, { ...state, subject: { kind: 'reminder', items } }, { enabled, ...(notice ? { notice } : {}) });
  return card ? cardAnswer(card) : errorAnswer(400, 'UnknownContent', context.strings.unknownContent);
}

/** the reminder's switch: kept for the person who clicked, answered with their card */
async function switchReminders(env: BotEnvironment, context: CardContext, activity: InboundActivity, data: Record<string, unknown>, on: boolean, deadline: number): Promise<UniversalActionAnswer> {
  const state = parseCardState(data);
  const personId = activity.from.aadObjectId?.trim();
  if (!state || state.subject.kind !== 'reminder' || !env.reminders) return errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
  if (!personId) return answerWithReminder(env, context, activity, state, deadline, { tone: 'attention', text: context.strings.unknownUser });
  try {
    await within(Math.max(MIN_READ_MS, deadline - Date.now() - MIN_READ_MS), () => setReminderEnabled(env.reminders!, personId, on));
  } catch (error) {
    env.log({ level: 'error', msg: 'message extension: reminder switch not kept', error: (error as Error).name });
    return answerWithReminder(env, context, activity, state, deadline, { tone: 'attention', text: context.strings.saveFailed });
  }
  env.log({ level: 'info', msg: 'message extension: reminders switched', on });
  return answerWithReminder(env, context, activity, state, deadline, { tone: 'good', text: on ? context.strings.reminder.switchedOn : context.strings.reminder.switchedOff });
}

/**
 * what the card may show its one viewer: their own latest choice per item or action, and how many
 * others chose in its context (from the privacy minimum up). The rows read are reduced here, before
 * any card is built: nothing of another person reaches a card builder.
 */
async function choicesOn(env: BotEnvironment, activity: InboundActivity, contextRef: string, state: CardState, deadline: number, justMade?: Acknowledgement): Promise<CardChoices> {
  let acks: Acknowledgement[] = [];
  try {
    // a slow store costs the card the choices made before, never its answer
    acks = await within(Math.max(MIN_READ_MS, deadline - Date.now()), () => env.acknowledgements.forContext(contextRef));
  } catch (error) {
    env.log({ level: 'warn', msg: 'message extension: could not read decisions for a card', error: (error as Error).name });
  }
  // a store that has not caught up with the write it just took still shows the new decision
  if (justMade && !acks.some((a) => a.ackKey === justMade.ackKey)) acks = [...acks, justMade];
  return cardChoices(acks, {
    personId: activity.from.aadObjectId,
    targetIds: new Set(targetsOf(state.subject).map((t) => t.id)),
    minOthers: env.privacyMinContributors ?? DEFAULT_MIN_CONTRIBUTORS,
  });
}

/**
 * the card again, for the person who clicked or refreshed it. Teams shows the answer to an
 * Action.Execute (a click or a refresh) only to that person, on that client; everyone else keeps
 * the card as it was sent, which shows no choices, and each of their clients asks for a view of its
 * own. So the clicker's own choice may be on it; nobody else's ever is.
 */
async function answerWithCard(
  env: BotEnvironment,
  context: CardContext,
  activity: InboundActivity,
  state: CardState,
  deadline: number,
  notice?: Notice,
  justMade?: Acknowledgement,
): Promise<UniversalActionAnswer> {
  if (state.subject.kind === 'reminder') return answerWithReminder(env, context, activity, state, deadline, notice, justMade);
  const { own, othersWhoChose } = await choicesOn(env, activity, contextRefOf(state, activity), state, deadline, justMade);
  const extras: CardExtras = { ownChoices: own };
  if (othersWhoChose !== undefined) extras.othersWhoChose = othersWhoChose;
  if (notice) extras.notice = notice;
  // whoever decided sees the card refresh itself when they view it again
  if (own.length > 0) extras.refreshUserIds = [activity.from.id];
  const card = subjectCard(context, state, extras);
  return card ? cardAnswer(card) : errorAnswer(400, 'UnknownContent', context.strings.unknownContent);
}

/** what the card's click asks to record; the writer adds the person, the key and the team */
function recordRequestFor(env: BotEnvironment, activity: InboundActivity, state: CardState, target: CardTarget, decision: Decision, reason: string): RecordRequest | undefined {
  const decisionContext = decisionContextOf(state, activity, target);
  const contextRef = decisionContext.contextRef;
  let subject: RecordRequest['subject'];
  if (target.kind === 'item') {
    const found = env.content.lookup.item(target.id);
    if (!found) return undefined;
    subject = { checklistItemId: target.id, checklistId: found.checklist.id, productGroup: found.checklist.productGroup };
  } else {
    const action = env.content.lookup.action(target.id);
    if (!action) return undefined;
    subject = { actionId: target.id, productGroup: action.productGroups.length === 1 ? action.productGroups[0] : undefined };
  }
  return {
    // the same click twice is the same key; the writer makes it the person's own
    idempotencyKey: ackKeyFor(state.cardId, contextRef, target.kind, target.id, decision),
    subject,
    decision,
    reason,
    context: decisionContext,
    source: 'message-extension',
    contentVersion: env.content.pack.meta.version,
    at: env.now(),
  };
}

async function decide(env: BotEnvironment, context: CardContext, activity: InboundActivity, data: Record<string, unknown>, deadline: number): Promise<UniversalActionAnswer> {
  const parsed = parseDecideData(data);
  if (!parsed.ok) return errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
  const { state, decision, target } = parsed;
  const onCard = targetsOf(state.subject).some((t) => t.kind === target.kind && t.id === target.id);
  if (!onCard || (decision !== undefined && !(CARD_DECISIONS as readonly string[]).includes(decision))) {
    return errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
  }
  const refuse = (text: string) => answerWithCard(env, context, activity, state, deadline, { tone: 'attention', text });
  if (decision === undefined) return refuse(context.strings.chooseDecision);

  const decisionLabel = TAXONOMY_LABELS[context.language].decision[decision];
  const typed = data[reasonInputId(target.id)];
  const reason = typeof typed === 'string' ? typed.trim() : '';
  if (DECISIONS_WITH_REASON.has(decision) && !reason) return refuse(context.strings.reasonRequired(decisionLabel));
  if (reason.length > MAX_REASON_CHARS) return refuse(context.strings.reasonTooLong(MAX_REASON_CHARS));
  const staffAadId = activity.from.aadObjectId?.trim();
  if (!staffAadId) return refuse(context.strings.unknownUser);

  const request = recordRequestFor(env, activity, state, target, decision, reason);
  if (!request) return errorAnswer(400, 'UnknownContent', context.strings.unknownContent);

  try {
    // the same writer as POST /api/acknowledgements, in-process; the person is the validated activity's
    // within the card's budget: at its end the writer's store stops retrying (the signal)
    const writeMs = Math.min(env.budgets?.writeMs ?? DECISION_WRITE_BUDGET_MS, deadline - Date.now());
    // the team as the tab's calls get it (src/server/api/team-directory.ts), so the dashboard counts it under that team
    const team = env.teamOf?.(staffAadId);
    const caller = { personId: staffAadId, name: activity.from.name ?? '', isCoordinator: false, ...(team ? { team } : {}) };
    const result = await within(writeMs, (signal) => env.writer.record(caller, [request], { signal }));
    if (!result.ok) return refuse(context.strings.notRecordable);
    const [entry] = result.recorded;
    const ack = result.acknowledgements[0]!;
    if (!entry) {
      const failure = result.failed[0];
      env.log({ level: 'error', msg: 'message extension: decision not recorded', error: failure?.code, status: failure?.status });
      return refuse(context.strings.saveFailed);
    }
    const again = entry.status === 'alreadyPresent';
    env.log({ level: 'info', msg: 'message extension: decision recorded', decision, contextType: ack.contextType, again });
    const text = again ? context.strings.alreadyRecorded(decisionLabel) : context.strings.recorded(decisionLabel);
    return answerWithCard(env, context, activity, state, deadline, { tone: 'good', text }, ack);
  } catch (error) {
    if (error instanceof OutOfTime) {
      // said plainly, with the card's buttons to try again: the same click makes the same key, so a
      // write that landed after all is found, not doubled
      env.log({ level: 'warn', msg: 'message extension: decision not recorded in time', decision, budgetMs: env.budgets?.writeMs ?? DECISION_WRITE_BUDGET_MS });
      return refuse(context.strings.saveTimedOut(Math.round((env.budgets?.writeMs ?? DECISION_WRITE_BUDGET_MS) / 1000)));
    }
    env.log({ level: 'error', msg: 'message extension: decision not recorded', error: (error as Error).name, status: (error as { status?: unknown }).status });
    return refuse(context.strings.saveFailed);
  }
}

export async function onCardAction(env: BotEnvironment, activity: InboundActivity): Promise<UniversalActionAnswer> {
  const deadline = Date.now() + (env.budgets?.answerMs ?? CARD_ANSWER_BUDGET_MS);
  const context = cardContextFor(env, activity);
  const parsed = actionValue.safeParse(activity.value);
  if (!parsed.success || parsed.data.action.type !== 'Action.Execute') return errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
  const { verb, data = {} } = parsed.data.action;
  if (verb === CARD_VERBS.decide) return decide(env, context, activity, data, deadline);
  if (verb === CARD_VERBS.remindersOff || verb === CARD_VERBS.remindersOn) return switchReminders(env, context, activity, data, verb === CARD_VERBS.remindersOn, deadline);
  if (verb === CARD_VERBS.refresh) {
    const state = parseCardState(data);
    return state ? answerWithCard(env, context, activity, state, deadline) : errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
  }
  return errorAnswer(400, 'BadRequest', context.strings.cardNotRecognised);
}
