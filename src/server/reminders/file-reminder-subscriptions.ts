// The weekly reminder's subscriptions in a JSON file beside the server's other local state: read
// once, written whole through a temporary file and a rename, one write at a time, so a crash never
// leaves half a file. One server instance owns the file (see docs/deploy.md for several).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { MemoryReminderSubscriptions, type ReminderSubscription } from '../../bot/reminder/subscriptions';
import { makeOwnerOnlyFolderFor } from '../owner-only-files';

const subscriptionSchema = z.object({
  personId: z.string().min(1).max(100),
  conversationId: z.string().min(1).max(1000),
  serviceUrl: z.string().min(1).max(1000),
  tenantId: z.string().max(100).optional(),
  locale: z.string().max(20).optional(),
  enabled: z.boolean(),
  since: z.string(),
  lastSentAt: z.string().optional(),
  unreachableSince: z.string().optional(),
});

const fileSchema = z.object({ version: z.literal(1), subscriptions: z.array(subscriptionSchema) });

/** the subscriptions in memory, as MemoryReminderSubscriptions keeps them, and each change written to the file */
export class FileReminderSubscriptions extends MemoryReminderSubscriptions {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {
    super();
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) return;
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${file} is not a reminder subscriptions file: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
    for (const row of parsed.data.subscriptions) this.rows.set(row.personId.toLowerCase(), row as ReminderSubscription);
  }

  override async put(subscription: ReminderSubscription) {
    await super.put(subscription);
    const snapshot = JSON.stringify({ version: 1, subscriptions: [...this.rows.values()] });
    this.writing = this.writing.catch(() => undefined).then(() => {
      makeOwnerOnlyFolderFor(this.file);
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, snapshot, { mode: 0o600 });
      renameSync(temporary, this.file);
    });
    return this.writing;
  }
}

/**
 * removes one person's entry from the file, for their request to be forgotten (`circular-choices
 * reminders forget`); with `dryRun`, only counts. Run it while the app is stopped: the running app
 * keeps the file in memory and writes it whole on its next change, which would bring the entry back.
 */
export function removeSubscriptionFromFile(file: string, personId: string, options: { dryRun?: boolean } = {}): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a reminder subscriptions file: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
  const person = personId.toLowerCase();
  const kept = parsed.data.subscriptions.filter((row) => row.personId.toLowerCase() !== person);
  const removed = parsed.data.subscriptions.length - kept.length;
  if (removed > 0 && !options.dryRun) {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: 1, subscriptions: kept }), { mode: 0o600 });
    renameSync(temporary, file);
  }
  return removed;
}
