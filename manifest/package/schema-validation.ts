// Offline validation against the official JSON schemas that @microsoft/app-manifest bundles.
// The schema is read from the package's own folder and handed to the validator, so nothing is
// fetched: given only a `$schema` URL, the library would fall back to downloading it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PackageError } from './package-error';

export type SchemaKind = 'manifest' | 'localization';

const SCHEMA_FILE: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

const schemaRoot = () => join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');

/** the manifest schema versions available offline, e.g. ['1.0', …, '1.30'] */
export function bundledSchemaVersions(): string[] {
  return readdirSync(schemaRoot())
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1));
}

const cache = new Map<string, object>();

/**
 * a pattern with every `]` outside a character class escaped. The localisation schema writes
 * `\\b]\\.description` meaning a literal `]`; ajv compiles patterns as unicode regular expressions,
 * which refuse a lone `]`, so without this the schema cannot be used at all.
 */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']') {
      out += inClass ? c : '\\]';
      inClass = false;
    } else {
      out += c;
    }
  }
  return out;
}

function withUsablePatterns(schema: Record<string, unknown>): Record<string, unknown> {
  const patterns = schema.patternProperties as Record<string, unknown> | undefined;
  if (!patterns) return schema;
  return { ...schema, patternProperties: Object.fromEntries(Object.entries(patterns).map(([p, v]) => [escapeLoneBrackets(p), v])) };
}

/** the bundled schema of a manifest version */
export function loadSchema(manifestVersion: string, kind: SchemaKind): object {
  const file = join(schemaRoot(), `v${manifestVersion}`, SCHEMA_FILE[kind]);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!/^\d+\.\d+$/.test(manifestVersion) || !existsSync(file)) {
    throw new PackageError([`manifestVersion ${manifestVersion}: no ${kind} schema for it in @microsoft/app-manifest (offline versions: ${bundledSchemaVersions().join(', ')})`]);
  }
  // the published schemas contain the escapes \a and \v, which JSON does not know; the library reads them the same way
  const raw = JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Record<string, unknown>;
  const schema = kind === 'localization' ? withUsablePatterns(raw) : raw;
  cache.set(file, schema);
  return schema;
}

/** the schema's messages for a document, each as "<where> <what>. Details: …"; empty when valid */
export async function schemaErrors(document: object, manifestVersion: string, kind: SchemaKind): Promise<string[]> {
  const schema = loadSchema(manifestVersion, kind);
  // the library's types describe a Teams manifest; the localisation file is validated the same way
  return AppManifestUtils.validateAgainstSchema(document as never, schema as never);
}
