// Loads a content pack from its YAML texts and validates it whole: schema, taxonomy ids,
// duplicates, translations and references. Every error names the file, the path in the document
// and the line, and a pack with any error never half-loads: the result is the pack or the errors.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { DOCUMENT_TYPES, PHASES, THEMES } from '../taxonomy';
import {
  actionsFile,
  checklist,
  documentTypeModelFile,
  documentTypesFile,
  packMeta,
  PARAMETER_REFERENCE,
  policyFile,
  productGroupsFile,
  programme,
  type Checklist,
  type ContentPack,
  type Policy,
} from './model';
import type { TypeModel } from './document-type-model';
import { fillParameters, templatesOf } from './apply-policy';
import type { ContentError } from './content-error';
import { findDeadTriggers, type DeadTrigger } from '../matcher/dead-triggers';
import { termOf } from '../matcher/trigger-table';

export { formatContentError, type ContentError } from './content-error';

/** one YAML text of the pack; `path` is relative to the pack's folder, with forward slashes */
export interface PackFile {
  path: string;
  text: string;
}

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; errors: ContentError[] };

const SINGLE_FILES = {
  'pack.yaml': packMeta,
  'programme.yaml': programme,
  'actions.yaml': actionsFile,
  'product-groups.yaml': productGroupsFile,
  'document-types.yaml': documentTypesFile,
} as const;
type SingleFileName = keyof typeof SINGLE_FILES;
/** the municipality's policy (parameters, adopted ambition levels); a pack without it has none */
const POLICY_FILE = 'policy.yaml';
const CHECKLIST_FILE = /^checklists\/[a-z0-9-]+\.ya?ml$/;
/** the learned document type: generated JSON, read with JSON.parse (the YAML parser takes far longer on it); optional */
const TYPE_MODEL_FILE = 'document-type-model.json';

type Segment = string | number;

interface ParsedFile {
  path: string;
  doc: Document;
  lines: LineCounter;
}

/** "file:line: path: message", the form editors and terminals link to */
function formatPath(path: readonly Segment[]): string {
  return path.reduce<string>((text, seg) => (typeof seg === 'number' ? `${text}[${seg}]` : text ? `${text}.${seg}` : seg), '');
}

/** the 1-based line of the deepest node on `path` that exists in the document */
function lineOf(file: ParsedFile, path: readonly Segment[]): number {
  let node: unknown = file.doc.contents;
  let offset = (node as { range?: [number, number] } | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      offset = (pair.key as { range?: [number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      node = node.items[seg];
      offset = (node as { range?: [number, number] }).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return file.lines.linePos(offset).line;
}

const TAXONOMY_NAMES: [readonly string[], string][] = [
  [DOCUMENT_TYPES, 'document type'],
  [PHASES, 'phase'],
  [THEMES, 'theme'],
];

/** a message a content editor can act on, from a zod issue */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      const known = TAXONOMY_NAMES.find(([ids]) => ids.length === values.length && ids.every((id) => values.includes(id)));
      const shown = JSON.stringify(value);
      return known
        ? `${shown} is not a known ${known[1]} id (see src/domain/taxonomy.ts); expected one of: ${values.join(', ')}`
        : `${shown} is not allowed; expected one of: ${values.join(', ')}`;
    }
    case 'invalid_type':
      return value === undefined ? `is missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${typeof value}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_union':
      return 'expected a word or phrase, or { term, weight }';
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[seg];
  }
  return value;
}

function parseFile(file: PackFile, errors: ContentError[]): { parsed: ParsedFile; data: unknown } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      errors.push({ file: file.path, path: '', line: lines.linePos(e.pos[0]).line, message: `malformed YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return { parsed: { path: file.path, doc, lines }, data: doc.toJS() };
}

function validateShape<T>(
  schema: z.ZodType<T>,
  file: ParsedFile,
  data: unknown,
  errors: ContentError[],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
    const keyPath = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...path, issue.keys[0]!] : path;
    errors.push({ file: file.path, path: formatPath(keyPath), line: lineOf(file, keyPath), message: describeIssue(issue, valueAt(data, issue.path)) });
  }
  return undefined;
}

/** reports every id that occurs more than once, at each later occurrence */
function checkUnique(
  entries: { id: string; file: ParsedFile; path: Segment[] }[],
  what: string,
  errors: ContentError[],
): void {
  const first = new Map<string, { file: ParsedFile; path: Segment[] }>();
  for (const entry of entries) {
    const seen = first.get(entry.id);
    if (seen) {
      errors.push({
        file: entry.file.path,
        path: formatPath(entry.path),
        line: lineOf(entry.file, entry.path),
        message: `duplicate ${what} id '${entry.id}' (first at ${seen.file.path}:${lineOf(seen.file, seen.path)})`,
      });
    } else {
      first.set(entry.id, entry);
    }
  }
}

function checkCovers(
  ids: readonly string[],
  present: readonly string[],
  what: string,
  file: ParsedFile,
  path: Segment[],
  errors: ContentError[],
): void {
  const missing = ids.filter((id) => !present.includes(id));
  if (missing.length > 0) {
    errors.push({ file: file.path, path: formatPath(path), line: lineOf(file, path), message: `missing ${what}: ${missing.join(', ')}` });
  }
}

export function loadContentPack(files: readonly PackFile[]): PackResult {
  const errors: ContentError[] = [];
  const single = new Map<SingleFileName, { parsed: ParsedFile; value: unknown }>();
  const checklists: { parsed: ParsedFile; value: z.infer<typeof checklist> }[] = [];
  let policy: { parsed: ParsedFile; value: Policy } | undefined;
  let typeModel: TypeModel | undefined;

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const isSingle = Object.hasOwn(SINGLE_FILES, file.path);
    if (file.path === TYPE_MODEL_FILE) {
      typeModel = readTypeModel(file, errors);
      continue;
    }
    if (!isSingle && file.path !== POLICY_FILE && !CHECKLIST_FILE.test(file.path)) {
      errors.push({ file: file.path, path: '', line: 0, message: `not a content file: expected ${Object.keys(SINGLE_FILES).join(', ')}, ${POLICY_FILE}, ${TYPE_MODEL_FILE} or checklists/<id>.yaml` });
      continue;
    }
    const read = parseFile(file, errors);
    if (!read) continue;
    if (file.path === POLICY_FILE) {
      const value = validateShape(policyFile, read.parsed, read.data ?? {}, errors);
      if (value !== undefined) policy = { parsed: read.parsed, value };
    } else if (isSingle) {
      const name = file.path as SingleFileName;
      const value = validateShape(SINGLE_FILES[name] as z.ZodType<unknown>, read.parsed, read.data, errors);
      if (value !== undefined) single.set(name, { parsed: read.parsed, value });
    } else {
      const value = validateShape(checklist, read.parsed, read.data, errors);
      if (value !== undefined) checklists.push({ parsed: read.parsed, value });
    }
  }

  const presentFiles = new Set(files.map((f) => f.path));
  for (const name of Object.keys(SINGLE_FILES)) {
    if (!presentFiles.has(name)) errors.push({ file: name, path: '', line: 0, message: 'the file is missing from the pack' });
  }
  if (!files.some((f) => CHECKLIST_FILE.test(f.path))) {
    errors.push({ file: 'checklists/', path: '', line: 0, message: 'the pack has no checklists' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const get = <N extends SingleFileName>(name: N) => single.get(name) as { parsed: ParsedFile; value: z.infer<(typeof SINGLE_FILES)[N]> };
  const meta = get('pack.yaml');
  const prog = get('programme.yaml');
  const acts = get('actions.yaml');
  const groups = get('product-groups.yaml');
  const docTypes = get('document-types.yaml');

  checkUnique(prog.value.phases.map((p, i) => ({ id: p.id, file: prog.parsed, path: ['phases', i, 'id'] })), 'phase', errors);
  checkUnique(prog.value.themes.map((t, i) => ({ id: t.id, file: prog.parsed, path: ['themes', i, 'id'] })), 'theme', errors);
  checkUnique(prog.value.teams.map((t, i) => ({ id: t.id, file: prog.parsed, path: ['teams', i, 'id'] })), 'team', errors);
  checkCovers(PHASES, prog.value.phases.map((p) => p.id), 'phases', prog.parsed, ['phases'], errors);
  checkCovers(THEMES, prog.value.themes.map((t) => t.id), 'themes', prog.parsed, ['themes'], errors);

  checkUnique(acts.value.actions.map((a, i) => ({ id: a.id, file: acts.parsed, path: ['actions', i, 'id'] })), 'action', errors);
  const teamIds = new Set(prog.value.teams.map((t) => t.id));
  acts.value.actions.forEach((action, i) => {
    if (!teamIds.has(action.ownerTeam)) {
      const path = ['actions', i, 'ownerTeam'];
      errors.push({ file: acts.parsed.path, path: formatPath(path), line: lineOf(acts.parsed, path), message: `unknown team '${action.ownerTeam}': teams are defined in programme.yaml` });
    }
  });

  checkUnique(groups.value.productGroups.map((g, i) => ({ id: g.id, file: groups.parsed, path: ['productGroups', i, 'id'] })), 'product group', errors);
  checkUnique(docTypes.value.documentTypes.map((d, i) => ({ id: d.id, file: docTypes.parsed, path: ['documentTypes', i, 'id'] })), 'document type', errors);
  checkCovers(DOCUMENT_TYPES, docTypes.value.documentTypes.map((d) => d.id), 'document types', docTypes.parsed, ['documentTypes'], errors);

  checkDeadTriggers(groups.value.productGroups, docTypes.value.documentTypes, { 'product-groups.yaml': groups.parsed, 'document-types.yaml': docTypes.parsed }, errors);
  checkGeneralCues(docTypes.value.documentTypes, docTypes.parsed, errors);

  checkUnique(checklists.map((c) => ({ id: c.value.id, file: c.parsed, path: ['id'] })), 'checklist', errors);
  checkUnique(
    checklists.flatMap((c) => c.value.items.map((item, i) => ({ id: item.id, file: c.parsed, path: ['items', i, 'id'] }))),
    'checklist item',
    errors,
  );

  // product groups are the pack's own: every reference to one must name a group of product-groups.yaml
  const groupIds = new Set<string>(groups.value.productGroups.map((g) => g.id));
  const unknownGroup = (id: string) => `unknown product group '${id}': product groups are defined in product-groups.yaml`;
  acts.value.actions.forEach((action, i) =>
    action.productGroups.forEach((id, j) => {
      const path = ['actions', i, 'productGroups', j];
      if (!groupIds.has(id)) errors.push({ file: acts.parsed.path, path: formatPath(path), line: lineOf(acts.parsed, path), message: unknownGroup(id) });
    }),
  );
  for (const c of checklists) {
    const id = c.value.productGroup;
    if (id !== undefined && !groupIds.has(id)) errors.push({ file: c.parsed.path, path: 'productGroup', line: lineOf(c.parsed, ['productGroup']), message: unknownGroup(id) });
  }
  const policyValue: Policy = policy?.value ?? { ambitionPerProductGroup: {}, parameters: [] };
  if (policy) checkPolicy(policy.parsed, policy.value, groupIds, errors);
  for (const c of checklists) checkCriteria(c.parsed, c.value, policyValue, errors);
  if (policy) checkParametersUsed(policy.parsed, policy.value, checklists.map((c) => c.value), errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    pack: {
      meta: meta.value,
      programme: prog.value,
      actions: acts.value.actions,
      productGroups: groups.value.productGroups,
      documentTypes: docTypes.value.documentTypes,
      ...(typeModel ? { documentTypeModel: typeModel } : {}),
      checklists: checklists.map((c) => fillParameters(c.value, policyValue)),
      policy: policyValue,
      templates: templatesOf(checklists.map((c) => c.value)),
    },
  };
}

/** the generated model file: its problems name the path in it (a generated file has no lines to edit) */
function readTypeModel(file: PackFile, errors: ContentError[]): TypeModel | undefined {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    errors.push({ file: file.path, path: '', line: 0, message: `malformed JSON: ${(error as Error).message} (regenerate it with npm run type-model)` });
    return undefined;
  }
  const result = documentTypeModelFile.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
    errors.push({ file: file.path, path: formatPath(path), line: 0, message: describeIssue(issue, valueAt(data, issue.path)) });
  }
  return undefined;
}

function checkPolicy(file: ParsedFile, policy: Policy, groupIds: ReadonlySet<string>, errors: ContentError[]): void {
  const report = (path: Segment[], message: string) => errors.push({ file: file.path, path: formatPath(path), line: lineOf(file, path), message });
  for (const group of Object.keys(policy.ambitionPerProductGroup)) {
    if (!groupIds.has(group)) report(['ambitionPerProductGroup', group], `'${group}' is not a product group of this pack (see product-groups.yaml)`);
  }
  for (const group of Object.keys(policy.proposedAmbitionPerProductGroup ?? {})) {
    const path = ['proposedAmbitionPerProductGroup', group];
    if (!groupIds.has(group)) report(path, `'${group}' is not a product group of this pack (see product-groups.yaml)`);
    else if (policy.ambitionPerProductGroup[group] !== undefined) report(path, `'${group}' has an adopted level in ambitionPerProductGroup: remove the proposal`);
  }
  checkUnique(policy.parameters.map((p, i) => ({ id: p.id, file, path: ['parameters', i, 'id'] })), 'parameter', errors);
  policy.parameters.forEach((p, i) => {
    if (p.source.reference.length > SOURCE_FIELD_MAX) report(['parameters', i, 'source', 'reference'], `source reference has ${p.source.reference.length} characters; the Beleid list keeps at most ${SOURCE_FIELD_MAX} (one line)`);
  });
}

/**
 * a trigger the matcher can never count (dead-triggers.ts): one that stems like an earlier trigger
 * of the same group or type in the same list, which claims every word it would match
 */
function checkDeadTriggers(
  productGroups: ContentPack['productGroups'],
  documentTypes: ContentPack['documentTypes'],
  files: Record<DeadTrigger['file'], ParsedFile>,
  errors: ContentError[],
): void {
  for (const dead of findDeadTriggers({ productGroups, documentTypes })) {
    const file = files[dead.file];
    const first = dead.first && `'${dead.first.term}' (line ${lineOf(file, dead.first.path)})`;
    const message =
      dead.reason === 'stems-alike'
        ? `trigger '${dead.term}' never counts: it stems like ${first}, which comes first`
        : dead.reason === 'opens-alike'
          ? `trigger '${dead.term}' never counts: it opens with the stems of ${first}, which comes first`
          : dead.reason === 'verb-weight'
            ? `trigger '${dead.term}' (weight ${dead.weight}) counts as ${first}, which stems like it and comes first, with weight ${dead.first!.weight}: it is listed for its verb forms only, so give it that weight`
            : `sought party '${dead.term}' never counts: a party sought is one word`;
    errors.push({ file: file.path, path: formatPath(dead.path), line: lineOf(file, dead.path), message });
  }
}

/** a general cue names one of its type's cues (document-types.yaml `generalCues`); any other word would count for nothing */
function checkGeneralCues(documentTypes: ContentPack['documentTypes'], file: ParsedFile, errors: ContentError[]): void {
  documentTypes.forEach((d, i) => {
    const terms = new Set([...d.cues.nl, ...d.cues.en].map((t) => termOf(t).term));
    (d.generalCues ?? []).forEach((term, k) => {
      const path = ['documentTypes', i, 'generalCues', k];
      if (!terms.has(term)) errors.push({ file: file.path, path: formatPath(path), line: lineOf(file, path), message: `"${term}" is none of this type's cues` });
    });
  });
}

/** a parameter no criterion names is a setting a coordinator would change to no effect */
function checkParametersUsed(file: ParsedFile, policy: Policy, lists: readonly Checklist[], errors: ContentError[]): void {
  const used = new Set<string>();
  for (const item of lists.flatMap((l) => l.items)) {
    for (const text of [item.text, item.guidance, item.verification]) {
      for (const value of [text.nl, text.en]) for (const match of value.matchAll(PARAMETER_REFERENCE)) used.add(match[1]!);
    }
  }
  policy.parameters.forEach((parameter, i) => {
    if (used.has(parameter.id)) return;
    const path = ['parameters', i, 'id'];
    errors.push({ file: file.path, path: formatPath(path), line: lineOf(file, path), message: `'${parameter.id}' is named by no criterion: remove it, or name it as {{${parameter.id}}} in a criterion` });
  });
}

/** a criterion's source goes to a single line of text in SharePoint, which holds at most 255 characters */
const SOURCE_FIELD_MAX = 255;

/** 'a' or 'an' before a word, for messages */
const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** words that leave the number that matters open: such a text names a policy parameter instead */
const OPEN_NUMBER =
  /door de gemeente (?:nog )?vast te stellen|door de gemeente vastgestelde?\b|die de gemeente vaststelt|stelt de gemeente vast|set by the municipality|the municipality sets/i;

/**
 * The rules that make a criterion something a buyer can use and check, beyond its shape: the kinds
 * and levels as the national MVI criteria define them, R-strategies only where circularity is the
 * theme, a public address for every national or EU criterion, and no number left open.
 */
function checkCriteria(file: ParsedFile, list: Checklist, policy: Policy, errors: ContentError[]): void {
  const parameters = new Set(policy.parameters.map((p) => p.id));
  list.items.forEach((item, i) => {
    const report = (key: Segment[], message: string) => {
      const path = ['items', i, ...key];
      errors.push({ file: file.path, path: formatPath(path), line: lineOf(file, path), message: `${item.id}: ${message}` });
    };
    if (item.ambition === 'basis' && (item.kind === 'award' || item.kind === 'selection')) {
      report(['ambition'], `${article(item.kind)} ${item.kind} criterion cannot be 'basis': basis means minimum requirements (use significant or ambitious)`);
    }
    if (item.rStrategy !== undefined && item.theme !== 'circularity') {
      report(['rStrategy'], `an R-strategy applies only to a circularity criterion, not to theme '${item.theme}'`);
    }
    if ((item.source.kind === 'mvi' || item.source.kind === 'eu-gpp') && item.source.url === undefined) {
      report(['source', 'url'], `${article(item.source.kind)} ${item.source.kind} criterion needs the public address where it can be checked`);
    }
    for (const key of ['reference', 'url'] as const) {
      const value = item.source[key];
      if (value !== undefined && value.length > SOURCE_FIELD_MAX) {
        report(['source', key], `source ${key} has ${value.length} characters; the Checklists list keeps at most ${SOURCE_FIELD_MAX} (one line): shorten it and put the detail in guidance`);
      }
    }
    if (item.kind === 'practice' && (item.source.kind === 'mvi' || item.source.kind === 'eu-gpp')) {
      report(['source', 'kind'], `a working practice is no ${item.source.kind} criterion: those are texts for a tender (use national-guidance or practice)`);
    }
    for (const lang of ['nl', 'en'] as const) {
      if (OPEN_NUMBER.test(item.text[lang])) {
        report(['text', lang], 'leaves a number open: name a parameter of policy.yaml as {{parameter-id}} instead');
      }
      for (const match of item.text[lang].matchAll(PARAMETER_REFERENCE)) {
        if (!parameters.has(match[1]!)) report(['text', lang], `unknown parameter '{{${match[1]}}}': parameters are defined in policy.yaml`);
      }
    }
  });
}
