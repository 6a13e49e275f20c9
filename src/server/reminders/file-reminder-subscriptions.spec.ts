import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirsRemovedAfterAll } from '../../../test/support/temp-dirs';
import { keepConversation, setReminderEnabled } from '../../bot/reminder/subscriptions';
import { FileReminderSubscriptions } from './file-reminder-subscriptions';

const tempDir = tempDirsRemovedAfterAll('cc-reminders-');
const PERSON = '00000000-0000-4000-8000-000000000001';
const chat = { personId: PERSON, conversationId: 'a:chat-1', serviceUrl: 'https://smba.example/emea/', locale: 'nl-NL' };

describe('FileReminderSubscriptions', () => {
  it('keeps chats and the choice to switch off across a restart; a new install keeps the choice', async () => {
    const file = join(tempDir(), 'nested', 'reminders.json');
    const first = new FileReminderSubscriptions(file);
    await keepConversation(first, chat, new Date('2026-12-01T00:00:00Z'));
    expect(await setReminderEnabled(first, PERSON.toUpperCase(), false)).toBe(true);
    const again = new FileReminderSubscriptions(file);
    expect(await again.get(PERSON)).toMatchObject({ conversationId: 'a:chat-1', enabled: false, since: '2026-12-01T00:00:00.000Z' });
    await keepConversation(again, { ...chat, conversationId: 'a:chat-2' }, new Date('2026-12-02T00:00:00Z'));
    expect(await new FileReminderSubscriptions(file).get(PERSON)).toMatchObject({ conversationId: 'a:chat-2', enabled: false });
    expect(JSON.parse(readFileSync(file, 'utf8')).subscriptions).toHaveLength(1);
    // the folder it made and the file are the server's account's only
    expect([join(file, '..'), file].map((path) => (statSync(path).mode & 0o777).toString(8))).toEqual(['700', '600']);
  });

  it('says which file it cannot read instead of starting with nobody', () => {
    const file = join(tempDir(), 'reminders.json');
    writeFileSync(file, JSON.stringify({ version: 1, subscriptions: [{ personId: 'x' }] }));
    expect(() => new FileReminderSubscriptions(file)).toThrow(/reminders\.json is not a reminder subscriptions file/);
  });

  it('has nobody to switch for a person without a kept chat', async () => {
    expect(await setReminderEnabled(new FileReminderSubscriptions(join(tempDir(), 'r.json')), PERSON, false)).toBe(false);
  });
});
