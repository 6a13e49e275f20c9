// The event runtime as Outlook loads it: outlook-events.js from the production web build the e2e
// project made (under `npm test`), or, without a current one, built by webpack with the app's
// configuration, this entry only, into a temporary folder; and the file runs in a bare
// JavaScript context with only an Office object, as classic Outlook on Windows runs it: no page, no
// DOM, no module loader. The Smart Alert it registers then decides real invites.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import { buildCriteriaBlock } from '../../src/domain/meetings/criteria-block';
import { CRITERIA_PANE_COMMAND_ID, SEND_HANDLER_NAME } from '../../src/hosts/office/outlook/send-check';
import { mockMailbox, mockSendEvent, type MockMailboxOptions } from '../support/outlook/mock-mailbox';
import { newestMtime } from '../support/build-lock';
import { currentWebBuild } from '../e2e/support/web-build';

const PROJECT_ROOT = resolve(__dirname, '..', '..');

/**
 * builds the event runtime's entry with the app's webpack configuration into `outDir`, in a child
 * process: the content pack's loader compiles TypeScript with tsx, which jest's module system would
 * intercept
 */
const BUILD = `
const webpack = require('webpack');
const config = require(process.env.CC_WEBPACK_CONFIG)({}, { mode: 'production' });
config.entry = { 'outlook-events': config.entry['outlook-events'] };
config.output = { ...config.output, path: process.env.CC_OUT_DIR };
// the stats file belongs to the app's real build
config.plugins = config.plugins.filter((p) => p.constructor.name !== 'StatsFilePlugin');
webpack(config, (error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ? String(error) : stats.toString({ all: false, errors: true }));
    process.exit(1);
  }
});
`;

/** the build's folder, and the scripts its outlook-events entry loads or may load */
let outDir: string;
let entryScripts: () => string[];
let script: string;
let ownBuild = false;

/**
 * the production web build the e2e project made (`npm test` makes or checks it before any file
 * starts) while it is newer than every source it is built from (the folders web-build.ts watches);
 * else this file builds the entry alone
 */
function sharedWebBuild(): { webRoot: string; stats: { assets: Array<{ name: string; chunkNames: string[] }>; entrypoints: Record<string, { assets: string[] }> } } | undefined {
  const build = currentWebBuild();
  if (!build) return undefined;
  const sources = ['src/app', 'src/hosts', 'src/auth', 'src/domain', 'src/storage', 'src/server/api', 'src/content', 'webpack.config.js', 'package-lock.json', 'assets'];
  if (sources.some((source) => newestMtime(join(PROJECT_ROOT, source)) > statSync(build.statsFile).mtimeMs)) return undefined;
  return { webRoot: build.webRoot, stats: JSON.parse(readFileSync(build.statsFile, 'utf8')) };
}

beforeAll(() => {
  const shared = sharedWebBuild();
  if (shared) {
    outDir = shared.webRoot;
    // what the entry loads, and every script made from its chunks (a lazy chunk would be one)
    entryScripts = () => [
      ...new Set([
        ...shared.stats.entrypoints['outlook-events']!.assets,
        ...shared.stats.assets.filter((a) => a.name.endsWith('.js') && a.chunkNames.includes('outlook-events')).map((a) => a.name),
      ]),
    ];
    script = readFileSync(join(outDir, 'outlook-events.js'), 'utf8');
    return;
  }
  ownBuild = true;
  outDir = mkdtempSync(join(tmpdir(), 'cc-outlook-events-'));
  entryScripts = () => readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  execFileSync(process.execPath, ['-e', BUILD], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CC_WEBPACK_CONFIG: join(PROJECT_ROOT, 'webpack.config.js'), CC_OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  script = readFileSync(join(outDir, 'outlook-events.js'), 'utf8');
}, 120_000);

afterAll(() => ownBuild && rmSync(outDir, { recursive: true, force: true }));

/** loads the built script into a fresh context that has nothing but Office and timers */
function loadInOutlook(options: MockMailboxOptions) {
  const mailbox = mockMailbox(options);
  const sandbox: Record<string, unknown> = { Office: mailbox.office, setTimeout, clearTimeout, console };
  sandbox.globalThis = sandbox;
  runInNewContext(script, sandbox, { filename: 'outlook-events.js' });
  return mailbox;
}

async function send(options: MockMailboxOptions) {
  const mailbox = loadInOutlook(options);
  const handler = mailbox.handlers.get(SEND_HANDLER_NAME);
  if (!handler) throw new Error(`the script did not associate ${SEND_HANDLER_NAME}`);
  const event = mockSendEvent();
  handler(event);
  return event.completion;
}

describe('outlook-events.js', () => {
  it('is one classic script under its fixed name, with no chunks beside it', () => {
    expect(entryScripts()).toEqual(['outlook-events.js']);
    expect(script).not.toMatch(/__webpack_require__\.e\b/);
    // a classic script in ES2018 syntax: parsing it as one refuses import, export and import(), and
    // the syntax is lowered for older JavaScript runtimes (only regular expressions keep ES2018 forms);
    // a text search for those words would trip on the criteria texts the script carries
    expect(() => parse(script, { ecmaVersion: 2018, sourceType: 'script' })).not.toThrow();
  });

  it('is loaded by its page after Office.js from Microsoft\'s CDN', () => {
    const page = readFileSync(join(outDir, 'outlook-events.html'), 'utf8');
    const office = page.indexOf('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js">');
    const own = page.indexOf('src="/outlook-events.js"');
    expect(office).toBeGreaterThan(-1);
    expect(own).toBeGreaterThan(office);
  });

  it('comes with the ribbon icons the manifest points to', () => {
    expect(readdirSync(join(outDir, 'assets', 'outlook')).sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  });

  it('registers the send handler and, run without a page, prompts for a project invite without criteria', async () => {
    const completion = await send({ subject: 'Kick-off vervanging lichtmasten', body: '<p>Agenda: armaturen en LED in de wijk Overhees</p>' });
    expect(completion).toMatchObject({ allowEvent: false, cancelLabel: 'Criteria koppelen', commandId: CRITERIA_PANE_COMMAND_ID });
    expect(completion!.errorMessage).toContain('Openbare verlichting');
  });

  it('lets invites with criteria, unrelated invites and unreadable invites go', async () => {
    const block = buildCriteriaBlock({ language: 'nl', items: [{ id: 'public-lighting-x', text: 'x' }] });
    expect(await send({ subject: 'Kick-off vervanging lichtmasten', body: `<p>armaturen</p>${block}` })).toEqual({ allowEvent: true });
    expect(await send({ subject: 'Borrel', body: '<p>Vrijdag om vijf</p>' })).toEqual({ allowEvent: true });
    expect(await send({ subject: 'Kick-off vervanging lichtmasten', faults: ['body.getAsync'] })).toEqual({ allowEvent: true });
  });

  it('does nothing when loaded where there is no Office', () => {
    expect(() => runInNewContext(script, { setTimeout, clearTimeout }, { filename: 'outlook-events.js' })).not.toThrow();
  });
});
