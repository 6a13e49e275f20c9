// The weekly reminder's settings: CC_REMINDER_INTERVAL_HOURS (168, a week, by default; 0 turns the
// reminder off) and CC_REMINDER_FILE (where people's chats with the bot and their choice to switch
// the reminder off are kept; beside the server's other local state by default).
import { join, resolve } from 'node:path';
import { ConfigError, PROJECT_ROOT, type ServerConfig } from '../config';

export interface ReminderConfig {
  /** how often one person may get a reminder; 0 sends none */
  intervalHours: number;
  file: string;
}

export const DEFAULT_REMINDER_INTERVAL_HOURS = 7 * 24;

export function loadReminderConfig(env: Record<string, string | undefined>, config: ServerConfig): ReminderConfig {
  const folder = config.mode === 'local' ? config.dataDir : resolve(PROJECT_ROOT, '.local');
  const reminders: ReminderConfig = { intervalHours: DEFAULT_REMINDER_INTERVAL_HOURS, file: join(folder, 'reminders.json') };
  const file = env.CC_REMINDER_FILE?.trim();
  if (file) reminders.file = resolve(file);
  const raw = env.CC_REMINDER_INTERVAL_HOURS?.trim();
  if (raw) {
    if (!/^\d+$/.test(raw) || Number(raw) > 24 * 366) {
      throw new ConfigError(config.mode, [{ variable: 'CC_REMINDER_INTERVAL_HOURS', problem: 'malformed: expected a whole number of hours from 0 (off) to 8784' }]);
    }
    reminders.intervalHours = Number(raw);
  }
  return reminders;
}
