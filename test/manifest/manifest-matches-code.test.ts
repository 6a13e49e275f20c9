// What the manifest promises, the code keeps: each command id reaches a handler that answers it
// (over real HTTP at /api/messages, as Teams calls it), the link handler's domain is unfurled, each
// tab URL is a page and route of the web app, each tab context has code that serves it, each URL
// is on a valid domain, and the Outlook add-in's pages, event script, handler name, Smart Alert
// button and icons are what the web build and the code provide.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { MESSAGING_ENDPOINT } from '../../src/bot';
import { COMMAND_IDS } from '../../src/bot/commands';
import { stringsFor } from '../../src/bot/locales';
import { TAB_ENTITY_ID } from '../../src/bot/app-links';
import { ROUTES } from '../../src/app/shell/routes';
import { matchPath, parseHash } from '../../src/app/lib/hash-route';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { bundledPack } from '../support/bundled-pack';
import { ENGLISH_LOCALISATION, renderManifest, REPOSITORY_ROOT, templateValues } from '../../manifest/package/app-package';
import { loadPackageEnvironment, packageSettings } from '../../manifest/package/package-environment';
import { MEETING_TAB_ENTITY_ID, meetingPageUrl, meetingTabUrl } from '../../src/app/features/meeting-criteria';
import { CRITERIA_PANE_COMMAND_ID, SEND_HANDLER_NAME } from '../../src/hosts/office/outlook/send-check';
import { SEND_CHECK_WORDS } from '../../src/hosts/office/outlook/send-check-text';
import { invokeActivity } from '../support/invoke-activity';
import { WORD_MINIMUM } from '../../src/hosts/office/word/word-api';


/** the manifest, indexed freely in assertions (its shape is the schema's concern, tested elsewhere) */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Json = any;

interface WebpackConfig {
  entry: Record<string, string | { import: string; runtime?: string | false }>;
  output: { filename: (pathData: { chunk?: { name?: string } }) => string };
  optimization: { splitChunks: { chunks: (chunk: { name?: string }) => boolean } };
  plugins: Array<{ constructor: { name: string }; patterns?: Array<{ from: string; to?: string }> }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS without types
const webpackConfig = require('../../webpack.config.js') as ((env: unknown, argv: { mode: string }) => WebpackConfig) & { SURFACES: Array<{ name: string; html: string }> };
const { SURFACES } = webpackConfig;
const PRODUCTION_BUILD = webpackConfig({}, { mode: 'production' });

const { values } = loadPackageEnvironment([join(REPOSITORY_ROOT, 'manifest/env/local.env')], {});
const settings = packageSettings(values, { version: '1.0.0' });
const manifest = renderManifest(REPOSITORY_ROOT, templateValues(settings), true) as Json;
const commands = manifest.composeExtensions[0].commands as Json[];
const extension = manifest.extensions[0] as Json;

/** every source file under the given folders, with its text, for evidence that code serves a promise */
function sources(...dirs: string[]): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|cjs|mjs|html)$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name)) out.push({ file: relative(REPOSITORY_ROOT, path), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of dirs) walk(join(REPOSITORY_ROOT, dir));
  return out;
}
// the app's own code: the host adapters only hand over what a page must then use
const APP_CODE = sources('src/app');
const evidence = (code: typeof APP_CODE, pattern: RegExp) => code.filter((s) => pattern.test(s.text)).map((s) => s.file);

/** the web app's page and route for one of its URLs: `/` is index.html, the hash is the route */
function pageOf(url: string): { html: string | undefined; route: string | undefined } {
  const parsed = new URL(url);
  const file = parsed.pathname === '/' ? 'index.html' : parsed.pathname.slice(1);
  const html = SURFACES.find((s) => s.html === file)?.html;
  const { path } = parseHash(parsed.hash);
  const route = ROUTES.find((r) => matchPath(r.pattern, path))?.pattern;
  return { html, route };
}

describe('the message extension commands', () => {
  it('are exactly the ids the bot handles, no more and no fewer', () => {
    expect(commands.map((c) => c.id).sort()).toEqual(Object.values(COMMAND_IDS).sort());
  });

  // one name for one thing: the command says what the dialog it opens is called (and the tab's page)
  it('name the compose box\'s check as the dialog it opens, in both languages', () => {
    const at = commands.findIndex((c) => c.id === COMMAND_IDS.checkDraft);
    const english = JSON.parse(readFileSync(join(REPOSITORY_ROOT, ENGLISH_LOCALISATION), 'utf8')) as Record<string, string>;
    expect(commands[at].title).toBe(stringsFor('nl').draftDialogTitle);
    expect(english[`composeExtensions[0].commands[${at}].title`]).toBe(stringsFor('en').draftDialogTitle);
    const page = (language: string) => (JSON.parse(readFileSync(join(REPOSITORY_ROOT, `src/app/locales/${language}.json`), 'utf8')) as Record<string, string>)['check.title'];
    expect([page('nl'), page('en')]).toEqual([stringsFor('nl').draftDialogTitle, stringsFor('en').draftDialogTitle]);
  });

  it('are bound to the bot that serves /api/messages, which also carries the cards\' Universal Actions', () => {
    expect(MESSAGING_ENDPOINT).toBe('/api/messages');
    expect(manifest.composeExtensions[0].botId).toBe(manifest.bots[0].botId);
    // cards shared in chats and channels need the bot in those scopes for Action.Execute
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['team', 'groupChat']));
  });

  describe('answered over HTTP by the running server', () => {
    let server: RunningServer;
    let dataDir: string;
    const firstItem = bundledPack().checklists[0]!.items[0]!;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'cc-manifest-'));
      // the bot links and unfurls on the manifest's origin, as it does behind the real address
      const config = loadConfig({ CC_PUBLIC_URL: settings.origin, CC_DATA_DIR: dataDir, CC_WEB_ROOT: join(dataDir, 'web') });
      // the first text starts the matching threads (compiling the worker's TypeScript here): on a
      // busy machine that alone can pass the 3 s limit, which server-matching.test.ts covers
      server = await startTestServer({ config, port: 0, logSink: () => undefined, matching: { timeoutMs: 30_000 } });
    });
    afterAll(async () => {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    async function invoke(name: string, value: Json): Promise<Json> {
      const res = await fetch(`${server.url}${MESSAGING_ENDPOINT}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invokeActivity(name, value)) });
      expect(res.status).toBe(200);
      return (await res.json()) as Json;
    }

    const byType = (type: string, fetchTask: boolean) => commands.filter((c) => (c.type ?? 'query') === type && Boolean(c.fetchTask) === fetchTask);

    it.each(byType('query', false).map((c) => [c.id, c]))('search command %s returns cards for its parameter', async (_id, command) => {
      const parameter = (command as Json).parameters[0].name as string;
      const answer = await invoke('composeExtension/query', { commandId: (command as Json).id, parameters: [{ name: parameter, value: 'asfalt' }], queryOptions: { skip: 0, count: 5 } });
      expect(answer.composeExtension.type).toBe('result');
      expect(answer.composeExtension.attachments.length).toBeGreaterThan(0);
    });

    it.each(byType('action', false).map((c) => [c.id, c]))('action command %s on a message inserts a result card', async (_id, command) => {
      const c = command as Json;
      expect(c.context).toEqual(['message']);
      const data = Object.fromEntries((c.parameters as Json[]).map((p) => [p.name, '']));
      const answer = await invoke('composeExtension/submitAction', {
        commandId: c.id,
        commandContext: 'message',
        messagePayload: { id: '1700000000001', body: { contentType: 'html', content: '<p>We gaan het asfalt van de Dorpsstraat vervangen.</p>' } },
        data,
      });
      expect(answer.composeExtension.type).toBe('result');
      expect(answer.composeExtension.attachments).toHaveLength(1);
    });

    it.each(byType('action', true).map((c) => [c.id, c]))('action command %s opens a dialog on a page and route of the web app', async (_id, command) => {
      const answer = await invoke('composeExtension/fetchTask', { commandId: (command as Json).id, commandContext: 'compose' });
      expect(answer.task.type).toBe('continue');
      const url = answer.task.value.url as string;
      expect(new URL(url).origin).toBe(settings.origin);
      expect(pageOf(url)).toEqual({ html: 'index.html', route: '/check' });
    });

    it('unfurls the app\'s own links on every domain the link handler claims', async () => {
      const domains = manifest.composeExtensions[0].messageHandlers.flatMap((h: Json) => h.value.domains) as string[];
      expect(domains).toEqual([settings.domain]);
      for (const domain of domains) {
        const link = `${new URL(settings.origin).protocol}//${domain}/#/criteria/${firstItem.id}`;
        const answer = await invoke('composeExtension/queryLink', { url: link });
        expect(answer.composeExtension.attachments).toHaveLength(1);
      }
    });

    it("unfurls the link to a meeting's page that the meeting tab shares, a page and route of the web app, on the link handler's domain", async () => {
      const link = meetingPageUrl(settings.origin, 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==');
      expect(pageOf(link)).toEqual({ html: 'index.html', route: '/meetings/:meetingId' });
      const domains = manifest.composeExtensions[0].messageHandlers.flatMap((h: Json) => h.value.domains) as string[];
      expect(domains).toContain(new URL(link).host);
      const answer = await invoke('composeExtension/queryLink', { url: link });
      expect(answer.composeExtension.attachments).toHaveLength(1);
      // no criteria attached to this meeting yet: the card says so and opens the meeting's page
      const card = answer.composeExtension.attachments[0].content;
      expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl' })]);
      expect(pageOf(new URL(card.actions[0].url).searchParams.get('webUrl') ?? card.actions[0].url)).toEqual({ html: 'index.html', route: '/meetings/:meetingId' });
    });
  });
});

describe('the action commands\' parameters', () => {
  // a form field the bot never reads would ask people for something that changes nothing
  const BOT_CODE = sources('src/bot');
  for (const command of commands.filter((c) => c.type === 'action')) {
    for (const parameter of (command.parameters ?? []) as Json[]) {
      const found = evidence(BOT_CODE, new RegExp(`\\b${parameter.name}\\b`));
      if (found.length > 0) it(`${command.id}: the bot reads ${parameter.name} (${found.join(', ')})`, () => expect(found.length).toBeGreaterThan(0));
      else it.todo(`pending: ${command.id} asks for ${parameter.name}, which src/bot does not read yet`);
    }
  }
});

describe('the tabs', () => {
  it('open pages and routes the web app has', () => {
    const personal = manifest.staticTabs.find((t: Json) => t.contentUrl);
    expect(pageOf(personal.contentUrl)).toEqual({ html: 'index.html', route: '/' });
    expect(pageOf(manifest.configurableTabs[0].configurationUrl)).toEqual({ html: 'index.html', route: '/config' });
  });

  it('use the entity id the bot\'s deep links open', () => {
    expect(manifest.staticTabs[0].entityId).toBe(TAB_ENTITY_ID);
  });

  it('load only from the valid domain, which is the app\'s own', () => {
    expect(manifest.validDomains).toEqual([settings.domain]);
    const urls = [
      ...manifest.staticTabs.flatMap((t: Json) => [t.contentUrl, t.websiteUrl]).filter(Boolean),
      manifest.configurableTabs[0].configurationUrl,
      ...extension.runtimes.flatMap((r: Json) => [r.code.page, r.code.script]).filter(Boolean),
    ] as string[];
    for (const url of urls) expect(manifest.validDomains).toContain(new URL(url).host);
  });

  // what code must exist for each context the configurable tab declares
  const CONTEXT_EVIDENCE: Record<string, { what: string; pattern: RegExp }> = {
    channelTab: { what: "a configuration page that saves the tab through the host's tabConfig", pattern: /\btabConfig\b/ },
    privateChatTab: { what: "a configuration page that saves the tab through the host's tabConfig", pattern: /\btabConfig\b/ },
    meetingChatTab: { what: "a page that uses the host's meeting", pattern: /\.meeting\b/ },
    meetingDetailsTab: { what: "a page that uses the host's meeting", pattern: /\.meeting\b/ },
    meetingSidePanel: { what: "a view for the meeting side panel (frameContext 'sidePanel')", pattern: /'sidePanel'/ },
  };
  for (const context of manifest.configurableTabs[0].context as string[]) {
    const rule = CONTEXT_EVIDENCE[context];
    if (!rule) {
      it(`context ${context} has a known handler`, () => {
        throw new Error(`no rule says which code serves the tab context ${context}`);
      });
      continue;
    }
    const found = evidence(APP_CODE, rule.pattern);
    it(`context ${context}: ${rule.what} (${found.join(', ') || 'none found'})`, () => expect(found.length).toBeGreaterThan(0));
  }

  it('in a meeting, save the meeting page, a page and route of the web app', () => {
    expect(pageOf(meetingTabUrl(settings.origin))).toEqual({ html: 'index.html', route: '/meeting' });
    expect(MEETING_TAB_ENTITY_ID).not.toBe(TAB_ENTITY_ID);
  });
});

describe('the Office add-in (Outlook and Word)', () => {
  const pageFiles = extension.runtimes.map((r: Json) => new URL(r.code.page).pathname.slice(1)) as string[];

  it('opens its task pane and its send check from the app\'s own origin', () => {
    expect(pageFiles).toEqual(['outlook.html', 'outlook-events.html', 'word.html']);
    expect(extension.runtimes[1].code.script).toBe(`${settings.origin}/outlook-events.js`);
  });

  it('has its button run the task pane action, and its send event run the event runtime\'s function', () => {
    const actions = new Map(extension.runtimes.flatMap((r: Json) => r.actions.map((a: Json) => [a.id, { runtime: r.id, type: a.type }])));
    const button = extension.ribbons[0].tabs[0].groups[0].controls[0];
    expect(actions.get(button.actionId)).toEqual({ runtime: 'CriteriaPaneRuntime', type: 'openPage' });
    expect(actions.get(extension.autoRunEvents[0].events[0].actionId)).toEqual({ runtime: 'SendCheckRuntime', type: 'executeFunction' });
  });

  for (const file of pageFiles) {
    it(`${file} is a page of the web app (webpack.config.js)`, () => expect(SURFACES.map((s) => s.html)).toContain(file));
  }

  it('has Word\'s Home tab button open the Word pane, on the requirement set the pane checks for', () => {
    const actions = new Map(extension.runtimes.flatMap((r: Json) => r.actions.map((a: Json) => [a.id, r])));
    const wordRibbon = extension.ribbons.find((r: Json) => r.requirements?.scopes?.includes('document'));
    const button = wordRibbon.tabs[0].groups[0].controls[0];
    const runtime = actions.get(button.actionId) as Json;
    expect(new URL(runtime.code.page).pathname).toBe('/word.html');
    expect(runtime.requirements).toEqual({ scopes: ['document'], capabilities: [{ name: WORD_MINIMUM.name, minVersion: WORD_MINIMUM.version }] });
    expect(wordRibbon.tabs[0].builtInTabId).toBe('TabHome');
  });

  // classic Outlook on Windows runs the event handler from this file without the page: its name must
  // not carry a hash, and it must not need a runtime chunk or split chunks beside it
  it('outlook-events.js is built as one script under that fixed name', () => {
    const file = new URL(extension.runtimes[1].code.script).pathname.slice(1);
    const surface = SURFACES.find((s) => s.html === new URL(extension.runtimes[1].code.page).pathname.slice(1))!;
    expect(PRODUCTION_BUILD.output.filename({ chunk: { name: surface.name } }).replace('[name]', surface.name)).toBe(file);
    expect(PRODUCTION_BUILD.entry[surface.name]).toMatchObject({ runtime: false });
    expect(PRODUCTION_BUILD.optimization.splitChunks.chunks({ name: surface.name })).toBe(false);
    // the other surfaces keep their content hashes
    expect(PRODUCTION_BUILD.output.filename({ chunk: { name: 'tab' } })).toMatch(/\[contenthash/);
  });

  const handler = extension.autoRunEvents[0].events[0].actionId as string;
  // the code registers the handler under the one constant that must equal the manifest's name
  const handlerCode = evidence(sources('src'), /associate\(\s*SEND_HANDLER_NAME\b/);
  it(`${handler} is associated with Office.actions (${handlerCode.join(', ') || 'nowhere'})`, () => {
    expect(handlerCode.length).toBeGreaterThan(0);
    expect(SEND_HANDLER_NAME).toBe(handler);
  });

  // with the unified manifest a Smart Alert's commandId names the control in "controls" (not the action)
  it('has the Smart Alert\'s button open the task pane through the ribbon control', () => {
    const control = extension.ribbons[0].tabs[0].groups[0].controls.find((c: Json) => c.id === CRITERIA_PANE_COMMAND_ID);
    expect(control).toBeDefined();
    const action = extension.runtimes.flatMap((r: Json) => r.actions).find((a: Json) => a.id === control.actionId);
    expect(action.type).toBe('openPage');
  });

  // the Smart Alert names its button and tells people to press it; both read as the ribbon button
  // that opens the same pane, in Dutch (the manifest) and English (its localisation)
  it('names the Smart Alert\'s button as the ribbon names that control, in both languages', () => {
    const controls = extension.ribbons[0].tabs[0].groups[0].controls as Json[];
    const at = controls.findIndex((c: Json) => c.id === CRITERIA_PANE_COMMAND_ID);
    const english = JSON.parse(readFileSync(join(REPOSITORY_ROOT, ENGLISH_LOCALISATION), 'utf8')) as Record<string, string>;
    const labels = { nl: controls[at].label as string, en: english[`extensions[0].ribbons[0].tabs[0].groups[0].controls[${at}].label`] };
    for (const language of ['nl', 'en'] as const) {
      expect(SEND_CHECK_WORDS[language].attachCriteria).toBe(labels[language]);
      expect(SEND_CHECK_WORDS[language].markdown('Wegen')).toContain(`**${labels[language]}**`);
    }
  });

  // the ribbon and alternate icons are fetched by URL from the web server
  const iconPaths = [...new Set(JSON.stringify(extension).match(/\/assets\/outlook\/icon-\d+\.png/g) ?? [])];
  it('uses only icons that exist in assets/outlook', () => {
    expect(iconPaths.length).toBeGreaterThan(0);
    for (const path of iconPaths) expect(existsSync(join(REPOSITORY_ROOT, path))).toBe(true);
  });
  it('the web build copies assets/outlook so the icons are served where the manifest points', () => {
    const patterns = PRODUCTION_BUILD.plugins.filter((p) => p.constructor.name === 'CopyPlugin').flatMap((p) => p.patterns ?? []);
    expect(patterns).toContainEqual(expect.objectContaining({ from: 'assets/outlook', to: 'assets/outlook' }));
  });
});
