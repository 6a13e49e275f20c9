// The English localisation file against the (Dutch) manifest: every key must name a text the
// manifest has, and every translatable text of the manifest must have a key, so an English-speaking
// user never meets a stray Dutch label and a renamed field never leaves a dead translation.
import { jsonPath } from './manifest-template';

export type Localisation = Record<string, unknown>;

/** keys of a localisation file that are not translations */
const META_KEYS = new Set(['$schema', 'localizationKeys']);
/** localisable fields that hold addresses, not language */
const ADDRESS_FIELD = /(\.url|\.page|\.script|Url)$/;

/** the value at a localisation key such as `composeExtensions[0].commands[1].title` */
export function valueAtKey(document: unknown, key: string): unknown {
  let node: unknown = document;
  for (const part of key.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = part.startsWith('[') ? (node as unknown[])[Number(part.slice(1, -1))] : (node as Record<string, unknown>)[part];
  }
  return node;
}

/** every string in the document with its path */
export function stringLeaves(document: unknown, path = ''): Array<{ path: string; value: string }> {
  if (typeof document === 'string') return [{ path, value: document }];
  if (Array.isArray(document)) return document.flatMap((item, index) => stringLeaves(item, jsonPath(path, index)));
  if (document !== null && typeof document === 'object') {
    return Object.entries(document).flatMap(([key, child]) => stringLeaves(child, jsonPath(path, key)));
  }
  return [];
}

/** the paths the localisation schema lets a file translate */
export function localisablePatterns(localizationSchema: object): RegExp[] {
  const schema = localizationSchema as { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown> };
  const exact = Object.keys(schema.properties ?? {})
    .filter((key) => !META_KEYS.has(key))
    .map((key) => new RegExp(`^${key.replace(/[.[\]]/g, '\\$&')}$`));
  const patterns = Object.keys(schema.patternProperties ?? {}).map((pattern) => new RegExp(pattern));
  return [...exact, ...patterns];
}

export function localisationProblems(manifest: object, localisation: Localisation, localizationSchema: object, fileName: string): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(localisation)) {
    if (META_KEYS.has(key)) continue;
    const target = valueAtKey(manifest, key);
    if (typeof target !== 'string') problems.push(`${fileName}: "${key}" names no text in the manifest`);
    else if (typeof value === 'string' && value.trim() === '') problems.push(`${fileName}: "${key}" is empty`);
  }
  const patterns = localisablePatterns(localizationSchema);
  for (const { path, value } of stringLeaves(manifest)) {
    if (ADDRESS_FIELD.test(path) || !patterns.some((p) => p.test(path))) continue;
    if (!(path in localisation)) problems.push(`${fileName}: no translation of ${path} ("${value}")`);
  }
  return problems;
}
