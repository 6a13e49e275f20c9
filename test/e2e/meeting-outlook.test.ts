// The Outlook task pane end to end in Chromium: outlook.html as built, with a stand-in for Office.js
// served at the CDN address the page loads it from (the real Office.js needs Outlook around it). The
// organizer inserts criteria into a Teams meeting's invite and replaces them; the lists hold the
// attachment under the Teams meeting's id, and the meeting's side panel in Teams shows the same
// criteria.
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { realPack } from '../support/app/fakes';
import { contentLookup } from '../../src/domain/content/lookup';
import { findCriteriaBlocks } from '../../src/domain/meetings/criteria-block';
import { listRows, type AppServer } from './support/app-server';
import { contextOptions, screenshot, seriousAxeViolations } from './support/browser';
import { openInTeams } from './support/teams-frame';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const THREAD = '19:meeting_OGQ3ZTJjNjUtN2Y3Ni00YzE3LWIxNTItNTY2ZjdlZDQzYjU5@thread.v2';
const MEETING_ID = Buffer.from(`0#${THREAD}#0`).toString('base64');
const ORGANIZER = DEMO_STAFF[0]!;
const ATTENDEE = DEMO_STAFF[2]!;
const SUBJECT = 'Kick-off vervanging openbare verlichting Soesterberg';
const BODY =
  '<html><body><p>Agenda: lichtmasten en armaturen vervangen door LED, planning en budget</p>' +
  '<div><p>________________________________________________________________________________</p><p><b>Microsoft Teams-vergadering</b></p>' +
  `<p><a href="https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0?context=%7b%7d">Klik hier om deel te nemen aan de vergadering</a></p>` +
  '<p>________________________________________________________________________________</p></div></body></html>';

/**
 * a stand-in for Office.js in compose mode: the invite lives in `window.__invite`, and every call
 * answers through Office.js's callback shape
 */
const officeStandIn = (invite: { subject: string; body: string }) => `
(function () {
  var invite = window.__invite = ${JSON.stringify({ ...invite, properties: {} })};
  var ok = function (value) { return { status: 'succeeded', value: value }; };
  var later = function (cb, value) { setTimeout(function () { cb(ok(value)); }, 5); };
  window.Office = {
    onReady: function () { return Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }); },
    context: {
      displayLanguage: 'nl-NL',
      requirements: { isSetSupported: function (name) { return name === 'Mailbox'; } },
      mailbox: {
        userProfile: { displayName: 'Sanne de Vries', emailAddress: 'sanne.devries@soest.example' },
        item: {
          itemType: 'appointment',
          subject: { getAsync: function (cb) { later(cb, invite.subject); } },
          body: {
            getAsync: function (type, cb) { later(cb, invite.body); },
            setAsync: function (html, options, cb) { invite.body = html; later(cb); }
          },
          start: { getAsync: function (cb) { later(cb, new Date('2027-05-11T13:00:00Z')); } },
          loadCustomPropertiesAsync: function (cb) {
            later(cb, {
              get: function (name) { return invite.properties[name]; },
              set: function (name, value) { invite.properties[name] = value; },
              saveAsync: function (done) { later(done); }
            });
          }
        }
      }
    }
  };
})();
`;

const lookup = contentLookup(realPack());

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

async function openPane(): Promise<Page> {
  // the task pane is a narrow column beside the invite
  const context = await browser.newContext(contextOptions('light', { viewport: { width: 360, height: 900 } }));
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, ORGANIZER.oid]);
  await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: officeStandIn({ subject: SUBJECT, body: BODY }) }));
  const page = await context.newPage();
  await page.goto(`${server.url}/outlook.html`);
  return page;
}

type ListRow = Awaited<ReturnType<typeof listRows>>[number];

/** list rows, polled: the attachment reaches the list through the browser's queue */
async function rowsWhere(list: string, keep: (row: ListRow) => boolean, count: number): Promise<ListRow[]> {
  for (let i = 0; ; i++) {
    const rows = (await listRows(server.url, list)).filter(keep);
    if (rows.length >= count || i > 300) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const inviteBody = (page: Page) => page.evaluate(() => (window as unknown as { __invite: { body: string } }).__invite.body);

async function pickSuggested(page: Page, count: number): Promise<string[]> {
  await page.locator('[data-testid=suggestion-status][data-relevant=yes]').waitFor();
  const ids = await page.locator('[data-testid=pick-item][data-why=suggested]').evaluateAll((items, n) => items.slice(0, n).map((i) => (i as HTMLElement).dataset.itemId!), count);
  for (const id of ids) await page.locator(`[data-testid=pick-item][data-item-id="${id}"]`).getByRole('checkbox').check();
  return ids;
}

describe('the Outlook task pane on a Teams meeting invite', () => {
  it('inserts the chosen criteria once, replaces them on the next insert, and the Teams meeting shows them', async () => {
    const page = await openPane();
    await page.getByRole('heading', { name: 'Circulaire criteria voor deze uitnodiging' }).waitFor();
    await page.getByText(SUBJECT).first().waitFor();
    // what the matcher read: subject and agenda, without the Teams join information
    expect(await page.getByTestId('invite-text').textContent()).toBe(`${SUBJECT}\nAgenda: lichtmasten en armaturen vervangen door LED, planning en budget`);

    const first = await pickSuggested(page, 2);
    await page.getByRole('button', { name: 'Invoegen in uitnodiging' }).click();
    await page.getByTestId('chooser-outcome').waitFor();
    expect(await page.getByTestId('chooser-outcome').textContent()).toMatch(/^2 criteria ingevoegd in de uitnodiging\. De koppeling (is vastgelegd|wordt vastgelegd zodra de lijst bereikbaar is)\.$/);
    let body = await inviteBody(page);
    expect(findCriteriaBlocks(body).map((b) => b.itemIds)).toEqual([first]);
    // the agenda stays first, the Teams join information last
    expect(body.indexOf('Agenda: lichtmasten')).toBeLessThan(body.indexOf('circular-choices-criteria'));
    expect(body.indexOf('circular-choices-criteria')).toBeLessThan(body.indexOf('meetup-join'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'outlook-pane-inserted');

    await page.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await page.getByTestId('block-present').waitFor();
    const more = await pickSuggested(page, 1);
    await page.getByRole('button', { name: 'Criteria in uitnodiging vervangen' }).click();
    await page.getByTestId('chooser-outcome').waitFor();
    expect(await page.getByTestId('chooser-outcome').textContent()).toMatch(/^De criteria in de uitnodiging zijn vervangen door 3 criteria\. De koppeling (is vastgelegd|wordt vastgelegd zodra de lijst bereikbaar is)\.$/);
    body = await inviteBody(page);
    expect(findCriteriaBlocks(body).map((b) => b.itemIds)).toEqual([[...first, ...more]]);
    await page.context().close();

    const [row] = await rowsWhere('Meeting criteria', (r) => r.fields.MeetingId === MEETING_ID, 1);
    expect(row!.fields).toMatchObject({ Subject: SUBJECT, AttachedBy: ORGANIZER.oid });
    expect(String(row!.fields.ChecklistItemIds).split(/[\s,;]+/).filter(Boolean)).toEqual([...first, ...more]);
    const acks = await rowsWhere('Acknowledgements', (r) => r.fields.ContextRef === MEETING_ID && r.fields.Decision === 'attached', 3);
    expect(acks.map((r) => r.fields.ChecklistItemId).sort()).toEqual([...first, ...more].sort());
    for (const ack of acks) {
      const { checklist } = lookup.item(String(ack.fields.ChecklistItemId))!;
      expect(ack.fields).toMatchObject({ Source: 'outlook', ContextType: 'meeting', StaffAadId: ORGANIZER.oid, ContextTitle: SUBJECT, ChecklistId: checklist.id });
      expect(ack.fields.ProductGroup).toBe(checklist.productGroup);
    }
    expect(first.some((id) => lookup.item(id)!.checklist.productGroup === 'public-lighting')).toBe(true);

    // the same meeting in Teams: the attendee's side panel shows what the organizer chose in Outlook
    const storageState = { cookies: [], origins: [{ origin: server.url, localStorage: [{ name: DEV_IDENTITY_STORAGE_KEY, value: ATTENDEE.oid }] }] };
    const details = { details: { title: SUBJECT, scheduledStartTime: '2027-05-11T13:00:00Z', scheduledEndTime: '2027-05-11T14:00:00Z' }, conversation: { id: THREAD }, organizer: { id: ORGANIZER.oid } };
    const { page: host, app: panel } = await openInTeams(
      browser,
      server.url,
      { hash: '#/meeting', frameContext: 'sidePanel', context: { meetingId: MEETING_ID, chatId: THREAD }, meeting: { details } },
      contextOptions('light', { viewport: { width: 320, height: 800 }, storageState }),
    );
    await panel.getByTestId('attached-item').first().waitFor();
    expect(await panel.getByTestId('attached-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.itemId))).toEqual([...first, ...more]);
    await host.context().close();
  }, 60_000);

  it('explains itself when opened outside an invite (no Office.js answer)', async () => {
    const context = await browser.newContext(contextOptions('light'));
    await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: '/* offline: no Office */' }));
    const page = await context.newPage();
    await page.goto(`${server.url}/outlook.html`);
    await page.getByText('Geen uitnodiging geopend').waitFor();
    await context.close();
  });
});
