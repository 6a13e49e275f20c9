// POST /api/records/apply-or-explain: the caller's record of a document as a Word file that opens
// (parsed back here), listing every criterion of the fitting checklists with its state, from the
// caller's own choices only.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { bundledPack } from '../support/bundled-pack';
import { docxText } from '../support/docx-text';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-record-');
const SANNE = DEMO_STAFF[0]!;
const JORIS = DEMO_STAFF[1]!;
const roads = bundledPack().checklists.find((c) => c.id === 'roads')!;
const DOC = 'doc-record-1';

const entry = (key: string, itemId: string, decision: string, reason?: string) => ({
  idempotencyKey: key,
  checklistItemId: itemId,
  checklistId: 'roads',
  productGroup: 'roads',
  decision,
  ...(reason ? { reason } : {}),
  contextType: 'procurement',
  contextRef: DOC,
  contextTitle: 'Bestek Dorpsstraat',
  source: 'tab',
  contentVersion: '2026.11.0',
});

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir() }), port: 0, logSink: () => undefined });
  const record = async (token: string, acknowledgements: unknown[]) => {
    const res = await fetch(`${server.url}/api/acknowledgements`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ acknowledgements }) });
    expect(res.status).toBe(200);
  };
  await record(makeDevToken(SANNE), [
    entry('k-rec-s-00001', roads.items[0]!.id, 'applied'),
    entry('k-rec-s-00002', roads.items[1]!.id, 'considered', 'Te duur <voor> dit werk & "te laat"'),
    entry('k-rec-s-00003', roads.items[2]!.id, 'not-applicable', 'Geen asfalt in dit bestek'),
    entry('k-rec-s-00004', roads.items[3]!.id, 'later'),
  ]);
  await record(makeDevToken(JORIS), [entry('k-rec-j-00001', roads.items[4]!.id, 'not-applicable', 'Joris zijn reden')]);
});
afterAll(() => server.close());

const ask = (body: unknown, token?: string) =>
  fetch(`${server.url}/api/records/apply-or-explain`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('POST /api/records/apply-or-explain', () => {
  it("answers a Word file listing every criterion with the caller's state and reason, and nobody else's", async () => {
    const res = await ask({ contextRef: DOC, title: 'Bestek Dorpsstraat', version: '2', checklistIds: ['roads'], language: 'nl' }, makeDevToken(SANNE));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="pas-toe-of-leg-uit-bestek-dorpsstraat\.docx"/);
    const doc = docxText(new Uint8Array(await res.arrayBuffer()));
    const facts = new Map(doc.rows.filter((r) => r.length === 2).map(([k, v]) => [k, v]));
    expect(facts.get('Gemeente')).toBe('Gemeente Soest');
    expect(facts.get('Opgesteld door')).toBe(SANNE.name);
    expect(facts.get('Document')).toBe('Bestek Dorpsstraat');
    expect(facts.get('Versie')).toBe('2');
    const criteria = doc.rows.filter((r) => r.length === 3).slice(1);
    expect(criteria.map((r) => r[0])).toEqual(roads.items.map((i) => i.text.nl));
    expect(criteria.map((r) => r[1])).toEqual(['Toegepast', 'Niet toegepast', 'Niet van toepassing', ...roads.items.slice(3).map(() => 'Nog open')]);
    expect(criteria[1]![2]).toMatch(/^Te duur <voor> dit werk & "te laat"\ngekozen op \d+ \w+ 20\d\d$/);
    expect(criteria[2]![2]).toMatch(/^Geen asfalt in dit bestek/);
    expect(criteria[4]![2]).toBe('');
    expect(doc.paragraphs).toContain(`1 toegepast, 1 niet toegepast, 1 niet van toepassing, ${roads.items.length - 3} nog open`);
    expect(JSON.stringify(doc)).not.toContain('Joris zijn reden');
  });

  it('speaks English when asked', async () => {
    const res = await ask({ contextRef: DOC, checklistIds: ['roads'], language: 'en' }, makeDevToken(SANNE));
    const doc = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(res.headers.get('content-disposition')).toMatch(/filename="apply-or-explain-bestek-dorpsstraat\.docx"/);
    const criteria = doc.rows.filter((r) => r.length === 3);
    expect(criteria[0]).toEqual(['Criterion', 'Choice', 'Explanation']);
    expect(criteria.slice(1).map((r) => r[0])).toEqual(roads.items.map((i) => i.text.en));
    expect(criteria[1]![1]).toBe('Applied');
  });

  it('refuses a request without a token (401) and a body that names no document (400 with a reason)', async () => {
    expect((await ask({ contextRef: DOC })).status).toBe(401);
    const res = await ask({ checklistIds: 'roads', language: 'de' }, makeDevToken(SANNE));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/contextRef/);
    expect(body.error.message).toMatch(/language/);
  });
});
