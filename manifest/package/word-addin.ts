// The Word task pane's add-in-only (XML) manifest, written beside the app package. Word in the
// unified manifest is a preview, and Microsoft 365 admin center deploys Word add-ins from an XML
// manifest; this one is filled from the same values as the package and checked against the same
// facts (the page is a surface of the web app, the requirement set is the one the code checks).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SURFACES } from '../../src/app/surfaces/surfaces';
import { WORD_MINIMUM } from '../../src/hosts/office/word/word-api';
import type { TemplateValues } from './manifest-template';
import { PackageError } from './package-error';

export const WORD_ADDIN_TEMPLATE = 'manifest/word-addin.template.xml';
const PLACEHOLDER = /\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/g;

/**
 * the XML add-in's own id, made from the app's id (a name-based UUID, version 5 layout): stable per
 * app, and not the app's id itself, so the XML add-in and the app package never claim one id
 */
export function wordAddinId(teamsAppId: string): string {
  const hash = createHash('sha1').update(`circular-choices-word:${teamsAppId.toLowerCase()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** the filled XML; values are escaped, so none can change the document's structure */
export function renderWordAddin(root: string, values: TemplateValues): string {
  const template = readFileSync(resolve(root, WORD_ADDIN_TEMPLATE), 'utf8');
  const all: TemplateValues = { ...values, WORD_ADDIN_ID: wordAddinId(String(values.TEAMS_APP_ID)) };
  const problems: string[] = [];
  const xml = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = all[name];
    if (typeof value !== 'string') {
      problems.push(`${WORD_ADDIN_TEMPLATE}: \${{${name}}} has no text value`);
      return whole;
    }
    return escapeXml(value);
  });
  if (problems.length > 0) throw new PackageError(problems);
  return xml;
}

/** what the XML must say so that Word opens the pane the web app serves, on the Word the code needs */
export function wordAddinProblems(xml: string, origin: string): string[] {
  const problems: string[] = [];
  const pages = [...xml.matchAll(/<(?:SourceLocation|bt:Url id="CC\.Pane\.Url")[^>]*DefaultValue="([^"]+)"/g)].map((m) => m[1]!);
  const pageFiles = new Set(SURFACES.filter((s) => s.host === 'word').map((s) => s.html));
  if (pages.length < 2) problems.push('word-addin.xml: the pane page is missing (DefaultSettings and the ribbon button both name it)');
  for (const page of pages) {
    const url = new URL(page);
    if (url.origin !== new URL(origin).origin || !pageFiles.has(url.pathname.slice(1))) problems.push(`word-addin.xml: ${page} is not the Word surface of the web app at ${origin}`);
  }
  const set = /<Set Name="WordApi" MinVersion="([^"]+)"\/>/.exec(xml)?.[1];
  if (set !== WORD_MINIMUM.version) problems.push(`word-addin.xml: declares WordApi ${set ?? '(none)'}, the pane checks for ${WORD_MINIMUM.version} (src/hosts/office/word/word-api.ts)`);
  if (!/<Host Name="Document"\/>/.test(xml)) problems.push('word-addin.xml: does not declare the Document host (Word)');
  return problems;
}
