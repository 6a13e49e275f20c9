// End to end: the demo coordinator goes from the dashboard to the indicators, enters a measurement
// the Dutch way, and opens the report for the college and the council: on screen, on paper (print
// media hides the app's frame and the page's controls) and as the .docx the page downloads. Axe
// finds nothing serious on either page; a member of staff is told the report is for coordinators.
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import type { CliIO } from '../../src/cli/cli-io';
import { main } from '../../src/cli/main';
import type { AppServer } from './support/app-server';
import { downloadedBytes, newContext, screenshot, seriousAxeViolations } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const TODAY = new Date().toISOString().slice(0, 10);
const YEAR_AGO = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
const NOOR = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
const SANNE = DEMO_STAFF.find((s) => s.team === 'inkoop')!;
const WASTE_TITLE = 'Restafval omlaag naar 135 kilo per inwoner';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startAppAndBrowser());
  const err: string[] = [];
  const io: CliIO = { out: () => undefined, err: (t) => err.push(t), readStdin: async () => '', stdinIsTerminal: false, env: { CC_GRAPH_BASE_URL: `${server.url}/graph/v1.0` }, cwd: process.cwd() };
  const code = await main(['node', 'circular-choices', 'demo', 'seed', '--acks', '1500', '--seed', '16', '--until', TODAY], io);
  if (code !== 0) throw new Error(`demo seed failed (${code}): ${err.join('\n')}`);
  await server.syncMetrics();
}, START_TIMEOUT_MS);

afterAll(() => stopAppAndBrowser({ server, browser }));

async function openAs(person: (typeof DEMO_STAFF)[number], hash: string): Promise<Page> {
  const context = await newContext(browser);
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, person.oid]);
  const page = await context.newPage();
  await page.goto(`${server.url}/${hash}`);
  return page;
}

describe('indicators and the report in the browser', () => {
  it('takes a coordinator from the dashboard to the indicators, where a measurement typed as 1.234,5 is kept', async () => {
    const page = await openAs(NOOR, '#/dashboard');
    await page.getByRole('link', { name: 'Indicatoren en rapportage voor college en raad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indicatoren' }).waitFor();
    const wasteRow = page.getByTestId('indicators-per-action').locator('tr', { has: page.getByRole('rowheader', { name: WASTE_TITLE }) });
    await wasteRow.getByText('165 kg restafval per inwoner per jaar (2019)').waitFor();

    await page.getByRole('button', { name: `Invoeren voor ${WASTE_TITLE}` }).click();
    const form = page.getByRole('form', { name: 'Meting toevoegen' });
    await form.getByRole('textbox', { name: /Gemeten waarde/ }).fill('1.234,5');
    await form.getByRole('button', { name: 'Meting opslaan' }).click();
    await form.getByText('Opgeslagen.').waitFor();
    await wasteRow.getByText(/^1\.234,5 kg restafval per inwoner per jaar/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('shows the report on screen, keeps only the report on paper, and downloads the same report as a .docx', async () => {
    const page = await openAs(NOOR, `#/report?from=${YEAR_AGO}&to=${TODAY}`);
    const report = page.getByTestId('report');
    await report.getByRole('heading', { level: 2, name: 'Indicatoren en doelen' }).waitFor({ timeout: 60_000 });
    const headings = await report.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'Samenvatting',
      'Voortgang per fase',
      'Voortgang per thema',
      'Indicatoren en doelen',
      'Gebruik per team',
      'Waarom criteria niet worden toegepast',
      'Voorbeelden van toegepaste keuzes',
    ]);
    await report.getByRole('cell', { name: /^1\.234,5 kg restafval per inwoner per jaar/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await screenshot(page, 'report-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als Word-document' }).click()]);
    expect(download.suggestedFilename()).toBe(`circulaire-keuzes-rapportage-${YEAR_AGO}-${TODAY}.docx`);
    const html = (await mammoth.convertToHtml({ buffer: await downloadedBytes(download) })).value;
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(headings);
    expect(html).toMatch(/1\.234,5 kg restafval per inwoner per jaar/);
    await page.context().close();
  }, 90_000);

  it('tells a member of staff that the report is for coordinators', async () => {
    const page = await openAs(SANNE, `#/report?from=${YEAR_AGO}&to=${TODAY}`);
    await page.getByText('De rapportage is voor programmacoördinatoren.').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report').count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
