// `circular-choices reminders forget`: a person's chat leaves the weekly reminder's file, everyone
// else's stays, and the app reads the file back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileReminderSubscriptions } from '../../../src/server/reminders/file-reminder-subscriptions';
import { runCli } from '../../support/run-cli';
import { tempDirsRemovedAfterAll } from '../../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-remind-cli-');
const PERSON = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const entry = (personId: string) => ({ personId, conversationId: `a:chat-${personId}`, serviceUrl: 'https://smba.trafficmanager.net/emea/', enabled: true, since: '2026-11-01T00:00:00Z' });

describe('circular-choices reminders forget', () => {
  it("counts without --yes, and removes only that person's entry with it", async () => {
    const dir = tempDir();
    const file = join(dir, 'reminders.json');
    writeFileSync(file, JSON.stringify({ version: 1, subscriptions: [entry(PERSON.toUpperCase()), entry(OTHER)] }));

    const dry = await runCli(['reminders', 'forget', '--person', PERSON], { CC_REMINDER_FILE: file });
    expect([dry.code, dry.out]).toEqual([0, `1 reminder entry of ${PERSON} in ${file}; nothing removed: stop the app, then run again with --yes`]);
    expect(readFileSync(file, 'utf8')).toContain(PERSON.toUpperCase());

    const done = await runCli(['reminders', 'forget', '--person', PERSON, '--file', 'reminders.json', '--yes'], {}, dir);
    expect([done.code, done.out]).toEqual([0, `removed 1 reminder entry of ${PERSON} from ${file}; start the app again`]);
    const text = readFileSync(file, 'utf8');
    expect(text.toLowerCase()).not.toContain(PERSON);
    const kept = new FileReminderSubscriptions(file);
    expect(await kept.get(OTHER)).toMatchObject({ conversationId: `a:chat-${OTHER}` });
    expect(await kept.get(PERSON)).toBeUndefined();
  });

  it('needs the file and a real person id', async () => {
    expect((await runCli(['reminders', 'forget', '--person', PERSON], {})).err).toMatch(/give --file, or set CC_REMINDER_FILE/);
    expect((await runCli(['reminders', 'forget', '--person', "x' or 1", '--file', 'x.json'], {})).err).toMatch(/--person must be/);
  });
});
