// End to end: the adoption dashboard in Chromium against the real server in local mode. The list is
// seeded with `circular-choices demo seed`; the figures the page shows (counted by the server's
// /api/metrics), and the CSV it downloads, must equal a count made here, independently, over the
// emulator's list read over HTTP, with teams of fewer than five people under "Overig". The page
// reads no list row and receives no person id.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import type { CliIO } from '../../src/cli/cli-io';
import { main } from '../../src/cli/main';
import { type AppServer } from './support/app-server';
import { downloadedBytes, excludedRulesFor, newContext, screenshot, seriousAxeViolations, type ThemeName } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const SEEDED = 2500;
const TODAY = new Date().toISOString().slice(0, 10);
const NOOR = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
const SANNE = DEMO_STAFF.find((s) => s.team === 'inkoop')!;

let server: AppServer;
let browser: Browser;

async function seed(acks: number, seedNumber: number): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: async () => '',
    stdinIsTerminal: false,
    env: { CC_GRAPH_BASE_URL: `${server.url}/graph/v1.0` },
    cwd: process.cwd(),
  };
  const code = await main(['node', 'circular-choices', 'demo', 'seed', '--acks', String(acks), '--seed', String(seedNumber), '--until', TODAY], io);
  if (code !== 0) throw new Error(`demo seed failed (${code}): ${err.join('\n')}`);
  await server.syncMetrics();
  return out.join('\n');
}

/**
 * serious and critical axe findings (WCAG 2.1 A/AA), leaving out the focus sentinels of Fluent's
 * focus manager (tabster): aria-hidden `<i data-tabster-dummy tabindex=0>` elements that hand focus
 * on at once, a known false positive of aria-hidden-focus (microsoft/tabster#288). The charts'
 * arrow-key navigation adds them; every other element is checked.
 */
const violations = (page: Page, theme: ThemeName) => seriousAxeViolations(page, { disabledRules: excludedRulesFor(theme), exclude: ['[data-tabster-dummy]'] });

interface Row {
  fields: { AckAt?: string; Team?: string; Decision?: string; StaffAadId?: string };
}

async function acknowledgementsListId(): Promise<string> {
  const response = await fetch(`${server.url}/graph/v1.0/sites/root/lists?$select=id,displayName`, { headers: { authorization: `Bearer ${makeDevToken(DEMO_STAFF[4]!)}` } });
  const lists = (await response.json()) as { value: { id: string; displayName: string }[] };
  return lists.value.find((l) => l.displayName === 'Acknowledgements')!.id;
}

/** every Acknowledgements row, read page by page over HTTP as any Graph client would */
async function listRows(): Promise<Row[]> {
  const headers = { authorization: `Bearer ${makeDevToken(DEMO_STAFF[4]!)}` };
  const get = async <T>(url: string): Promise<T> => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const base = `${server.url}/graph/v1.0/sites/root/lists`;
  const lists = await get<{ value: { id: string; displayName: string }[] }>(`${base}?$select=id,displayName`);
  const list = lists.value.find((l) => l.displayName === 'Acknowledgements')!;
  const rows: Row[] = [];
  let link: string | undefined = `${base}/${list.id}/items?$expand=fields($select=AckAt,Team,Decision,StaffAadId)&$top=1000`;
  while (link) {
    const page: { value: Row[]; '@odata.nextLink'?: string } = await get(link);
    rows.push(...page.value);
    link = page['@odata.nextLink'];
  }
  return rows;
}

interface Count {
  total: number;
  byTeam: Map<string, number>;
  byDecision: Map<string, number>;
}

/** counted here from the raw list rows: the period of the last 12 months (today and the 364 days before) */
async function independentCount(team?: string): Promise<Count> {
  const from = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const count: Count = { total: 0, byTeam: new Map(), byDecision: new Map() };
  const people = new Map<string, Set<string>>();
  for (const row of await listRows()) {
    const day = String(row.fields.AckAt).slice(0, 10);
    if (day < from || day > TODAY) continue;
    const rowTeam = typeof row.fields.Team === 'string' ? row.fields.Team : '';
    if (team !== undefined && rowTeam !== team) continue;
    count.total++;
    count.byTeam.set(rowTeam, (count.byTeam.get(rowTeam) ?? 0) + 1);
    people.set(rowTeam, (people.get(rowTeam) ?? new Set()).add(String(row.fields.StaffAadId)));
    const decision = String(row.fields.Decision);
    count.byDecision.set(decision, (count.byDecision.get(decision) ?? 0) + 1);
  }
  // the privacy rule: a team of fewer than five people is counted under Overig
  for (const [rowTeam, persons] of people) {
    if (persons.size >= 5) continue;
    count.byTeam.set('Overig', (count.byTeam.get('Overig') ?? 0) + count.byTeam.get(rowTeam)!);
    count.byTeam.delete(rowTeam);
  }
  return count;
}

async function openDashboardAs(person: (typeof DEMO_STAFF)[number], theme: ThemeName = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, theme);
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, person.oid]);
  const page = await context.newPage();
  await page.goto(`${server.url}/#/dashboard`);
  return { context, page };
}

/** the raw values of one column of a figure's table, by row key */
async function column(page: Page, figure: string, name: string): Promise<Map<string, number>> {
  const pairs = await page
    .locator(`[data-testid=figure-${figure}] tbody tr`)
    .evaluateAll((rows, col) => rows.map((r) => [r.getAttribute('data-key') ?? '', r.querySelector(`[data-column="${col}"]`)?.getAttribute('data-value') ?? '']), name);
  return new Map(pairs.map(([key, value]) => [key!, Number(value)]));
}

async function showAsTable(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Toon als tabel: ${title}` }).click();
}

/** the fields of a Dutch CSV text (semicolons, as Dutch Excel reads), with no line break inside a field (the team table has none) */
const csvRows = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.filter((f) => f !== '').map((f) => f.replace(/;$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));

beforeAll(async () => {
  ({ server, browser } = await startAppAndBrowser());
  await seed(SEEDED, 11);
}, START_TIMEOUT_MS);

afterAll(() => stopAppAndBrowser({ server, browser }));

describe('the adoption dashboard', () => {
  it("shows a coordinator the list's figures, equal to an independent count, and a CSV with the same count", async () => {
    const expected = await independentCount();
    expect(expected.total).toBeGreaterThan(SEEDED * 0.95);
    const { context, page } = await openDashboardAs(NOOR);

    await page.locator(`[data-testid=kpi-acks][data-value="${expected.total}"]`).waitFor({ timeout: 60_000 });
    // the trend is drawn as a chart (an svg from the lazy chart chunk), with its table a click away
    await page.locator('[data-testid=figure-trend] figure svg').first().waitFor();

    await showAsTable(page, 'Per team');
    const teams = await column(page, 'teams', 'total');
    expect(new Map([...teams].sort())).toEqual(new Map([...expected.byTeam].sort()));
    await showAsTable(page, 'Keuzes');
    const decisions = await column(page, 'decisions', 'recorded');
    for (const [decision, n] of expected.byDecision) expect(decisions.get(decision)).toBe(n);
    expect([...decisions.values()].reduce((a, b) => a + b, 0)).toBe(expected.total);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden: Per team' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^circulaire-keuzes-teams-\\d{4}-\\d{2}-\\d{2}-${TODAY}\\.csv$`));
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes.subarray(3).toString('utf8'));
    expect(header!.slice(0, 2)).toEqual(['Team', 'Totaal']);
    // the CSV names teams as people read them; the table row says which team id each label is
    const labelled = await page
      .locator('[data-testid=figure-teams] tbody tr')
      .evaluateAll((trs) => trs.map((tr): [string, string] => [tr.querySelector('th')?.textContent ?? '', tr.getAttribute('data-key') ?? '']));
    const labels = new Map(labelled);
    const csvTeams = new Map(rows.map((r) => [labels.get(r[0]!)!, Number(r[1])]));
    expect(new Map([...csvTeams].sort())).toEqual(new Map([...expected.byTeam].sort()));

    await screenshot(page, 'dashboard-coordinator');
    expect(await violations(page, 'light')).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows new decisions after the server synced them, and the page reads no row and no person id', async () => {
    const { context, page } = await openDashboardAs(NOOR);
    const answers: string[] = [];
    // the content lists are still read in the browser; the Acknowledgements list is not
    const ackListId = await acknowledgementsListId();
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/items/delta') || request.url().includes(ackListId)) listRequests.push(request.url());
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/metrics')) void response.text().then((text) => answers.push(text));
    });
    const before = await independentCount();
    await page.locator(`[data-testid=kpi-acks][data-value="${before.total}"]`).waitFor({ timeout: 60_000 });
    await page.getByTestId('sync-status').getByText(/bijgewerkt op/).waitFor();

    await seed(40, 12);
    const after = await independentCount();
    await page.getByRole('button', { name: 'Cijfers opnieuw ophalen' }).click();
    await page.locator(`[data-testid=kpi-acks][data-value="${after.total}"]`).waitFor();
    expect(after.total - before.total).toBe(40);

    expect(listRequests).toEqual([]);
    const staffIds = new Set((await listRows()).map((row) => String(row.fields.StaffAadId)));
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      for (const id of staffIds) expect(answer).not.toContain(id);
      for (const person of DEMO_STAFF) expect(answer).not.toContain(person.name);
    }
    await context.close();
  }, 120_000);

  it("shows other staff their own team's figures, with the team filter fixed", async () => {
    const { context, page } = await openDashboardAs(SANNE, 'dark');
    await page.getByTestId('own-team-scope').getByText('Je ziet de cijfers van je eigen team, Inkoop.').waitFor({ timeout: 60_000 });
    await page.getByTestId('kpi-acks').waitFor();
    expect(await page.getByRole('combobox', { name: 'Team' }).isDisabled()).toBe(true);
    expect(await violations(page, 'dark')).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows tables instead of charts in high contrast, without serious accessibility problems', async () => {
    const { context, page } = await openDashboardAs(NOOR, 'contrast');
    await page.locator('[data-testid=figure-trend] table').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=figure-trend] figure').count()).toBe(0);
    await screenshot(page, 'dashboard-contrast');
    expect(await violations(page, 'contrast')).toEqual([]);
    await context.close();
  }, 120_000);
});
