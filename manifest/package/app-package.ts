// Builds the app package: the manifest template filled from the environment, the Office add-in
// (Outlook and Word, one extension) merged in unless left out, the English localisation, the two
// icons; validated offline against the official schema, the icons checked, then zipped. Beside the
// zip goes the Word pane's add-in-only XML manifest (see word-addin.ts). Any problem stops the build with all problems
// listed, and no zip is written.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { GRAPH_SCOPES } from '../../src/auth/graph-scopes';
import { TAB_ENTITY_ID } from '../../src/bot/app-links';
import { ACCENT_HEX, COLOR_ICON, OUTLINE_ICON, OUTLOOK_ICONS, type IconSpec } from '../icons/icon-set';
import { iconProblems } from './icon-check';
import { localisationProblems, type Localisation } from './localisation';
import { fillTemplate, type TemplateValues } from './manifest-template';
import { envFilesFor, loadPackageEnvironment, packageSettings, type EnvValues, type PackageSettings } from './package-environment';
import { PackageError } from './package-error';
import { loadSchema, schemaErrors } from './schema-validation';
import { renderWordAddin, wordAddinProblems } from './word-addin';
import { SURFACES } from '../../src/app/surfaces/surfaces';
import { WORD_MINIMUM } from '../../src/hosts/office/word/word-api';

export const REPOSITORY_ROOT = resolve(__dirname, '../..');
export const MANIFEST_TEMPLATE = 'manifest/manifest.template.json';
export const OFFICE_TEMPLATE = 'manifest/office-extension.template.json';
export const ENGLISH_LOCALISATION = 'manifest/locales/en.json';
/** the name of the localisation file in the package, as manifest.localizationInfo names it */
const ENGLISH_FILE = 'en.json';

export interface BuildOptions {
  /** the target: picks manifest/env/<env>.env and .env.<env>; `local` by default */
  env?: string;
  /** the process environment (wins over the files); tests pass their own */
  processEnv?: EnvValues;
  /** the env files to read, later ones winning; manifest/env/<env>.env and .env.<env> by default */
  envFiles?: string[];
  /** leave the Outlook add-in out (a Teams-only package) */
  withoutOutlook?: boolean;
  /** where the zip goes; build/appPackage.<env>.zip by default */
  outFile?: string;
  /** the repository to read templates, icons and package.json from */
  root?: string;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  localisation: Localisation;
  settings: PackageSettings;
  /** the Office add-in (Outlook and Word) is in the manifest */
  includesOutlook: boolean;
  /** the Word pane's XML manifest beside the zip, when the add-in is included */
  wordAddinPath?: string;
  envFilesRead: string[];
  warnings: string[];
}

const readJson = (root: string, file: string): Record<string, unknown> => {
  try {
    return JSON.parse(readFileSync(resolve(root, file), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new PackageError([`${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
};

/** the values the templates use, from the checked settings and the code's own constants */
export function templateValues(settings: PackageSettings): TemplateValues {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_ID: settings.botId,
    AZURE_CLIENT_ID: settings.clientId,
    APP_VERSION: settings.version,
    APP_ORIGIN: settings.origin,
    APP_DOMAIN: settings.domain,
    CC_DEVELOPER_NAME: settings.developerName,
    CC_WEBSITE_URL: settings.websiteUrl,
    CC_PRIVACY_URL: settings.privacyUrl,
    CC_TERMS_URL: settings.termsUrl,
    ACCENT_COLOR: ACCENT_HEX,
    // the tab's deep links and the token prefetch must match what the code asks for, exactly
    TAB_ENTITY_ID,
    GRAPH_SCOPES: [...GRAPH_SCOPES],
  };
}

/** the filled manifest, with or without the Outlook extension */
export function renderManifest(root: string, values: TemplateValues, includeOutlook: boolean): Record<string, unknown> {
  const manifest = fillTemplate(readJson(root, MANIFEST_TEMPLATE), values, MANIFEST_TEMPLATE);
  if (includeOutlook) manifest.extensions = [fillTemplate(readJson(root, OFFICE_TEMPLATE), values, OFFICE_TEMPLATE)];
  return manifest;
}

/** the English file for this manifest: the Outlook strings go when the Outlook part does */
export function renderLocalisation(root: string, includeOutlook: boolean): Localisation {
  const localisation = readJson(root, ENGLISH_LOCALISATION);
  if (includeOutlook) return localisation;
  return Object.fromEntries(Object.entries(localisation).filter(([key]) => !key.startsWith('extensions[')));
}

function iconsProblems(root: string, icons: IconSpec[]): string[] {
  return icons.flatMap((spec) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(root, spec.file));
    } catch {
      return [`${spec.file}: missing (redraw with: npx tsx manifest/icons/draw-icons.ts)`];
    }
    return iconProblems(bytes, { label: spec.file, size: spec.style.size, rule: spec.rule });
  });
}

interface ExtensionRuntime {
  id: string;
  requirements?: { scopes?: string[]; capabilities?: Array<{ name: string; minVersion?: string }> };
  code: { page: string; script?: string };
}

/** the add-in's pages are surfaces of the web app, and Word's part asks for the requirement set the code checks */
export function officeExtensionProblems(manifest: Record<string, unknown>): string[] {
  const extension = (manifest.extensions as Array<{ runtimes?: ExtensionRuntime[] }> | undefined)?.[0];
  if (!extension) return [];
  const problems: string[] = [];
  const pages = new Set(SURFACES.map((s) => s.html));
  for (const runtime of extension.runtimes ?? []) {
    const file = new URL(runtime.code.page).pathname.slice(1);
    if (!pages.has(file)) problems.push(`manifest.json: runtime ${runtime.id} opens ${file}, which is not a page of the web app (src/app/surfaces/surfaces.json)`);
  }
  const word = (extension.runtimes ?? []).filter((r) => r.requirements?.scopes?.includes('document'));
  if (word.length === 0) problems.push('manifest.json: no runtime for Word (requirements.scopes "document")');
  for (const runtime of word) {
    const set = runtime.requirements?.capabilities?.find((c) => c.name === WORD_MINIMUM.name)?.minVersion;
    if (set !== WORD_MINIMUM.version) problems.push(`manifest.json: runtime ${runtime.id} asks for WordApi ${set ?? '(none)'}, the pane checks for ${WORD_MINIMUM.version}`);
  }
  return problems;
}

/** every check the package must pass; empty when it is fit to upload */
export async function packageProblems(root: string, manifest: Record<string, unknown>, localisation: Localisation, includeOutlook: boolean): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const problems: string[] = [];
  problems.push(...(await schemaErrors(manifest, version, 'manifest')).map((e) => `manifest.json: ${e}`));
  problems.push(...(await schemaErrors(localisation, version, 'localization')).map((e) => `${ENGLISH_FILE}: ${e}`));
  problems.push(...localisationProblems(manifest, localisation, loadSchema(version, 'localization'), ENGLISH_FILE));
  problems.push(...iconsProblems(root, [COLOR_ICON, OUTLINE_ICON, ...(includeOutlook ? OUTLOOK_ICONS : [])]));
  if (includeOutlook) problems.push(...officeExtensionProblems(manifest));
  return problems;
}

/** the zip's bytes: the manifest, its localisation and its two icons, flat at the root as Teams wants */
export function zipPackage(root: string, manifest: object, localisation: Localisation): Buffer {
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  zip.addFile(ENGLISH_FILE, Buffer.from(`${JSON.stringify(localisation, null, 2)}\n`, 'utf8'));
  for (const spec of [COLOR_ICON, OUTLINE_ICON]) zip.addFile(spec.packageName!, readFileSync(resolve(root, spec.file)));
  return zip.toBuffer();
}

export async function buildAppPackage(options: BuildOptions = {}): Promise<BuiltPackage> {
  const root = options.root ?? REPOSITORY_ROOT;
  const env = options.env ?? 'local';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(env)) throw new PackageError([`--env "${env}": use lower-case letters, digits and hyphens`]);
  const includesOutlook = !options.withoutOutlook;

  const files = (options.envFiles ?? envFilesFor(root, env)).map((f) => resolve(root, f));
  const { values, read } = loadPackageEnvironment(files, options.processEnv ?? {});
  const pkg = readJson(root, 'package.json');
  let settings: PackageSettings;
  try {
    settings = packageSettings(values, { version: String(pkg.version ?? '') });
  } catch (error) {
    if (error instanceof PackageError && read.length === 0) {
      throw new PackageError([...error.problems, `no env file was found (looked for ${files.map((f) => relative(root, f)).join(', ')})`], error.heading);
    }
    throw error;
  }

  const manifest = renderManifest(root, templateValues(settings), includesOutlook);
  const localisation = renderLocalisation(root, includesOutlook);
  const problems = await packageProblems(root, manifest, localisation, includesOutlook);
  const wordAddin = includesOutlook ? renderWordAddin(root, templateValues(settings)) : undefined;
  if (wordAddin) problems.push(...wordAddinProblems(wordAddin, settings.origin));
  if (problems.length > 0) throw new PackageError(problems);

  const zipPath = resolve(options.outFile ?? resolve(root, 'build', `appPackage.${env}.zip`));
  mkdirSync(dirname(zipPath), { recursive: true });
  // written beside and renamed, so a failed write never leaves half a package where the last good one was
  const partial = `${zipPath}.partial`;
  writeFileSync(partial, zipPackage(root, manifest, localisation));
  renameSync(partial, zipPath);
  let wordAddinPath: string | undefined;
  if (wordAddin) {
    wordAddinPath = zipPath.replace(/\.zip$/i, '') + '.word-addin.xml';
    writeFileSync(`${wordAddinPath}.partial`, wordAddin);
    renameSync(`${wordAddinPath}.partial`, wordAddinPath);
  }

  return {
    zipPath,
    manifest,
    localisation,
    settings,
    includesOutlook,
    wordAddinPath,
    envFilesRead: read.map((f) => relative(root, f)),
    warnings: settings.warnings,
  };
}
