import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureAck } from '../../support/storage-fixtures';
import { startTestEmulator, type TestEmulator } from '../../support/emulator-harness';
import { runCli, UNREACHABLE_GRAPH as UNREACHABLE } from '../../support/run-cli';
import { DEFAULT_LIST_VIEW_THRESHOLD } from '../../../src/server/graph-emulator';
import { createGraphClient, GraphAcknowledgementStore, GraphMeetingCriteriaStore, provision, resolveSiteId } from '../../../src/storage/graph';
import { acknowledgementsToCsv, meetingCriteriaFile, meetingCriteriaToCsv, parseSince, purgeBefore } from '../../../src/cli/commands/acks';
import { localGraphBaseUrl } from '../../../src/cli/commands/lists';

describe('acknowledgementsToCsv', () => {
  it('writes UTF-8 with a byte order mark and CRLF rows, quoting as RFC 4180 says', () => {
    const csv = acknowledgementsToCsv([fixtureAck(5, { reason: 'Niet "nodig", zei de projectleider\nna overleg', contextTitle: 'Bestek Soesterberg; fase 2' })]);
    expect(csv.startsWith('\uFEFFackAt,ackKey,decision,reason,')).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header!.split(',')).toHaveLength(16);
    expect(row).toContain(',"Niet ""nodig"", zei de projectleider\nna overleg",');
    expect(row).toContain(',Bestek Soesterberg; fase 2,');
    expect(end).toBe('');
  });

  it('turns cells a spreadsheet would run as formulas into plain text', () => {
    const csv = acknowledgementsToCsv([
      fixtureAck(5, { reason: '=HYPERLINK("http://evil.example","klik")', contextTitle: '+31 35 609 3411', team: '@inkoop', contextRef: '-1' }),
    ]);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example"",""klik"")",`);
    expect(row).toContain(",'+31 35 609 3411,");
    expect(row).toContain(",'@inkoop,");
    expect(row).toContain(",'-1,");
  });
});

describe('parseSince', () => {
  it('takes a date or a date-time with its zone, as a UTC instant', () => {
    expect(parseSince('2026-11-01')).toBe('2026-11-01T00:00:00.000Z');
    expect(parseSince('2026-11-01T10:00:00+01:00')).toBe('2026-11-01T09:00:00.000Z');
  });

  it('refuses a moment without a zone, a date not in the calendar, and words', () => {
    expect(() => parseSince('2026-11-01T10:00')).toThrow(/--since must be a date/);
    expect(() => parseSince('2026-02-30')).toThrow(/not a date in the calendar/);
    expect(() => parseSince('last week')).toThrow(/got 'last week'/);
  });
});

describe('circular-choices acks export: bad input', () => {
  it('refuses a bad --since or --format before connecting anywhere', async () => {
    const since = await runCli(['acks', 'export', '--since', 'yesterday'], { CC_GRAPH_BASE_URL: UNREACHABLE });
    expect(since.code).toBe(1);
    expect(since.err).toBe("error: --since must be a date like 2026-11-01 or a date-time like 2026-11-01T09:00:00Z (got 'yesterday')");
    const format = await runCli(['acks', 'export', '--format', 'xlsx'], { CC_GRAPH_BASE_URL: UNREACHABLE });
    expect([format.code, format.err]).toEqual([1, "error: --format must be csv or json (got 'xlsx')"]);
  });

  it('says to start the local server when the emulator cannot be reached', async () => {
    const result = await runCli(['acks', 'export', '--format', 'json'], { CC_GRAPH_BASE_URL: UNREACHABLE });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/is the local server running\? start it with npm start$/);
  });

  it('names the missing variables for a tenant site', async () => {
    const result = await runCli(['acks', 'export', '--site', 'https://contoso.sharepoint.com/sites/circulair'], {});
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/needs AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET/);
  });
});

describe('circular-choices acks export on the local emulator', () => {
  let emulator: TestEmulator;
  let dir: string;
  let env: Record<string, string>;
  const acks = Array.from({ length: 30 }, (_, i) => fixtureAck(i + 1));

  beforeAll(async () => {
    emulator = await startTestEmulator({ listViewThreshold: DEFAULT_LIST_VIEW_THRESHOLD });
    // the emulator's temporary folder, removed with it, is also where --out writes
    dir = dirname(emulator.dbFile);
    env = { CC_GRAPH_BASE_URL: emulator.baseUrl };
    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 't' });
    const siteId = await resolveSiteId(http);
    await provision(http, siteId);
    await new GraphAcknowledgementStore({ http, siteId }).append(acks);
  });
  afterAll(() => emulator.stop());

  it('exports every acknowledgement as CSV to a file, oldest first, without person data by default', async () => {
    const result = await runCli(['acks', 'export', '--out', 'all.csv'], env, dir);
    expect(result.code).toBe(0);
    expect(result.err).toBe(`exported 30 acknowledgement(s) to ${join(dir, 'all.csv')}`);
    const csv = readFileSync(join(dir, 'all.csv'), 'utf8');
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
    expect(header!.split(',')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(reason|contextTitle|contextRef)$/)]));
    expect(rows).toHaveLength(30);
    for (const ack of acks) {
      for (const personal of [ack.staffAadId, ack.ackKey, ack.reason, ack.contextTitle, ack.contextRef]) if (personal) expect(csv).not.toContain(personal);
    }
    // one pseudonym per person within the export: distinct people can still be counted
    const column = header!.split(',').indexOf('staffAadId');
    const pseudonyms = new Set(rows.map((row) => row.split(',')[column]));
    expect(pseudonyms.size).toBe(new Set(acks.map((a) => a.staffAadId)).size);
    // and another run has other pseudonyms: they cannot be linked across exports
    const again = await runCli(['acks', 'export', '--format', 'json'], env);
    expect((JSON.parse(again.out) as { staffAadId: string }[]).some((a) => pseudonyms.has(a.staffAadId))).toBe(false);
  });

  it('exports the identified rows only with --all-people and a --purpose, with a warning', async () => {
    const refused = await runCli(['acks', 'export', '--all-people'], env);
    expect([refused.code, refused.err]).toEqual([1, expect.stringMatching(/say why with --purpose/)]);
    const result = await runCli(['acks', 'export', '--all-people', '--purpose', 'audit 2026 by the FG', '--out', 'identified.csv'], env, dir);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^warning: this export holds every person's identified choices .*purpose: audit 2026 by the FG\./);
    expect(readFileSync(join(dir, 'identified.csv'), 'utf8')).toBe(acknowledgementsToCsv(acks));
  });

  it('exports those since a date as JSON to standard output', async () => {
    const result = await runCli(['acks', 'export', '--format', 'json', '--since', acks[25]!.ackAt, '--all-people', '--purpose', 'test'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(acks.slice(25));
    const pseudonymous = JSON.parse((await runCli(['acks', 'export', '--format', 'json', '--since', acks[25]!.ackAt], env)).out) as Record<string, unknown>[];
    expect(pseudonymous).toHaveLength(5);
    for (const row of pseudonymous) expect(Object.keys(row)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(reason|contextTitle|contextRef)$/)]));
  });

  it('leaves no half-written file when the file cannot be written', async () => {
    const result = await runCli(['acks', 'export', '--out', 'missing-folder/all.csv'], env, dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^error: could not write .*missing-folder\/all\.csv: ENOENT/);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});

describe('the local server the commands reach', () => {
  it('is --server, else CC_GRAPH_BASE_URL, else the server on PORT, else port 3978', () => {
    expect(localGraphBaseUrl('http://127.0.0.1:4100/', { PORT: '5000' })).toBe('http://127.0.0.1:4100/graph/v1.0');
    expect(localGraphBaseUrl(undefined, { CC_GRAPH_BASE_URL: 'http://127.0.0.1:9/graph/v1.0', PORT: '5000' })).toBe('http://127.0.0.1:9/graph/v1.0');
    expect(localGraphBaseUrl(undefined, { PORT: '5000' })).toBe('http://localhost:5000/graph/v1.0');
    expect(localGraphBaseUrl(undefined, {})).toBe('http://localhost:3978/graph/v1.0');
  });

  it('refuses a --server or PORT that is not one', () => {
    expect(() => localGraphBaseUrl('localhost-4000', {})).toThrow(/--server must be/);
    expect(() => localGraphBaseUrl(undefined, { PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });
});

describe('purgeBefore', () => {
  it('is --before, or today minus the retention period', () => {
    expect(purgeBefore('2024-01-01', {}, new Date())).toBe('2024-01-01T00:00:00.000Z');
    expect(purgeBefore(undefined, { CC_RETENTION_DAYS: '10' }, new Date('2026-12-02T15:00:00Z'))).toBe('2026-11-22T00:00:00.000Z');
    expect(() => purgeBefore(undefined, {}, new Date())).toThrow(/give --before DATE, or set CC_RETENTION_DAYS/);
    expect(() => purgeBefore('2026-02-30', {}, new Date())).toThrow(/--before must be a day in the calendar/);
  });
});

describe("circular-choices acks: a person's data and the retention period, on the local emulator", () => {
  let emulator: TestEmulator;
  let env: Record<string, string>;
  // 21 rows: person ...0001 made n = 1, 8, 15 (n % 7 === 1)
  const acks = Array.from({ length: 21 }, (_, i) => fixtureAck(i + 1));
  const person = '00000000-0000-4000-8000-000000000001';
  const other = '00000000-0000-4000-8000-000000000002';
  let store: GraphAcknowledgementStore;
  let meetings: GraphMeetingCriteriaStore;
  // the person's meeting (upper case: ids compare without case), another's, an old one and one without a start
  const theirs = { meetingId: 'm-theirs', checklistItemIds: ['a', 'b'], attachedBy: person.toUpperCase(), subject: 'Overleg Soesterberg', start: '2026-12-01T09:00:00Z' };
  const othersMeeting = { meetingId: 'm-other', checklistItemIds: ['a'], attachedBy: other, subject: 'Aanbesteding', start: '2099-12-02T09:00:00Z' };
  const oldMeeting = { meetingId: 'm-old', checklistItemIds: ['a'], attachedBy: other, subject: 'Vorig jaar', start: '2025-06-01T09:00:00Z' };
  const noStart = { meetingId: 'm-nostart', checklistItemIds: ['b'], attachedBy: other, subject: 'Zonder tijd' };

  beforeAll(async () => {
    emulator = await startTestEmulator({ listViewThreshold: DEFAULT_LIST_VIEW_THRESHOLD });
    env = { CC_GRAPH_BASE_URL: emulator.baseUrl };
    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 't' });
    const siteId = await resolveSiteId(http);
    await provision(http, siteId);
    store = new GraphAcknowledgementStore({ http, siteId });
    await store.append(acks);
    meetings = new GraphMeetingCriteriaStore({ http, siteId });
    for (const criteria of [theirs, othersMeeting, oldMeeting, noStart]) await meetings.save(criteria);
  });
  afterAll(() => emulator.stop());

  it("exports one person's acknowledgements and the meetings they attached criteria to, and only theirs", async () => {
    const result = await runCli(['acks', 'export', '--format', 'json', '--person', person], env);
    expect(result.code).toBe(0);
    const exported = JSON.parse(result.out) as { acknowledgements: { ackKey: string }[]; meetingCriteria: unknown[] };
    expect(exported.acknowledgements.map((a) => a.ackKey)).toEqual(['ack-00000001', 'ack-00000008', 'ack-00000015']);
    expect(exported.meetingCriteria).toEqual([theirs]);
    expect(result.err).toMatch(/weekly reminder keeps .* in the file CC_REMINDER_FILE on the app's host/);

    const dir = dirname(emulator.dbFile);
    const csv = await runCli(['acks', 'export', '--person', person, '--out', 'choices.csv'], env, dir);
    expect(csv.code).toBe(0);
    expect(csv.err).toContain(`and 1 Meeting criteria row(s) to ${join(dir, 'choices.meeting-criteria.csv')}`);
    expect(readFileSync(join(dir, meetingCriteriaFile('choices.csv')), 'utf8')).toBe(meetingCriteriaToCsv([theirs]));
  });

  it('counts without --yes and deletes with it: forget a person, in the acknowledgements and the meetings they own', async () => {
    const dry = await runCli(['acks', 'forget', '--person', person], env);
    expect([dry.code, dry.out]).toEqual([0, expect.stringMatching(/^3 acknowledgement\(s\) and 1 Meeting criteria row\(s\) of .* nothing deleted: run again with --yes/)]);
    expect(await store.forStaff(person)).toHaveLength(3);
    expect(await meetings.get(theirs.meetingId)).toEqual(theirs);

    const done = await runCli(['acks', 'forget', '--person', person, '--yes'], env);
    expect([done.code, done.out]).toEqual([0, `deleted 3 acknowledgement(s) and 1 Meeting criteria row(s) of ${person}`]);
    expect(done.err).toMatch(/CC_REMINDER_FILE/);
    expect(await store.forStaff(person)).toEqual([]);
    expect((await store.sync()).upserted).toHaveLength(18);
    // what anyone in the meeting reads (GET /api/meeting-criteria reads the row through get) no longer names them
    expect(await meetings.get(theirs.meetingId)).toBeUndefined();
    const left = await meetings.rows();
    expect(left.map((row) => row.criteria.meetingId).sort()).toEqual(['m-nostart', 'm-old', 'm-other']);
    expect(JSON.stringify(left).toLowerCase()).not.toContain(person);
  });

  it('purges the acknowledgements made before a day and the meetings that started before it, and keeps the rest', async () => {
    // fixture rows are one second apart from 2026-11-01T00:00:00Z: none before that day, all before the next
    const none = await runCli(['acks', 'purge', '--before', '2025-06-01', '--yes'], env);
    expect([none.code, none.out]).toEqual([0, 'deleted 0 acknowledgement(s) and 0 Meeting criteria row(s) from before 2025-06-01']);
    const all = await runCli(['acks', 'purge', '--before', '2026-11-02', '--yes'], env);
    expect([all.code, all.out]).toEqual([0, 'deleted 18 acknowledgement(s) and 1 Meeting criteria row(s) from before 2026-11-02']);
    expect((await store.sync()).upserted).toEqual([]);
    expect(await meetings.get(oldMeeting.meetingId)).toBeUndefined();
    expect(await meetings.get(othersMeeting.meetingId)).toEqual(othersMeeting);
    // a meeting without a start goes by when its criteria were attached: today, so kept until after today
    expect(await meetings.get(noStart.meetingId)).toEqual(noStart);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = await runCli(['acks', 'purge', '--before', tomorrow, '--yes'], env);
    expect([later.code, later.out]).toEqual([0, `deleted 0 acknowledgement(s) and 1 Meeting criteria row(s) from before ${tomorrow}`]);
    expect(await meetings.get(noStart.meetingId)).toBeUndefined();
    expect(await meetings.get(othersMeeting.meetingId)).toEqual(othersMeeting);
  });

  it('refuses a person id that is not one', async () => {
    const result = await runCli(['acks', 'forget', '--person', "x' or 1 eq 1"], env);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/--person must be the person's Entra object id/);
  });
});
