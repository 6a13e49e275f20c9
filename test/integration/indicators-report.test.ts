// Indicators and the report for the college and the council, over real HTTP in local mode: a
// coordinator records a measurement and a target through the server (nobody else may), bad input
// is refused with a reason, and `circular-choices report` writes a .docx that is read back here
// with mammoth: its headings, a Dutch-formatted number and an indicator against its target.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import type { IndicatorsAnswer } from '../../src/server/api/get-indicators';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { serverGraph } from '../../src/server/server-graph';
import { runCli } from '../support/run-cli';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-report-');

const coordinator = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
const staffMember = DEMO_STAFF.find((s) => s.team === 'inkoop')!;
const WASTE = 'public-space-residual-waste-135-kg';

/** six people in inkoop apply a criterion and give a reason for not applying another; three in vastgoed and three in ict do the same (under five each, six together) */
function acks(): Acknowledgement[] {
  const people = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `aaaaaaaa-0000-4000-8000-00000000030${i}`, team: 'inkoop' })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `bbbbbbbb-0000-4000-8000-00000000040${i}`, team: 'vastgoed' })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `cccccccc-0000-4000-8000-00000000050${i}`, team: 'ict' })),
  ];
  return people.flatMap((person, p) =>
    [0, 1].map((n) => ({
      ackKey: `report-${p}-${n}-key`,
      checklistItemId: n === 0 ? 'roads-mki-ceiling-design' : 'roads-limit-paved-area',
      checklistId: 'roads',
      decision: n === 0 ? ('applied' as const) : ('not-applicable' as const),
      ...(n === 1 ? { reason: p % 2 ? 'Geen budget' : 'geen budget' } : {}),
      contextType: 'procurement' as const,
      contextRef: `report-doc-${p}`,
      contextTitle: `Aanbesteding van ${person.id}`,
      source: 'tab' as const,
      staffAadId: person.id,
      team: person.team,
      contentVersion: '2026.11.0',
      appVersion: '0.1.0',
      ackAt: `2026-11-${String(10 + n).padStart(2, '0')}T09:00:00.000Z`,
    })),
  );
}

const bearer = (user: { oid: string; name: string; upn: string; team?: string }) => ({ authorization: `Bearer ${makeDevToken(user)}` });

async function send(server: RunningServer, method: string, path: string, body: unknown, headers: Record<string, string> = bearer(coordinator)) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, text, json: (text.startsWith('{') ? JSON.parse(text) : undefined) as { error?: { code: string; message: string } } | undefined };
}

/** the .docx as HTML (mammoth maps Word's heading styles to h1…h6 and keeps tables) */
async function docxHtml(bytes: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: bytes });
  return result.value;
}

const headingsOf = (html: string) => [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);
/** the cells of the table row whose first cell is `first` */
const rowOf = (html: string, first: string): string[] | undefined => {
  for (const row of html.matchAll(/<tr>(.*?)<\/tr>/g)) {
    const cells = [...row[1]!.matchAll(/<td>(?:<p>)?(.*?)(?:<\/p>)?<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, ''));
    if (cells[0] === first) return cells;
  }
  return undefined;
};

describe('indicators and the report', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir() });
    server = await startTestServer({ config, port: 0, logSink: () => undefined });
    await serverGraph(config, () => server.url).acknowledgements.append(acks());
    for (let i = 0; i < 100 && !server.metricsCache()?.cache; i++) await new Promise((r) => setTimeout(r, 50));
    await server.metricsCache()!.refresh();
    await server.metricsCache()!.refresh();
  });

  afterAll(() => server.close());

  it('lets a coordinator record a measurement and a target year, and shows the progress to everyone signed in', async () => {
    const measured = await send(server, 'POST', `/api/indicators/${WASTE}/measurements`, { value: 1234.5, date: '2026-11-30', source: 'weegdata' });
    expect(measured.status).toBe(201);
    const target = await send(server, 'PUT', `/api/indicators/${WASTE}/definition`, { target: { value: 135, year: 2030 } });
    expect(target.status).toBe(201);

    const read = await fetch(`${server.url}/api/indicators`, { headers: bearer(staffMember) });
    expect(read.status).toBe(200);
    const answer = (await read.json()) as IndicatorsAnswer;
    const waste = answer.actions.find((a) => a.actionId === WASTE)!;
    expect(waste).toMatchObject({ baseline: { value: 165, date: '2019' }, target: { value: 135, year: 2030 }, latest: { value: 1234.5, date: '2026-11-30' } });
    expect(waste.status).toBe('moving-away');
    expect(answer.byPhase.map((p) => p.key)).toEqual(['learn', 'scale', 'embed']);
  });

  it('refuses a measurement from anyone but a coordinator, and from a request without a token', async () => {
    const staff = await send(server, 'POST', `/api/indicators/${WASTE}/measurements`, { value: 150, date: '2026-11-30' }, bearer(staffMember));
    expect(staff.status).toBe(403);
    expect(staff.json?.error?.code).toBe('forbidden');
    expect((await send(server, 'POST', `/api/indicators/${WASTE}/measurements`, { value: 150, date: '2026-11-30' }, {})).status).toBe(401);
    const after = (await (await fetch(`${server.url}/api/indicators`, { headers: bearer(coordinator) })).json()) as IndicatorsAnswer;
    expect(after.actions.find((a) => a.actionId === WASTE)?.measurements.map((m) => m.value)).toEqual([1234.5]);
  });

  it('refuses bad input with a reason: an unknown action, a day not in the calendar, a value that is no number', async () => {
    const unknown = await send(server, 'POST', '/api/indicators/no-such-action/measurements', { value: 1, date: '2026-11-30' });
    expect(unknown.status).toBe(404);
    expect(unknown.json?.error).toMatchObject({ code: 'unknownAction', message: "There is no programme action 'no-such-action'." });
    const day = await send(server, 'POST', `/api/indicators/${WASTE}/measurements`, { value: 1, date: '2026-02-30' });
    expect(day.status).toBe(400);
    expect(day.json?.error?.message).toMatch(/^date: must be a day in the calendar/);
    const future = await send(server, 'POST', `/api/indicators/${WASTE}/measurements`, { value: 1, date: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.json?.error?.message).toBe('date: 2999-01-01 lies in the future');
    const value = await send(server, 'POST', `/api/indicators/${WASTE}/measurements`, { value: '1.234,5', date: '2026-11-30' });
    expect(value.status).toBe(400);
    expect(value.json?.error?.message).toMatch(/^value: /);
    const empty = await send(server, 'PUT', `/api/indicators/${WASTE}/definition`, {});
    expect(empty.status).toBe(400);
    expect(empty.json?.error?.message).toBe('body: give a unit, a baseline or a target');
  });

  it('refuses a report over wrong dates or a period that ends before it starts, and to anyone but a coordinator', async () => {
    const backwards = await send(server, 'GET', '/api/report?from=2026-11-30&to=2026-11-01', undefined);
    expect(backwards.status).toBe(400);
    expect(backwards.json?.error?.message).toBe('from: the period starts (2026-11-30) after it ends (2026-11-01)');
    const wrong = await send(server, 'GET', '/api/report?from=2026-11-31&to=2026-12-01', undefined);
    expect(wrong.status).toBe(400);
    expect(wrong.json?.error?.message).toMatch(/^from: '2026-11-31' is not a day in the calendar/);
    const half = await send(server, 'GET', '/api/report?from=2026-11-01', undefined);
    expect(half.status).toBe(400);
    expect(half.json?.error?.message).toBe("to: give the period's last day, like 2026-01-31");
    const format = await send(server, 'GET', '/api/report?from=2026-11-01&to=2026-11-30&format=pdf', undefined);
    expect(format.json?.error?.message).toBe('format: must be docx or json');
    const extra = await send(server, 'GET', '/api/report?from=2026-11-01&to=2026-11-30&team=inkoop', undefined);
    expect(extra.status).toBe(400);
    expect(extra.json?.error?.message).toBe('team: not a parameter of the report (from, to, format, lang)');
    expect((await send(server, 'GET', '/api/report?from=2026-11-01&to=2026-11-30', undefined, bearer(staffMember))).status).toBe(403);
  });

  it('streams the report as a Word document from the server', async () => {
    const res = await fetch(`${server.url}/api/report?from=2026-11-01&to=2026-11-30`, { headers: bearer(coordinator) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain('circulaire-keuzes-rapportage-2026-11-01-2026-11-30.docx');
    const bytes = Buffer.from(await res.arrayBuffer());
    const html = await docxHtml(bytes);
    expect(headingsOf(html)).toContain('h2 Indicatoren en doelen');
    // Word checks the spelling and a screen reader speaks the text in Dutch
    expect(strFromU8(unzipSync(new Uint8Array(bytes))['word/styles.xml']!)).toContain('<w:lang w:val="nl-NL"/>');
  });

  it('`report` writes a .docx with the headings, Dutch numbers and an indicator against its target', async () => {
    const dir = tempDir('cc-report-out-');
    const file = join(dir, 'rapportage.docx');
    const run = await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-30', '--out', file, '--server', server.url], {});
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('24 choices from 2026-11-01 to 2026-11-30');
    const html = await docxHtml(readFileSync(file));
    expect(headingsOf(html)).toEqual([
      'h2 Samenvatting',
      'h2 Voortgang per fase',
      'h2 Voortgang per thema',
      'h2 Indicatoren en doelen',
      'h2 Gebruik per team',
      'h2 Waarom criteria niet worden toegepast',
      'h2 Voorbeelden van toegepaste keuzes',
    ]);
    expect(html).toContain('Voortgang circulair actieprogramma');
    expect(html).toContain('1 november 2026 tot en met 30 november 2026');
    const waste = rowOf(html, 'Restafval omlaag naar 135 kilo per inwoner')!;
    expect(waste[2]).toBe('165 kg restafval per inwoner per jaar (2019)');
    expect(waste[3]).toBe('1.234,5 kg restafval per inwoner per jaar (30 november 2026)');
    expect(waste[4]).toBe('135 kg restafval per inwoner per jaar in 2030');
    // the teams of three people have no row of their own; nobody's id or document title is in the file
    expect(rowOf(html, 'Inkoop')?.slice(1, 3)).toEqual(['12', '6']);
    expect(rowOf(html, 'Vastgoed')).toBeUndefined();
    expect(rowOf(html, 'Overig')?.[1]).toBe('12');
    expect(html).not.toMatch(/aaaaaaaa-|bbbbbbbb-|cccccccc-|Aanbesteding van/);
    // two wordings, six times each: one group, labelled with the wording that sorts first
    expect(rowOf(html, 'Geen budget')?.slice(1)).toEqual(['12', '2']);
  });

  it('`report` says what is wrong with its dates and writes nothing', async () => {
    const dir = tempDir('cc-report-bad-');
    const file = join(dir, 'rapportage.docx');
    const backwards = await runCli(['report', '--from', '2026-11-30', '--to', '2026-11-01', '--out', file, '--server', server.url], {});
    expect(backwards.code).toBe(1);
    expect(backwards.err).toContain('--from: the period starts (2026-11-30) after it ends (2026-11-01)');
    const wrong = await runCli(['report', '--from', '30-11-2026', '--to', '2026-12-01', '--out', file, '--server', server.url], {});
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("--from: '30-11-2026' is not a day in the calendar written YYYY-MM-DD");
    const noOut = await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-30', '--server', server.url], {});
    expect(noOut.code).toBe(2);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
