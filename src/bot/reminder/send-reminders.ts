// The weekly reminder's run: for each person who has a chat with the bot and did not switch the
// reminder off, and whose last reminder is at least an interval old, a card of their open 'later'
// items (none open, nothing sent). A run is cheap to repeat: the server runs it every hour, and
// each person gets at most one card per interval.
import { openLaterItems } from '../../domain/open-later';
import { reminderCard, reminderCardState, reminderItems } from '../cards/reminder-card';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/elements';
import type { OutgoingMessage } from '../handlers/conversation';
import { cardContextFor, type BotEnvironment } from '../handlers/environment';
import type { ReminderSubscription, ReminderSubscriptions } from './subscriptions';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** sends one message into a kept conversation (the Teams SDK's proactive path) */
export type ProactiveSend = (subscription: ReminderSubscription, message: OutgoingMessage) => Promise<void>;

export interface ReminderRun {
  sent: number;
  /** nothing open, switched off, or not due yet */
  skipped: number;
  failed: number;
}

export interface ReminderDeps {
  env: BotEnvironment;
  subscriptions: ReminderSubscriptions;
  send: ProactiveSend;
  intervalMs: number;
}

/** the reminder card for one person now, or undefined when nothing of theirs is open */
export async function reminderMessageFor(env: BotEnvironment, personId: string, locale: string | undefined): Promise<OutgoingMessage | undefined> {
  const context = cardContextFor(env, { locale });
  const items = reminderItems(openLaterItems(await env.acknowledgements.forStaff(personId), personId), (id) => env.content.lookup.item(id) !== undefined);
  if (items.length === 0) return undefined;
  const card = reminderCard(context, reminderCardState(env.newCardId(), items), { enabled: true });
  return card ? { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] } : undefined;
}

/** the HTTP status of a failed send: the Teams SDK's client errors carry axios' response */
function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown } };
  const status = typeof e.status === 'number' ? e.status : e.response?.status;
  return typeof status === 'number' ? status : undefined;
}

export async function sendDueReminders(deps: ReminderDeps): Promise<ReminderRun> {
  const { env } = deps;
  const run: ReminderRun = { sent: 0, skipped: 0, failed: 0 };
  const now = env.now();
  for (const subscription of await deps.subscriptions.all()) {
    const due = !subscription.lastSentAt || now.getTime() - Date.parse(subscription.lastSentAt) >= deps.intervalMs;
    if (!subscription.enabled || !due || subscription.unreachableSince) {
      run.skipped++;
      continue;
    }
    try {
      const message = await reminderMessageFor(env, subscription.personId, subscription.locale);
      if (!message) {
        run.skipped++;
        continue;
      }
      await deps.send(subscription, message);
      await deps.subscriptions.put({ ...subscription, lastSentAt: now.toISOString() });
      run.sent++;
    } catch (error) {
      // one person's chat that cannot be reached does not stop the others'; a chat Teams says is
      // gone is not tried again every hour, only once it is kept again
      run.failed++;
      const status = statusOf(error);
      env.log({ level: 'warn', msg: 'reminder not sent', error: (error as Error).name, status });
      if (status === 403 || status === 404) await deps.subscriptions.put({ ...subscription, unreachableSince: now.toISOString() }).catch(() => undefined);
    }
  }
  env.log({ level: 'info', msg: 'reminders run', ...run });
  return run;
}
