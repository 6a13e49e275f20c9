// GET /api/metrics over real HTTP in local mode: the server syncs its copy of the Acknowledgements
// list from the emulator and answers with counts only: coordinators every team, staff their own. A team of fewer than five
// people has no figures of its own, and no person id or name is anywhere in the JSON.
import { makeDevToken } from '../../src/auth/dev-token';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import type { MetricsAnswer } from '../../src/server/api/metrics';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { serverGraph } from '../../src/server/server-graph';
import { bundledPack } from '../support/bundled-pack';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-metrics-');

const coordinator = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
const staffMember = DEMO_STAFF.find((s) => s.team === 'inkoop')!;

/** six people in inkoop, three in vastgoed, two in ict: vastgoed and ict are under the minimum of five, together they reach it */
const PEOPLE = [
  ...Array.from({ length: 6 }, (_, i) => ({ id: `aaaaaaaa-0000-4000-8000-00000000010${i}`, team: 'inkoop' })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `bbbbbbbb-0000-4000-8000-00000000020${i}`, team: 'vastgoed' })),
  ...Array.from({ length: 2 }, (_, i) => ({ id: `dddddddd-0000-4000-8000-00000000040${i}`, team: 'ict' })),
];

function acks(): Acknowledgement[] {
  return PEOPLE.flatMap((person, p) =>
    [0, 1].map((n) => ({
      ackKey: `metrics-${p}-${n}-key`,
      checklistItemId: 'roads-reuse-paving-elements',
      checklistId: 'roads',
      decision: n === 0 ? ('applied' as const) : ('not-applicable' as const),
      ...(n === 1 ? { reason: 'Geen budget' } : {}),
      contextType: 'procurement' as const,
      contextRef: `doc-${p}`,
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

async function metrics(server: RunningServer, query: string, headers: Record<string, string> = bearer(coordinator)) {
  const res = await fetch(`${server.url}/api/metrics${query}`, { headers });
  return { status: res.status, text: await res.text() };
}

describe('GET /api/metrics', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir() });
    server = await startTestServer({ config, port: 0, logSink: () => undefined });
    await serverGraph(config, () => server.url).acknowledgements.append(acks());
    // the first sync may still run from the start; this one waits for it and reads the rows written since
    for (let i = 0; i < 100 && !server.metricsCache()?.cache; i++) await new Promise((r) => setTimeout(r, 50));
    await server.metricsCache()!.refresh();
    await server.metricsCache()!.refresh();
  });

  afterAll(() => server.close());

  it('answers a coordinator with the figures of the list', async () => {
    const { status, text } = await metrics(server, '');
    expect(status).toBe(200);
    const answer = JSON.parse(text) as MetricsAnswer;
    expect(answer.metrics.total).toBe(PEOPLE.length * 2);
    expect(answer.source.rows).toBe(PEOPLE.length * 2);
    expect(answer.metrics.decisions.recorded.applied).toBe(PEOPLE.length);
  });

  it('gives a team under five people no figures of its own: it is folded into Overig', async () => {
    const answer = JSON.parse((await metrics(server, '')).text) as MetricsAnswer;
    expect(answer.metrics.byTeam.map((b) => [b.key, b.count])).toEqual([
      ['inkoop', 12],
      ['Overig', 10],
    ]);
    expect(answer.privacy).toEqual({ minContributors: 5, tooFewPeople: false, withheldTeams: [], foldedTeams: 2, otherFolded: false });
  });

  it('withholds a small team named in the filter instead of showing its figures', async () => {
    const small = JSON.parse((await metrics(server, '?team=vastgoed')).text) as MetricsAnswer;
    expect(small.metrics.total).toBe(0);
    expect(small.metrics.byTeam).toEqual([]);
    expect(small.privacy.withheldTeams).toEqual(['vastgoed']);

    const both = JSON.parse((await metrics(server, '?team=inkoop&team=vastgoed')).text) as MetricsAnswer;
    expect(both.metrics.total).toBe(12);
    expect(both.privacy.withheldTeams).toEqual(['vastgoed']);
  });

  it('holds no person id, name or document title anywhere in the answer', async () => {
    for (const query of ['', '?team=inkoop', '?productGroup=roads&from=2026-11-01&to=2026-11-30', '?team=vastgoed']) {
      const { text } = await metrics(server, query);
      for (const person of PEOPLE) expect(text).not.toContain(person.id);
      expect(text).not.toMatch(/staffAadId|StaffAadId|displayName|Aanbesteding van/);
      for (const demo of DEMO_STAFF) {
        expect(text).not.toContain(demo.oid);
        expect(text).not.toContain(demo.name);
      }
    }
  });

  it("gives a staff member their own team's figures only, whatever team the query names", async () => {
    for (const query of ['', '?team=vastgoed']) {
      const { status, text } = await metrics(server, query, bearer(staffMember));
      expect(status).toBe(200);
      const answer = JSON.parse(text) as MetricsAnswer;
      expect(answer.scope).toEqual({ kind: 'team', team: 'inkoop' });
      expect(answer.filters.teams).toEqual(['inkoop']);
      expect(answer.metrics.total).toBe(12);
      expect(answer.metrics.byTeam.map((b) => b.key)).toEqual(['inkoop']);
      for (const person of PEOPLE) expect(text).not.toContain(person.id);
    }
  });

  it('gives a staff member of a team under five people no figures, and someone without a known team a 403', async () => {
    const vastgoed = DEMO_STAFF.find((s) => s.team === 'vastgoed')!;
    const small = JSON.parse((await metrics(server, '', bearer(vastgoed))).text) as MetricsAnswer;
    expect(small.scope).toEqual({ kind: 'team', team: 'vastgoed' });
    expect(small.metrics.total).toBe(0);
    expect(small.privacy.withheldTeams).toEqual(['vastgoed']);
    const stranger = { oid: 'cccccccc-0000-4000-8000-000000000300', name: 'Onbekend', upn: 'onbekend@soest.example' };
    const refused = await metrics(server, '', bearer(stranger));
    expect(refused.status).toBe(403);
    expect(refused.text).toMatch(/noTeam/);
  });

  it('counts the active programme actions out of the actions within the filters', async () => {
    const pack = bundledPack();
    const roads = pack.actions.filter((a) => a.productGroups.includes('roads')).map((a) => a.id);
    const perPhase = (answer: MetricsAnswer) => answer.metrics.actionCoverage.phases.reduce((n, p) => ({ actions: n.actions + p.actions, active: n.active + p.active }), { actions: 0, active: 0 });

    // November: the window is the 90 days up to its last day, whatever day the test runs
    const november = 'from=2026-11-01&to=2026-11-30';
    // every choice is on a roads criterion: the roads actions are active, out of the whole programme
    const all = JSON.parse((await metrics(server, `?${november}`)).text) as MetricsAnswer;
    expect(perPhase(all)).toEqual({ actions: pack.actions.length, active: roads.length });
    expect(all.metrics.actionCoverage.scopedBy).toEqual([]);

    // a product group: only its actions, above the line and below it
    const catering = pack.actions.filter((a) => a.productGroups.includes('catering'));
    const cateringAnswer = JSON.parse((await metrics(server, `?productGroup=catering&${november}`)).text) as MetricsAnswer;
    expect(perPhase(cateringAnswer)).toEqual({ actions: catering.length, active: 0 });
    expect(cateringAnswer.metrics.actionCoverage).toMatchObject({ scopedBy: ['productGroup'], programmeActions: pack.actions.length });

    // a team: the actions it owns and those its choices reached
    const inkoop = new Set([...roads, ...pack.actions.filter((a) => a.ownerTeam === 'inkoop').map((a) => a.id)]);
    const team = JSON.parse((await metrics(server, `?team=inkoop&${november}`)).text) as MetricsAnswer;
    expect(perPhase(team)).toEqual({ actions: inkoop.size, active: roads.length });
    expect(team.metrics.actionCoverage.activeActionIds.sort()).toEqual([...roads].sort());

    // a team under five people: none of its actions, owned or reached, is counted
    const small = JSON.parse((await metrics(server, `?team=vastgoed&${november}`)).text) as MetricsAnswer;
    expect(pack.actions.some((a) => a.ownerTeam === 'vastgoed')).toBe(true);
    expect(perPhase(small)).toEqual({ actions: 0, active: 0 });
    expect(small.metrics.actionCoverage.phases.every((p) => p.activeShare === null)).toBe(true);
  });

  it('refuses a request without a token', async () => {
    expect((await metrics(server, '', {})).status).toBe(401);
  });

  it('keeps the shared Adoption list: counts per week, team, product group and action, small teams under Overig', async () => {
    await server.metricsCache()!.adoptionPublished();
    const res = await fetch(`${server.url}/graph/v1.0/sites/root/lists/Adoption/items?$expand=fields&$top=100`, { headers: bearer(coordinator) });
    const text = await res.text();
    const rows = (JSON.parse(text) as { value: { fields: Record<string, unknown> }[] }).value.map((item) => item.fields);
    const summary = rows.map((f) => [f.Week, f.Team, f.ProductGroup, f.Total, f.Applied, f.NotApplicable]).sort();
    // 10 and 11 November 2026 are in ISO week 46
    expect(summary).toEqual([
      ['2026-W46', 'Overig', 'roads', 10, 5, 5],
      ['2026-W46', 'inkoop', 'roads', 12, 6, 6],
    ]);
    for (const person of PEOPLE) expect(text).not.toContain(person.id);
  });

  it('answers a malformed filter with 400 and the reason', async () => {
    const bad = await metrics(server, '?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/from/);
    const reversed = await metrics(server, '?from=2026-12-01&to=2026-11-01');
    expect(reversed.status).toBe(400);
    // product groups are content a coordinator may add in the list, so any well-formed id is a filter
    expect((await metrics(server, '?productGroup=Geen%20id!')).status).toBe(400);
    expect((await metrics(server, '?colour=blue')).status).toBe(400);
  });
});

describe("GET /api/metrics and /api/report: the audit's one person in a narrow selection", () => {
  // Sanne records a choice backdated to 2 November with a reason naming someone; Noor, a coordinator, asks for that day
  const sanne = DEMO_STAFF.find((s) => s.team === 'inkoop')!;
  let server: RunningServer;
  let today: string;

  beforeAll(async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir() });
    server = await startTestServer({ config, port: 0, logSink: () => undefined });
    // five other people on 10 and 11 November, with the same reason: a selection large enough
    await serverGraph(config, () => server.url).acknowledgements.append(acks().filter((a) => PEOPLE.slice(0, 5).some((p) => p.id === a.staffAadId)));
    const posted = await fetch(`${server.url}/api/acknowledgements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(sanne) },
      body: JSON.stringify({
        idempotencyKey: 'audit-backdated-1',
        checklistItemId: 'roads-reuse-paving-elements',
        checklistId: 'roads',
        decision: 'not-applicable',
        reason: 'Jan de Groot wil dit niet',
        contextType: 'procurement',
        contextRef: 'doc-audit',
        source: 'tab',
        contentVersion: '2026.11.0',
        ackAt: '2026-11-02T10:00:00Z',
      }),
    });
    expect(posted.status).toBe(200);
    today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 100 && !server.metricsCache()?.cache; i++) await new Promise((r) => setTimeout(r, 50));
    await server.metricsCache()!.refresh();
    await server.metricsCache()!.refresh();
  });

  afterAll(() => server.close());

  const ask = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: bearer(coordinator) });
    return { status: res.status, text: await res.text() };
  };

  it('does not file the choice under the day the client named: the server dates it', async () => {
    const day = JSON.parse((await ask('/api/metrics?from=2026-11-02&to=2026-11-02')).text) as MetricsAnswer;
    expect(day.metrics.total).toBe(0);
  });

  it('shows no figure and no reason of a selection one person made, with or without a team filter', async () => {
    for (const query of [`?from=${today}&to=${today}`, `?from=${today}&to=${today}&team=inkoop`, `?from=${today}&to=${today}&team=vastgoed`]) {
      const { status, text } = await ask(`/api/metrics${query}`);
      expect(status).toBe(200);
      const answer = JSON.parse(text) as MetricsAnswer;
      expect(answer.privacy.tooFewPeople).toBe(true);
      expect(answer.privacy.foldedTeams).toBe(0);
      expect(answer.metrics.total).toBe(0);
      expect(answer.metrics.byTeam).toEqual([]);
      expect(answer.metrics.byChecklistItem).toEqual([]);
      expect(answer.metrics.reasons.notApplicable.total).toBe(0);
      expect(text).not.toContain('Jan de Groot');
    }
    // a team named is withheld whether its people chose that day or not: it tells nobody's team
    const inkoop = JSON.parse((await ask(`/api/metrics?from=${today}&to=${today}&team=inkoop`)).text) as MetricsAnswer;
    const vastgoed = JSON.parse((await ask(`/api/metrics?from=${today}&to=${today}&team=vastgoed`)).text) as MetricsAnswer;
    expect([inkoop.privacy.withheldTeams, vastgoed.privacy.withheldTeams]).toEqual([['inkoop'], ['vastgoed']]);
  });

  it('still shows a selection of five people, and a reason only as five people gave it', async () => {
    const answer = JSON.parse((await ask('/api/metrics?from=2026-11-01&to=2026-11-30')).text) as MetricsAnswer;
    expect(answer.privacy.tooFewPeople).toBe(false);
    expect(answer.metrics.total).toBe(10);
    expect(answer.metrics.reasons.notApplicable.groups.map((g) => [g.label, g.count])).toEqual([['Geen budget', 5]]);
    // the whole list: Sanne's reason is hers alone, so it is counted, not shown
    const all = await ask('/api/metrics');
    expect(JSON.parse(all.text).metrics.reasons.notApplicable).toMatchObject({ total: 6, otherCount: 1 });
    expect(all.text).not.toContain('Jan de Groot');
  });

  it('makes the report under the same rule: no figures of one person\'s period, the figures of five people', async () => {
    const one = await ask(`/api/report?from=${today}&to=${today}&format=json`);
    expect(one.status).toBe(200);
    expect(one.text).toContain('te weinig mensen om cijfers over keuzes te tonen');
    expect(one.text).not.toContain('Jan de Groot');
    const headings = (JSON.parse(one.text) as { blocks: { kind: string; text?: string }[] }).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).not.toContain('Gebruik per team');
    expect(headings).not.toContain('Waarom criteria niet worden toegepast');
    const docx = await fetch(`${server.url}/api/report?from=${today}&to=${today}`, { headers: bearer(coordinator) });
    expect(docx.status).toBe(200);
    const five = await ask('/api/report?from=2026-11-01&to=2026-11-30&format=json');
    expect(five.text).toContain('Geen budget');
    expect(five.text).not.toContain('te weinig mensen');
  });
});
