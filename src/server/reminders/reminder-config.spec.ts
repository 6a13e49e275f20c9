import { join } from 'node:path';
import { loadConfig } from '../config';
import { loadReminderConfig } from './reminder-config';

const local = loadConfig({ CC_DATA_DIR: '/tmp/cc-data' });

describe('loadReminderConfig', () => {
  it('sends weekly by default, kept beside the local data', () => {
    expect(loadReminderConfig({}, local)).toEqual({ intervalHours: 168, file: join('/tmp/cc-data', 'reminders.json') });
  });

  it('takes an interval (0 is off) and a file of its own', () => {
    expect(loadReminderConfig({ CC_REMINDER_INTERVAL_HOURS: '0', CC_REMINDER_FILE: '/srv/cc/reminders.json' }, local)).toEqual({ intervalHours: 0, file: '/srv/cc/reminders.json' });
  });

  it('refuses an interval that is not a whole number of hours, naming the variable', () => {
    for (const bad of ['weekly', '-1', '1.5', '99999']) expect(() => loadReminderConfig({ CC_REMINDER_INTERVAL_HOURS: bad }, local)).toThrow(/CC_REMINDER_INTERVAL_HOURS/);
  });
});
