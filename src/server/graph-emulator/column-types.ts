// The column types the emulator knows (text, choice, dateTime, number, boolean, personOrGroup):
// how a columnDefinition facet is checked and completed, and how a field value is checked on
// write, stored, compared in a filter and shown on read. Anything else is refused, not guessed.
import { badRequest } from './graph-error';

export const COLUMN_KINDS = ['text', 'choice', 'dateTime', 'number', 'boolean', 'personOrGroup'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export type Facet = Record<string, unknown>;

export interface ColumnRecord {
  id: string;
  name: string;
  displayName: string;
  description: string;
  kind: ColumnKind;
  facet: Facet;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  builtin: boolean;
  position: number;
}

/** a stored field value: what goes into the item's JSON object */
export type StoredValue = string | number | boolean | null;

/** SharePoint's single line of text holds at most 255 characters */
export const SINGLE_LINE_MAX = 255;

/** the name a field is read and written under: person columns are `<Name>LookupId` */
export const fieldKey = (column: Pick<ColumnRecord, 'name' | 'kind'>): string =>
  column.kind === 'personOrGroup' ? `${column.name}LookupId` : column.name;

type FacetRule =
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'number' }
  | { type: 'string' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'strings' };

const FACET_RULES: Record<ColumnKind, Record<string, FacetRule>> = {
  text: {
    allowMultipleLines: { type: 'boolean' },
    appendChangesToExistingText: { type: 'boolean' },
    linesForEditing: { type: 'integer', min: 0, max: 1000 },
    maxLength: { type: 'integer', min: 1, max: SINGLE_LINE_MAX },
    textType: { type: 'enum', values: ['plain', 'richText'] },
  },
  choice: {
    allowTextEntry: { type: 'boolean' },
    choices: { type: 'strings' },
    // checkBoxes makes a multi-choice column, which the emulator does not model
    displayAs: { type: 'enum', values: ['dropDownMenu', 'radioButtons'] },
  },
  dateTime: {
    displayAs: { type: 'enum', values: ['default', 'friendly', 'standard'] },
    format: { type: 'enum', values: ['dateOnly', 'dateTime'] },
  },
  number: {
    decimalPlaces: { type: 'enum', values: ['automatic', 'none', 'one', 'two', 'three', 'four', 'five'] },
    displayAs: { type: 'enum', values: ['number', 'percentage'] },
    maximum: { type: 'number' },
    minimum: { type: 'number' },
  },
  boolean: {},
  personOrGroup: {
    allowMultipleSelection: { type: 'boolean' },
    chooseFromType: { type: 'enum', values: ['peopleAndGroups', 'peopleOnly'] },
    displayAs: { type: 'string' },
  },
};

const FACET_DEFAULTS: Record<ColumnKind, Facet> = {
  text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: SINGLE_LINE_MAX },
  choice: { allowTextEntry: false, choices: [], displayAs: 'dropDownMenu' },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  number: { decimalPlaces: 'automatic', displayAs: 'number' },
  boolean: {},
  personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleAndGroups', displayAs: 'account' },
};

function checkFacetValue(column: string, kind: ColumnKind, key: string, rule: FacetRule, value: unknown): void {
  const fail = (expected: string): never => {
    throw badRequest(`Column '${column}': ${kind}.${key} must be ${expected}.`);
  };
  switch (rule.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail('true or false');
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) fail(`a whole number from ${rule.min} to ${rule.max}`);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('a number');
      return;
    case 'enum':
      if (typeof value !== 'string' || !rule.values.includes(value)) fail(`one of ${rule.values.map((v) => `'${v}'`).join(', ')}`);
      return;
    case 'strings':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '' || v.length > SINGLE_LINE_MAX)) fail('a list of texts');
      if (new Set(value as string[]).size !== (value as string[]).length) fail('a list without repeated texts');
      return;
    case 'string':
      if (typeof value !== 'string') fail('text');
      return;
  }
}

/** a facet as sent in a columnDefinition, checked and completed with SharePoint's defaults */
export function normalizeFacet(column: string, kind: ColumnKind, raw: unknown): Facet {
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badRequest(`Column '${column}': ${kind} must be an object.`);
  const rules = FACET_RULES[kind];
  const facet: Facet = { ...FACET_DEFAULTS[kind] };
  for (const [key, value] of Object.entries(raw as Facet)) {
    const rule = rules[key];
    if (!rule) throw badRequest(`Column '${column}': '${key}' is not a property of ${kind} columns.`);
    if (value === null) continue;
    checkFacetValue(column, kind, key, rule, value);
    facet[key] = value;
  }
  if (kind === 'text' && facet.allowMultipleLines === true) delete facet.maxLength;
  if (kind === 'personOrGroup' && facet.allowMultipleSelection === true) {
    throw badRequest(`Column '${column}': person columns with multiple selection are not supported by the local emulator.`);
  }
  if (kind === 'number' && typeof facet.minimum === 'number' && typeof facet.maximum === 'number' && facet.minimum > facet.maximum) {
    throw badRequest(`Column '${column}': number.minimum is above number.maximum.`);
  }
  return facet;
}

// SharePoint keeps dates between 1900 and 8900, to the second
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** an ISO 8601 date or date-time as SharePoint keeps it (UTC, whole seconds), or undefined */
export function toStoredDateTime(text: string, dateOnly = false): string | undefined {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const zone = match[7] ?? 'Z';
  const time = Date.parse(`${match[1]}-${match[2]}-${match[3]}T${match[4] ?? '00'}:${match[5] ?? '00'}:${match[6] ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString();
  const year = Number(iso.slice(0, 4));
  if (year < 1900 || year > 8900) return undefined;
  return dateOnly ? `${iso.slice(0, 10)}T00:00:00Z` : iso.replace(/\.\d{3}Z$/, 'Z');
}

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : `a ${typeof value}`);

// at module level, not a closure per call: this runs for every field of every item written
function wrongType(key: string, expected: string, value: unknown): never {
  throw badRequest(`Field '${key}' expects ${expected}; got ${describe(value)}.`);
}

/**
 * a written field value, checked against its column and turned into what is stored. `isSiteUser`
 * tells whether a person id exists on the site.
 */
export function encodeFieldValue(column: ColumnRecord, value: unknown, isSiteUser: (id: number) => boolean): StoredValue {
  const key = fieldKey(column);
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'text': {
      if (typeof value !== 'string') return wrongType(key, 'text', value);
      const max = typeof column.facet.maxLength === 'number' ? column.facet.maxLength : undefined;
      if (max !== undefined && value.length > max) throw badRequest(`Field '${key}' holds at most ${max} characters; got ${value.length}.`);
      return value;
    }
    case 'choice': {
      if (typeof value !== 'string') return wrongType(key, 'one of its choices as text', value);
      const choices = Array.isArray(column.facet.choices) ? (column.facet.choices as string[]) : [];
      if (column.facet.allowTextEntry !== true && !choices.includes(value)) {
        throw badRequest(`Field '${key}' does not accept '${value}': it is not one of its choices.`);
      }
      if (value.length > SINGLE_LINE_MAX) throw badRequest(`Field '${key}' holds at most ${SINGLE_LINE_MAX} characters.`);
      return value;
    }
    case 'dateTime': {
      if (typeof value !== 'string') return wrongType(key, 'a date-time as ISO 8601 text', value);
      const stored = toStoredDateTime(value, column.facet.format === 'dateOnly');
      if (stored === undefined) throw badRequest(`Field '${key}' expects an ISO 8601 date-time between 1900 and 8900; got '${value}'.`);
      return stored;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(key, 'a number', value);
      if (typeof column.facet.minimum === 'number' && value < column.facet.minimum) throw badRequest(`Field '${key}' must be at least ${column.facet.minimum}.`);
      if (typeof column.facet.maximum === 'number' && value > column.facet.maximum) throw badRequest(`Field '${key}' must be at most ${column.facet.maximum}.`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') return wrongType(key, 'true or false', value);
      return value;
    case 'personOrGroup': {
      const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(id)) return wrongType(key, "a site user id (like '11')", value);
      if (!isSiteUser(id)) throw badRequest(`Field '${key}' refers to site user ${id}, who is not a user of this site.`);
      return id;
    }
  }
}

/** how a stored value is shown in `fields` */
export function renderFieldValue(column: ColumnRecord, stored: StoredValue): string | number | boolean | null {
  if (stored === null) return null;
  if (column.kind === 'personOrGroup') return String(stored);
  if (column.kind === 'boolean') return stored === true || stored === 1;
  return stored;
}

/** the key under which a value counts as taken in a column with unique values (case-insensitive, as SharePoint) */
export function uniqueValueKey(stored: Exclude<StoredValue, null>): string {
  return typeof stored === 'string' ? stored.toLowerCase() : String(stored);
}

/** a literal of a `$filter` made into the value SQLite compares the column with */
export function filterValue(column: ColumnRecord, literal: FilterLiteral): string | number | null {
  const key = fieldKey(column);
  const wrong = (expected: string): never => {
    throw badRequest(`Field '${key}' is compared with ${expected}; got ${literal.type === 'null' ? 'null' : `'${String(literal.value)}'`}.`);
  };
  if (literal.type === 'null') return null;
  switch (column.kind) {
    case 'text':
    case 'choice':
      return literal.type === 'string' ? literal.value : wrong('a text in single quotes');
    case 'dateTime': {
      const text = literal.type === 'string' || literal.type === 'dateTime' ? literal.value : undefined;
      const stored = text === undefined ? undefined : toStoredDateTime(text, column.facet.format === 'dateOnly');
      return stored ?? wrong('an ISO 8601 date-time');
    }
    case 'number':
      if (literal.type === 'number') return literal.value;
      if (literal.type === 'string' && literal.value.trim() !== '' && Number.isFinite(Number(literal.value))) return Number(literal.value);
      return wrong('a number');
    case 'boolean':
      if (literal.type === 'boolean') return literal.value ? 1 : 0;
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value;
      return wrong('true or false');
    case 'personOrGroup':
      if (literal.type === 'number' && Number.isInteger(literal.value)) return literal.value;
      if (literal.type === 'string' && /^\d{1,9}$/.test(literal.value)) return Number(literal.value);
      return wrong("a site user id (like '11')");
  }
}

export type FilterLiteral =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'dateTime'; value: string }
  | { type: 'null' };
