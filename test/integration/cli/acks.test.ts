import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureAck } from '../../support/storage-fixtures';
import { startTestEmulator, type TestEmulator } from '../../support/emulator-harness';
import { runCli, UNREACHABLE_GRAPH as UNREACHABLE } from '../../support/run-cli';
import { DEFAULT_LIST_VIEW_THRESHOLD } from '../../../src/server/graph-emulator';
import { createGraphClient, GraphAcknowledgementStore, provision, resolveSiteId } from '../../../src/storage/graph';
import { acknowledgementsToCsv, parseSince, purgeBefore } from '../../../src/cli/commands/acks';
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

  it('exports every acknowledgement as CSV to a file, oldest first', async () => {
    const result = await runCli(['acks', 'export', '--out', 'all.csv'], env, dir);
    expect(result.code).toBe(0);
    expect(result.err).toBe(`exported 30 acknowledgement(s) to ${join(dir, 'all.csv')}`);
    const csv = readFileSync(join(dir, 'all.csv'), 'utf8');
    expect(csv).toBe(acknowledgementsToCsv(acks));
  });

  it('exports those since a date as JSON to standard output', async () => {
    const result = await runCli(['acks', 'export', '--format', 'json', '--since', acks[25]!.ackAt], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(acks.slice(25));
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
  let store: GraphAcknowledgementStore;

  beforeAll(async () => {
    emulator = await startTestEmulator({ listViewThreshold: DEFAULT_LIST_VIEW_THRESHOLD });
    env = { CC_GRAPH_BASE_URL: emulator.baseUrl };
    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 't' });
    const siteId = await resolveSiteId(http);
    await provision(http, siteId);
    store = new GraphAcknowledgementStore({ http, siteId });
    await store.append(acks);
  });
  afterAll(() => emulator.stop());

  it("exports one person's acknowledgements, and only theirs", async () => {
    const result = await runCli(['acks', 'export', '--format', 'json', '--person', person], env);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as { ackKey: string }[]).map((a) => a.ackKey)).toEqual(['ack-00000001', 'ack-00000008', 'ack-00000015']);
  });

  it('counts without --yes and deletes with it: forget a person', async () => {
    const dry = await runCli(['acks', 'forget', '--person', person], env);
    expect([dry.code, dry.out]).toEqual([0, expect.stringMatching(/^3 acknowledgement\(s\) of .* nothing deleted: run again with --yes/)]);
    expect(await store.forStaff(person)).toHaveLength(3);

    const done = await runCli(['acks', 'forget', '--person', person, '--yes'], env);
    expect([done.code, done.out]).toEqual([0, `deleted 3 acknowledgement(s) of ${person}`]);
    expect(await store.forStaff(person)).toEqual([]);
    expect((await store.sync()).upserted).toHaveLength(18);
  });

  it('purges the acknowledgements made before a day, and keeps the rest', async () => {
    // fixture rows are one second apart from 2026-11-01T00:00:00Z: none before that day, all before the next
    const none = await runCli(['acks', 'purge', '--before', '2026-11-01', '--yes'], env);
    expect([none.code, none.out]).toEqual([0, 'deleted 0 acknowledgement(s) made before 2026-11-01']);
    const all = await runCli(['acks', 'purge', '--before', '2026-11-02', '--yes'], env);
    expect([all.code, all.out]).toEqual([0, 'deleted 18 acknowledgement(s) made before 2026-11-02']);
    expect((await store.sync()).upserted).toEqual([]);
  });

  it('refuses a person id that is not one', async () => {
    const result = await runCli(['acks', 'forget', '--person', "x' or 1 eq 1"], env);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/--person must be the person's Entra object id/);
  });
});
