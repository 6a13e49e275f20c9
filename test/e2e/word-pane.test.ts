// The Word task pane end to end in Chromium: word.html as built, with a stand-in for Office.js and
// Word's API served at the CDN address the page loads Office.js from (the real ones need Word
// around them). A procurement officer writes a lighting tender: the pane finds its product groups,
// selects evidence in the document, follows an edit, puts criteria at the cursor as a clause block
// and updates and removes it, and records a choice that the list files under the document's URL.
// Then the pane at task-pane width in light, dark and high contrast: nothing scrolls sideways.
// A load of the pane costs a few processor-seconds, so light is checked on the pane the officer
// opened again; dark and high contrast, which the pane takes at start, have a pane each.
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { BLOCK_TAG } from '../../src/hosts/office/word/word-document';
import { contentLookup } from '../../src/domain/content/lookup';
import { escapeHtml } from '../../src/domain/meetings/criteria-block';
import { realPack } from '../support/app/fakes';
import { listRows, type AppServer } from './support/app-server';
import { contextOptions, excludedRulesFor, screenshot, seriousAxeViolations, type ThemeName } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DOCUMENT_URL = 'https://soest.sharepoint.com/sites/inkoop/Gedeelde documenten/Aanbesteding openbare verlichting Soesterberg.docx';
const OFFICER = DEMO_STAFF[0]!;
const TENDER = [
  'Aanbesteding vervanging openbare verlichting Soesterberg',
  'De gemeente Soest vervangt in Soesterberg 1.200 lichtmasten en armaturen door LED-verlichting.',
  'De opdrachtnemer neemt de oude armaturen terug. Armaturen met vervangbare LED-modules en drivers hebben de voorkeur.',
  'Gunning op basis van de beste prijs-kwaliteitverhouding.',
];

interface WordDoc {
  paragraphs: string[];
  blocks: Array<{ tag: string; title: string; html: string }>;
  selected: { text: string; occurrence: number } | null;
  settings: Record<string, unknown>;
}

/**
 * a stand-in for Office.js and Word's API: the document lives in `window.__word`, Word.run batches
 * act on it, and `window.__edit` changes a paragraph and fires the paragraph events as Word does
 */
const wordStandIn = (options: { paragraphs: string[]; url: string; dark: boolean }) => `
(function () {
  var doc = window.__word = { paragraphs: ${JSON.stringify(options.paragraphs)}, blocks: [], selected: null, settings: {} };
  var handlers = [];
  var text = function () { return doc.paragraphs.concat(doc.blocks.map(function (b) { return b.html.replace(/<[^>]*>/g, ' '); })).join('\\r'); };
  var occurrences = function (needle) {
    var hay = text().toLowerCase(), want = needle.toLowerCase(), n = 0, at = hay.indexOf(want);
    while (at >= 0) { n++; at = hay.indexOf(want, at + want.length); }
    return n;
  };
  var control = function (block) {
    return {
      get tag() { return block.tag; }, set tag(v) { block.tag = v; },
      get title() { return block.title; }, set title(v) { block.title = v; },
      appearance: 'BoundingBox',
      load: function () {},
      insertHtml: function (html) { block.html = html; },
      delete: function () { doc.blocks = doc.blocks.filter(function (b) { return b !== block; }); }
    };
  };
  var events = function (context) {
    return { add: function (h) { handlers.push(h); return { context: context, remove: function () { handlers = handlers.filter(function (x) { return x !== h; }); } }; } };
  };
  var newContext = function () {
    var context = { sync: function () { return new Promise(function (r) { setTimeout(r, 2); }); } };
    context.document = {
      body: {
        load: function () {},
        get text() { return text(); },
        search: function (needle) {
          var items = [];
          for (var i = 0; i < occurrences(needle); i++) (function (i) { items.push({ select: function () { doc.selected = { text: needle, occurrence: i }; } }); })(i);
          return { items: items, load: function () {} };
        }
      },
      getSelection: function () {
        return { getRange: function () { return { insertContentControl: function () { var block = { tag: '', title: '', html: '' }; doc.blocks.push(block); return control(block); } }; } };
      },
      contentControls: { getByTag: function (tag) { return { items: doc.blocks.filter(function (b) { return b.tag === tag; }).map(control), load: function () {} }; } },
      onParagraphChanged: events(context), onParagraphAdded: events(context), onParagraphDeleted: events(context)
    };
    return context;
  };
  window.Word = { run: function (a, b) { return typeof a === 'function' ? a(newContext()) : b(a); } };
  window.__edit = function (index, value) { doc.paragraphs[index] = value; handlers.forEach(function (h) { h({ type: 'ParagraphChanged' }); }); };
  window.Office = {
    HostType: { Word: 'Word', Outlook: 'Outlook' },
    onReady: function () { return Promise.resolve({ host: 'Word', platform: 'OfficeOnline' }); },
    context: {
      host: 'Word',
      displayLanguage: 'nl-NL',
      contentLanguage: 'nl-NL',
      officeTheme: { bodyBackgroundColor: ${JSON.stringify(options.dark ? '#1f1f1f' : '#ffffff')} },
      requirements: { isSetSupported: function (name, version) { return name === 'WordApi' && parseFloat(version || '1.1') <= 1.6; } },
      document: {
        url: ${JSON.stringify(options.url)},
        settings: {
          get: function (n) { return doc.settings[n]; }, set: function (n, v) { doc.settings[n] = v; }, remove: function (n) { delete doc.settings[n]; },
          saveAsync: function (cb) { setTimeout(function () { cb && cb({ status: 'succeeded' }); }, 2); }
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

/** the pane at the narrowest task-pane width */
async function openPane(theme: ThemeName = 'light'): Promise<Page> {
  const context = await browser.newContext(contextOptions(theme, { viewport: { width: 320, height: 900 } }));
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, OFFICER.oid]);
  await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: wordStandIn({ paragraphs: TENDER, url: DOCUMENT_URL, dark: theme === 'dark' }) }));
  const page = await context.newPage();
  await page.goto(`${server.url}/word.html`);
  await page.getByRole('heading', { name: 'Circulaire keuzes bij dit document' }).waitFor();
  return page;
}

/** the light pane the officer opened again at the end of the first test (or a new one where it did not run) */
let reopened: Promise<Page> | undefined;
const reopenedPane = (): Promise<Page> => (reopened ??= openPane());

const wordDoc = (page: Page) => page.evaluate(() => (window as unknown as { __word: WordDoc }).__word);

type ListRow = Awaited<ReturnType<typeof listRows>>[number];

async function rowsWhere(keep: (row: ListRow) => boolean, count: number): Promise<ListRow[]> {
  for (let i = 0; ; i++) {
    const rows = (await listRows(server.url, 'Acknowledgements')).filter(keep);
    if (rows.length >= count || i > 300) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the Word task pane on a tender', () => {
  it('finds the groups, selects evidence, follows an edit, inserts, updates and removes its clause, and files a choice under the document URL', async () => {
    const page = await openPane();
    const lighting = page.locator('[data-testid=matched-group][data-group=public-lighting]');
    await lighting.waitFor();
    expect(await page.getByTestId('word-identity').textContent()).toBe('Je keuzes horen bij het bestand Aanbesteding openbare verlichting Soesterberg.docx.');
    expect(await page.getByTestId('word-following').textContent()).toBe('De analyse loopt mee terwijl je schrijft.');

    // "Toon in document": the word is selected where it stands in the document
    const evidence = lighting.getByTestId('show-evidence').first();
    const word = (await evidence.textContent())!;
    await evidence.click();
    await page.waitForFunction((w) => (window as unknown as { __word: WordDoc }).__word.selected?.text === w, word);

    // the person writes on: the pane reads the document again after the pause and finds the roads
    await page.evaluate(() =>
      (window as unknown as { __edit: (i: number, t: string) => void }).__edit(3, 'Bij het plaatsen van de masten wordt het trottoir van betonklinkers en elementenverharding opnieuw gestraat.'),
    );
    await page.locator('[data-testid=matched-group][data-group=roads]').waitFor({ timeout: 15_000 });

    // two criteria of the lighting checklist go into the document as one clause block
    const items = page.locator('[data-testid=matched-item]');
    await items.first().waitFor();
    const ids = await items.evaluateAll((cards) => cards.slice(0, 2).map((c) => (c as HTMLElement).dataset.itemId!));
    for (const id of ids) await page.locator(`[data-testid=matched-item][data-item-id="${id}"]`).getByRole('checkbox', { name: 'Opnemen in de clausule' }).check();
    await page.getByRole('button', { name: 'Invoegen', exact: true }).click();
    await page.getByTestId('word-notice').filter({ hasText: '2 criteria ingevoegd in het document.' }).waitFor();
    let doc = await wordDoc(page);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ tag: BLOCK_TAG, title: 'Circulaire criteria' });
    expect(doc.blocks[0]!.html).toContain('<h3 lang="nl">Circulaire criteria</h3>');
    expect(doc.settings.circularChoicesCriteria).toEqual(ids);
    for (const id of ids) expect(doc.blocks[0]!.html).toContain(`<li>${escapeHtml(lookup.item(id)!.item.text.nl)}</li>`);
    await screenshot(page, 'word-pane-inserted');

    // the pane updates its own block (one criterion less), then removes it
    await page.locator(`[data-testid=matched-item][data-item-id="${ids[1]}"]`).getByRole('checkbox', { name: 'Opnemen in de clausule' }).uncheck();
    await page.getByRole('button', { name: 'Clausule bijwerken' }).click();
    await page.getByTestId('word-notice').filter({ hasText: 'De clausule in het document bevat nu 1 criterium.' }).waitFor();
    doc = await wordDoc(page);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.settings.circularChoicesCriteria).toEqual([ids[0]]);
    await page.getByRole('button', { name: 'Clausule verwijderen' }).click();
    await page.getByTestId('word-notice').filter({ hasText: 'De clausule is uit het document verwijderd.' }).waitFor();
    expect((await wordDoc(page)).blocks).toEqual([]);

    // a choice is filed under the document's address
    await page.locator(`[data-testid=matched-item][data-item-id="${ids[0]}"]`).getByRole('button', { name: 'Toegepast', exact: true }).click();
    await page.locator(`[data-testid=matched-item][data-item-id="${ids[0]}"]`).getByTestId('decision-current').waitFor();
    const [row] = await rowsWhere((r) => r.fields.ContextRef === DOCUMENT_URL, 1);
    expect(row!.fields).toMatchObject({ ChecklistItemId: ids[0], Decision: 'applied', StaffAadId: OFFICER.oid, ContextTitle: 'Aanbesteding openbare verlichting Soesterberg.docx', ContextType: 'procurement' });
    await page.context().close();

    // opened again, the pane shows the choice made on this file
    const again = await reopenedPane();
    await again.getByTestId('earlier-note').waitFor();
  }, 180_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`fits 320 px in ${theme} without scrolling sideways, and passes axe`, async () => {
      const page = theme === 'light' ? await reopenedPane() : await openPane(theme);
      // the pane follows Word's theme (a dark body background) and the system's forced colours
      await page.locator(`html[data-theme=${theme}]`).waitFor({ state: 'attached' });
      await page.locator('[data-testid=matched-item]').first().waitFor();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      // axe cannot judge contrast under forced colours (the browser paints the system's colours):
      // that one rule is left out there, as in accessibility.test.ts
      expect(await seriousAxeViolations(page, { disabledRules: excludedRulesFor(theme) })).toEqual([]);
      await screenshot(page, `word-pane-${theme}`);
      if (theme !== 'light') await page.context().close();
    }, 90_000);
  }
});
