// Who gets the weekly reminder, and where: the conversation reference of the person's chat with the
// bot, kept when they install the app (or write to the bot), and whether they switched it off.
// The Teams SDK sends a proactive message with the conversation id; the service URL is kept too,
// as the Bot Framework answers a conversation at the address it gave for it.

export interface ReminderSubscription {
  /** the person's Entra object id (lower case) */
  personId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  /** the chat's locale when it was kept: the card's language */
  locale?: string;
  /** false once the person switched the reminder off */
  enabled: boolean;
  /** ISO 8601 */
  since: string;
  /** when the last reminder went out (ISO 8601) */
  lastSentAt?: string;
  /**
   * when Teams said the chat is gone (the app was uninstalled: 403 or 404); no reminder is sent
   * until the chat is kept again by an install or a message
   */
  unreachableSince?: string;
}

/** the port the bot keeps subscriptions through; the server gives it one that lasts (a file) */
export interface ReminderSubscriptions {
  get(personId: string): Promise<ReminderSubscription | undefined>;
  all(): Promise<ReminderSubscription[]>;
  /** adds or replaces the person's subscription */
  put(subscription: ReminderSubscription): Promise<void>;
}

/** a person's chat with the bot, as an install or a message shows it; an earlier choice to switch off is kept */
export async function keepConversation(
  store: ReminderSubscriptions,
  reference: Omit<ReminderSubscription, 'enabled' | 'since' | 'lastSentAt' | 'unreachableSince'>,
  now: Date,
): Promise<void> {
  const personId = reference.personId.toLowerCase();
  const earlier = await store.get(personId);
  const same = earlier && earlier.conversationId === reference.conversationId && earlier.serviceUrl === reference.serviceUrl && earlier.locale === reference.locale;
  if (same && !earlier.unreachableSince) return;
  const { unreachableSince: _gone, ...kept } = earlier ?? ({} as Partial<ReminderSubscription>);
  await store.put({ ...kept, ...reference, personId, enabled: earlier?.enabled ?? true, since: earlier?.since ?? now.toISOString() });
}

/** switches a person's reminder on or off; false when they have no chat with the bot kept */
export async function setReminderEnabled(store: ReminderSubscriptions, personId: string, enabled: boolean): Promise<boolean> {
  const earlier = await store.get(personId.toLowerCase());
  if (!earlier) return false;
  if (earlier.enabled !== enabled) await store.put({ ...earlier, enabled });
  return true;
}

/** subscriptions in memory: for a server without a data folder of its own, and tests */
export class MemoryReminderSubscriptions implements ReminderSubscriptions {
  readonly rows = new Map<string, ReminderSubscription>();
  async get(personId: string) {
    const row = this.rows.get(personId.toLowerCase());
    return row ? { ...row } : undefined;
  }
  async all() {
    return [...this.rows.values()].map((r) => ({ ...r }));
  }
  async put(subscription: ReminderSubscription) {
    this.rows.set(subscription.personId.toLowerCase(), { ...subscription });
  }
}
