// End to end inside a test-only same-origin page that plays the Teams host, so the app's TeamsJS
// path runs: initialisation and context, theme change events, the compose dialog's submit, the
// channel tab's configuration, and a deep link into a criterion.
import type { Browser, Frame } from 'playwright-core';
import { type AppServer } from './support/app-server';
import { screenshot, seriousAxeViolations } from './support/browser';
import { hostCalls, openInTeams as openInTeamsHost, pressTeamsSave, setTeamsTheme, waitForCall } from './support/teams-frame';
import { checkDraft, matchedItemIds, ROAD_TENDER } from './support/tab-page';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

const openInTeams = (options: Parameters<typeof openInTeamsHost>[2]) => openInTeamsHost(browser, server.url, options);
const themeOf = (app: Frame, theme: string) => app.locator(`html[data-theme=${theme}]`).waitFor({ state: 'attached' });

describe('the tab inside Teams', () => {
  it('initialises TeamsJS, takes the user’s language from Teams and follows Teams’ theme changes', async () => {
    const { page, app } = await openInTeams({ hash: '#/about', frameContext: 'content', theme: 'default', locale: 'en-US' });
    await app.getByTestId('content-version').waitFor();
    expect(await app.getByRole('heading', { level: 1 }).textContent()).toBe('About Circular Choices');
    expect(await app.getByText('Teams (content)').count()).toBe(1);
    expect((await hostCalls(page)).map((c) => c.func)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
    await themeOf(app, 'light');
    await screenshot(page, 'teams-about-light');

    for (const [teamsTheme, appTheme] of [['dark', 'dark'], ['contrast', 'contrast'], ['default', 'light']] as const) {
      await setTeamsTheme(page, teamsTheme);
      await themeOf(app, appTheme);
      if (appTheme !== 'light') {
        expect(await seriousAxeViolations(page)).toEqual([]);
        await screenshot(page, `teams-about-${appTheme}`);
      }
    }
    await page.context().close();
  }, 60_000);

  it('in the compose dialog, hands the checked draft with its criteria back to the message extension', async () => {
    const { page, app } = await openInTeams({ hash: '#/check?host=dialog', frameContext: 'task' });
    await checkDraft(app, ROAD_TENDER, '');
    const itemIds = await matchedItemIds(app);
    expect(await app.getByRole('navigation').count()).toBe(0);
    await app.getByRole('button', { name: 'Kaart invoegen in bericht' }).click();
    const call = await waitForCall(page, 'tasks.completeTask');
    const submitted = call.args[0] as { text: string; contextRef: string; itemIds: string[] };
    expect(submitted.text).toBe(ROAD_TENDER);
    expect(submitted.contextRef).toMatch(/^doc:[a-z0-9]+$/);
    expect(submitted.itemIds).toEqual(itemIds);
    await page.context().close();
  }, 60_000);

  it('configures a channel tab: Save is enabled once a team is chosen, and the team’s page is saved', async () => {
    const { page, app } = await openInTeams({ hash: '#/config', frameContext: 'settings', context: { teamId: '19:team', teamName: 'Vastgoed', channelId: '19:channel' } });
    await app.getByRole('radio', { name: 'Vastgoed' }).check();
    await waitForCall(page, 'settings.setValidityState', (c) => c.args[0] === true);
    await pressTeamsSave(page);
    const saved = await waitForCall(page, 'settings.setSettings');
    expect(saved.args[0]).toMatchObject({ contentUrl: `${server.url}/#/teams/vastgoed`, entityId: 'team-vastgoed', suggestedDisplayName: 'Circulair – Vastgoed' });
    await waitForCall(page, 'settings.save.success');
    await page.context().close();
  }, 60_000);

  it('opens the criterion a Teams deep link points to', async () => {
    const { page, app } = await openInTeams({ hash: '', frameContext: 'content', context: { subEntityId: 'criteria/roads-reuse-paving-elements' } });
    await app.getByTestId('criterion-text').waitFor();
    expect(app.url()).toMatch(/#\/criteria\/roads-reuse-paving-elements$/);
    await page.context().close();
  }, 60_000);
});
