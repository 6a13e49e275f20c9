// The SharePoint lists of DESIGN.md as data: `provision` creates them from this, the adapter writes
// and reads fields by these names, and contract tests check bodies against it. Column bodies have
// the shape of Graph's columnDefinition, so they are sent as they are.
import {
  AMBITIONS,
  CONTEXT_TYPES,
  CRITERION_KINDS,
  CRITERION_THEMES,
  DECISIONS,
  PHASES,
  R_STRATEGIES,
  SOURCES,
  SOURCE_KINDS,
  THEMES,
} from '../domain/taxonomy';

interface ColumnCommon {
  name: string;
  displayName?: string;
  description?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  required?: boolean;
}

export type TextColumn = ColumnCommon & { text: { allowMultipleLines?: boolean; maxLength?: number } };
export type ChoiceColumn = ColumnCommon & {
  /** allowTextEntry: a value beyond the choices is allowed (SharePoint's fill-in choices) */
  choice: { choices: string[]; displayAs: 'dropDownMenu'; allowTextEntry: boolean };
};
export type DateTimeColumn = ColumnCommon & { dateTime: { format: 'dateTime'; displayAs: 'standard' } };
export type NumberColumn = ColumnCommon & { number: { decimalPlaces: 'none' | 'automatic' } };
export type BooleanColumn = ColumnCommon & { boolean: Record<string, never> };

/** a column as Graph's columnDefinition body (the subset the app uses) */
export type ColumnDefinition = TextColumn | ChoiceColumn | DateTimeColumn | NumberColumn | BooleanColumn;
export type ColumnKind = 'text' | 'choice' | 'dateTime' | 'number' | 'boolean';

export type ListKey = 'acknowledgements' | 'meetingCriteria' | 'programmeActions' | 'checklists' | 'adoption' | 'policy' | 'indicators' | 'productGroups';

export interface ListDefinition {
  key: ListKey;
  /** the list's title in SharePoint, how the app finds it */
  displayName: string;
  description: string;
  columns: ColumnDefinition[];
}

/** SharePoint's single line of text holds at most 255 characters */
export const SINGLE_LINE_MAX = 255;

const text = (name: string, extra: Omit<ColumnCommon, 'name'> = {}): TextColumn => ({
  name,
  text: { allowMultipleLines: false, maxLength: SINGLE_LINE_MAX },
  ...extra,
});
const note = (name: string, extra: Omit<ColumnCommon, 'name'> = {}): TextColumn => ({
  name,
  text: { allowMultipleLines: true },
  ...extra,
});
const choice = (name: string, choices: readonly string[], extra: Omit<ColumnCommon, 'name'> = {}): ChoiceColumn => ({
  name,
  choice: { choices: [...choices], displayAs: 'dropDownMenu', allowTextEntry: false },
  ...extra,
});
/**
 * a product group id: a fill-in choice, since product groups are content (a coordinator adds one
 * in the Productgroepen list). The choices start empty: `provision` keeps the ones a site has.
 */
const productGroupColumn = (extra: Omit<ColumnCommon, 'name'> = {}): ChoiceColumn => ({
  name: 'ProductGroup',
  choice: { choices: [], displayAs: 'dropDownMenu', allowTextEntry: true },
  ...extra,
});
const dateTime = (name: string, extra: Omit<ColumnCommon, 'name'> = {}): DateTimeColumn => ({
  name,
  dateTime: { format: 'dateTime', displayAs: 'standard' },
  ...extra,
});
const number = (name: string, extra: Omit<ColumnCommon, 'name'> = {}): NumberColumn => ({
  name,
  number: { decimalPlaces: 'none' },
  ...extra,
});
/** a number with decimals (an indicator's value: 1234.5 kg) */
const decimal = (name: string, extra: Omit<ColumnCommon, 'name'> = {}): NumberColumn => ({
  name,
  number: { decimalPlaces: 'automatic' },
  ...extra,
});
// an indexed, unique key column: SharePoint needs the index before it enforces uniqueness
const key = (name: string): TextColumn => text(name, { indexed: true, enforceUniqueValues: true, required: true });

export const ACKNOWLEDGEMENTS_LIST: ListDefinition = {
  key: 'acknowledgements',
  displayName: 'Acknowledgements',
  description:
    'Circular Choices: choices recorded by staff. Append-only: a changed choice is a new row. Do not edit rows.',
  columns: [
    key('AckKey'),
    text('ChecklistItemId'),
    text('ChecklistId'),
    text('ActionId'),
    productGroupColumn(),
    choice('Decision', DECISIONS, { required: true }),
    note('Reason'),
    choice('ContextType', CONTEXT_TYPES, { required: true }),
    // indexed: the app finds the decisions already made on the same draft or meeting by it
    text('ContextRef', { indexed: true, required: true }),
    text('ContextTitle'),
    // the version of the document a choice was made on; empty on rows written before versions
    number('DocumentVersion'),
    choice('Source', SOURCES, { required: true }),
    text('Team'),
    // the Entra object id, not a person column: person columns hold the site's own user id
    text('StaffAadId', { indexed: true, required: true }),
    text('ContentVersion', { required: true }),
    text('AppVersion', { required: true }),
    dateTime('AckAt', { indexed: true, required: true }),
  ],
};

export const MEETING_CRITERIA_LIST: ListDefinition = {
  key: 'meetingCriteria',
  displayName: 'Meeting criteria',
  description: 'Circular Choices: the checklist items an organizer attached to a meeting, one row per meeting.',
  columns: [
    // unique as well as indexed: one row per meeting, so a retried save never adds a second
    key('MeetingId'),
    note('ChecklistItemIds', { description: 'checklist item ids, separated by commas' }),
    text('AttachedBy', { required: true, description: 'Entra object id of the organizer' }),
    text('Subject'),
    dateTime('Start'),
  ],
};

// Content lists: one row per action or checklist item, plain columns a coordinator can edit in
// SharePoint, shown with Dutch display names (the internal names stay). The Title column holds the
// row's id (action id, checklist item id).
export const PROGRAMME_ACTIONS_LIST: ListDefinition = {
  key: 'programmeActions',
  displayName: 'Programme actions',
  description:
    'Circular Choices: the programme actions. Title is the action id (lower-case words joined by hyphens); edit the texts, keep the ids.',
  columns: [
    text('TitleNl', { required: true, displayName: 'Titel (NL)' }),
    text('TitleEn', { required: true, displayName: 'Titel (EN)' }),
    note('DescriptionNl', { required: true, displayName: 'Beschrijving (NL)' }),
    note('DescriptionEn', { required: true, displayName: 'Beschrijving (EN)' }),
    text('OwnerTeam', { required: true, displayName: 'Eigenaar (team)', description: 'team id from the programme' }),
    choice('Phase', PHASES, { required: true, displayName: 'Fase' }),
    choice('Theme', THEMES, { required: true, displayName: 'Programmathema' }),
    note('IndicatorNl', { required: true, displayName: 'Indicator (NL)' }),
    note('IndicatorEn', { required: true, displayName: 'Indicator (EN)' }),
    text('ProductGroups', { displayName: 'Productgroepen', description: 'product group ids, separated by commas' }),
    note('Measure', { displayName: 'Meetwijze', description: "the indicator's unit, baseline and target as JSON; change them on the app's Indicators page" }),
    number('SortOrder', { displayName: 'Volgorde' }),
  ],
};

export const CHECKLISTS_LIST: ListDefinition = {
  key: 'checklists',
  displayName: 'Checklists',
  description:
    'Circular Choices: checklist items, one row per item, with the fields of its checklist repeated on each row (the first row of a checklist wins). Title is the item id.',
  columns: [
    text('ChecklistId', { indexed: true, required: true, displayName: 'Checklist' }),
    text('ChecklistTitleNl', { required: true, displayName: 'Titel checklist (NL)' }),
    text('ChecklistTitleEn', { required: true, displayName: 'Titel checklist (EN)' }),
    note('ChecklistDescriptionNl', { required: true, displayName: 'Beschrijving checklist (NL)' }),
    note('ChecklistDescriptionEn', { required: true, displayName: 'Beschrijving checklist (EN)' }),
    productGroupColumn({ displayName: 'Productgroep', description: 'a product group id of the Productgroepen list' }),
    text('DocumentTypes', { displayName: 'Documentsoorten', description: 'document type ids, separated by commas' }),
    note('TextNl', { required: true, displayName: 'Criterium (NL)' }),
    note('TextEn', { required: true, displayName: 'Criterium (EN)' }),
    note('GuidanceNl', { required: true, displayName: 'Toelichting (NL)' }),
    note('GuidanceEn', { required: true, displayName: 'Toelichting (EN)' }),
    choice('Ambition', AMBITIONS, { required: true, displayName: 'Ambitieniveau' }),
    choice('CriterionKind', CRITERION_KINDS, { required: true, displayName: 'Soort criterium' }),
    choice('CriterionTheme', CRITERION_THEMES, { required: true, displayName: 'Thema' }),
    choice('RStrategy', R_STRATEGIES, { displayName: 'R-strategie', description: 'only for a circularity criterion where a step of the R-ladder applies' }),
    note('VerificationNl', { required: true, displayName: 'Bewijsmiddel (NL)' }),
    note('VerificationEn', { required: true, displayName: 'Bewijsmiddel (EN)' }),
    choice('SourceKind', SOURCE_KINDS, { required: true, displayName: 'Soort bron' }),
    text('SourceReference', { required: true, displayName: 'Bron', description: 'national criterion (product group, code, version), EU GPP criterion or document title' }),
    text('SourceUrl', { displayName: 'Adres van de bron', description: 'a public https address where the source can be checked' }),
    number('SortOrder', { displayName: 'Volgorde' }),
  ],
};

// Adoption: what coordinators open in Lists or Teams and build their own views and reports on. The
// server keeps it from its copy of the Acknowledgements list (counts only, no person), one row per
// week, team, product group and programme action; a team with fewer than the minimum number of
// people in a week is counted under "Overig" (docs/privacy.md). Edits are overwritten.
export const ADOPTION_LIST: ListDefinition = {
  key: 'adoption',
  displayName: 'Adoption',
  description:
    'Circular Choices: choices per week, team, product group and programme action, kept by the app from the recorded choices. Counts only; teams of fewer than five people are counted under Overig. Do not edit: the app overwrites rows.',
  columns: [
    key('AdoptionKey'),
    text('Week', { required: true, description: 'ISO week, e.g. 2026-W05' }),
    dateTime('WeekStart', { indexed: true, required: true }),
    text('Team', { description: 'team id, or Overig for the small teams of that week together' }),
    text('ProductGroup'),
    text('ActionId'),
    number('Total', { required: true }),
    number('Applied'),
    number('Considered'),
    number('NotApplicable'),
    number('Later'),
    number('Attached'),
  ],
};

// Beleid (policy): the municipality's own choices, set once by a coordinator. A parameter row gives
// the value a criterion names as {{id}}; an ambition row gives the level the college adopted for a
// product group (a proposed-ambition row a level proposed but not adopted). Title holds the
// parameter id or the product group id. A new list, so its title is Dutch; the app finds it by that title.
export const POLICY_KINDS = ['parameter', 'ambition', 'proposed-ambition'] as const;
export const POLICY_LIST: ListDefinition = {
  key: 'policy',
  displayName: 'Beleid',
  description:
    'Circulaire keuzes: waarden die criteria aan de gemeente laten (Soort parameter, Titel is de parameter) het vastgestelde ambitieniveau per productgroep (Soort ambition, Titel is de productgroep) en een voorgesteld, nog niet vastgesteld niveau (Soort proposed-ambition).',
  columns: [
    choice('PolicyKind', POLICY_KINDS, { required: true, displayName: 'Soort' }),
    text('LabelNl', { displayName: 'Omschrijving (NL)' }),
    text('LabelEn', { displayName: 'Omschrijving (EN)' }),
    text('ValueNl', { displayName: 'Waarde (NL)', description: 'for a parameter: the value as it reads in a criterion, e.g. 10 jaar' }),
    text('ValueEn', { displayName: 'Waarde (EN)' }),
    choice('Ambition', AMBITIONS, { displayName: 'Ambitieniveau', description: 'for an ambition row: the level the college adopted; for a proposed-ambition row: the level proposed' }),
    choice('SourceKind', SOURCE_KINDS, { displayName: 'Soort bron' }),
    text('SourceReference', { displayName: 'Onderbouwing', description: 'the decision or document the value rests on' }),
    number('SortOrder', { displayName: 'Volgorde' }),
  ],
};

// Indicators: each programme action's indicator as coordinators keep it, written only by the server
// (docs/indicators.md). Append-only like the record of choices: a `definition` row gives the unit,
// baseline and target (the latest one counts), a `measurement` row one measured value on a day.
export const INDICATORS_LIST: ListDefinition = {
  key: 'indicators',
  displayName: 'Indicators',
  description:
    "Circular Choices: the programme actions' indicators: unit, baseline and target (Kind definition; the latest counts) and measured values (Kind measurement). Written by the app for coordinators; append-only.",
  columns: [
    key('IndicatorKey'),
    text('ActionId', { indexed: true, required: true, description: 'programme action id' }),
    choice('Kind', ['definition', 'measurement'], { required: true }),
    text('Unit'),
    decimal('Value', { description: 'the baseline (definition) or the measured value (measurement)' }),
    text('ValueDate', { description: 'a year (2019) or a day (2026-06-30): when the value was true' }),
    text('Source', { description: 'where the value comes from' }),
    decimal('TargetValue'),
    number('TargetYear'),
    note('Note'),
    text('RecordedBy', { required: true, description: 'Entra object id of the coordinator' }),
    dateTime('RecordedAt', { indexed: true, required: true }),
  ],
};

// Productgroepen (product groups): what is bought or built, as the national MVI criteria group it,
// with the words and CPV code prefixes that make a document about it. A coordinator adds a group or
// a word here and the matcher knows it after a refresh. Title is the group's id. A new list, so its
// title is Dutch; the app finds it by that title.
export const PRODUCT_GROUPS_LIST: ListDefinition = {
  key: 'productGroups',
  displayName: 'Productgroepen',
  description:
    'Circulaire keuzes: productgroepen met hun zoekwoorden en CPV-codes. Titel is de code van de groep (kleine letters en streepjes). Zoekwoorden: één per regel; een zwakke aanwijzing als "woord | 0,5".',
  columns: [
    text('LabelNl', { required: true, displayName: 'Naam (NL)' }),
    text('LabelEn', { displayName: 'Naam (EN)', description: 'the Dutch name is shown where this is empty' }),
    note('DelimitationNl', { displayName: 'Afbakening (NL)', description: 'what belongs to the group and what does not' }),
    note('DelimitationEn', { displayName: 'Afbakening (EN)' }),
    note('TriggersNl', { displayName: 'Zoekwoorden (NL)', description: 'one word or phrase per line; a weaker hint as word | 0.5 (weight 0 to 3)' }),
    note('TriggersEn', { displayName: 'Zoekwoorden (EN)' }),
    note('PlacesNl', { displayName: 'Locaties (NL)', description: 'buildings or sites that count only beside a word of the group, one per line' }),
    note('PlacesEn', { displayName: 'Locaties (EN)' }),
    note('Towns', { displayName: 'Plaatsnamen', description: 'towns whose name reads as a word of the group (Brugge, Boom): written as a name, they count for nothing; one per line' }),
    text('CpvPrefixes', { displayName: 'CPV-codes', description: 'CPV code prefixes of 2 to 8 digits, separated by commas' }),
    number('SortOrder', { displayName: 'Volgorde' }),
  ],
};

export const LIST_DEFINITIONS: readonly ListDefinition[] = [
  ACKNOWLEDGEMENTS_LIST,
  MEETING_CRITERIA_LIST,
  PROGRAMME_ACTIONS_LIST,
  CHECKLISTS_LIST,
  ADOPTION_LIST,
  POLICY_LIST,
  INDICATORS_LIST,
  PRODUCT_GROUPS_LIST,
];

// Who reaches each list besides the app (its site grant) and the site's owners, once `lists lock`
// ran (docs/deploy.md, step 3.5): the local emulator enforces the same, so local runs and tests see
// what a locked tenant answers.

/** written only by the server and read by nobody but the app: staff's choices, and who attached what */
export const APP_ONLY_LISTS: readonly ListDefinition[] = [ACKNOWLEDGEMENTS_LIST, MEETING_CRITERIA_LIST];
/** written only by the server; coordinators (the site's Members group) may open them in SharePoint */
export const APP_WRITTEN_LISTS: readonly ListDefinition[] = [INDICATORS_LIST, ADOPTION_LIST];
/** the programme's content: staff (the site's Visitors) read it, coordinators (Members) edit it */
export const CONTENT_LISTS: readonly ListDefinition[] = [PROGRAMME_ACTIONS_LIST, CHECKLISTS_LIST, POLICY_LIST, PRODUCT_GROUPS_LIST];

export function columnKind(column: Partial<Record<ColumnKind, unknown>>): ColumnKind | undefined {
  for (const kind of ['text', 'choice', 'dateTime', 'number', 'boolean'] as const) {
    if (column[kind] !== undefined && column[kind] !== null) return kind;
  }
  return undefined;
}

/** the names of a list's columns that `$select` asks for */
export function selectedFieldNames(list: ListDefinition): string[] {
  return ['Title', ...list.columns.map((c) => c.name)];
}

// Fields every list has, that SharePoint fills in: readable, never written by the app.
const READ_ONLY_FIELDS = new Set([
  '@odata.etag',
  'id',
  'Created',
  'Modified',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
  'ContentType',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
  'AppAuthorLookupId',
  'AppEditorLookupId',
]);

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * what is wrong with a fieldValueSet for this list: unknown fields, wrong types, values outside a
 * choice column, missing required values (when `mode` is 'create'). Read mode accepts the fields
 * SharePoint adds.
 */
export function fieldProblems(
  list: ListDefinition,
  fields: Record<string, unknown>,
  mode: 'create' | 'update' | 'read',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byName = new Map(list.columns.map((c) => [c.name, c]));
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'Title') {
      if (value !== null && (typeof value !== 'string' || value.length > SINGLE_LINE_MAX)) {
        problems.push({ field: name, message: `must be text of at most ${SINGLE_LINE_MAX} characters` });
      }
      continue;
    }
    const column = byName.get(name);
    if (!column) {
      if (mode !== 'read' || !READ_ONLY_FIELDS.has(name)) problems.push({ field: name, message: 'is not a column of this list' });
      continue;
    }
    if (value === null || value === undefined) continue;
    const problem = valueProblem(column, value);
    if (problem) problems.push({ field: name, message: problem });
  }
  if (mode === 'create') {
    for (const column of list.columns) {
      const value = fields[column.name];
      if (column.required && (value === undefined || value === null || value === '')) {
        problems.push({ field: column.name, message: 'is required' });
      }
    }
  }
  return problems;
}

function valueProblem(column: ColumnDefinition, value: unknown): string | undefined {
  if ('text' in column) {
    if (typeof value !== 'string') return 'must be text';
    if (!column.text.allowMultipleLines && value.length > SINGLE_LINE_MAX) return `must be at most ${SINGLE_LINE_MAX} characters`;
    return undefined;
  }
  if ('choice' in column) {
    if (typeof value !== 'string' || (!column.choice.allowTextEntry && !column.choice.choices.includes(value))) return 'is not one of the choices';
    return undefined;
  }
  if ('dateTime' in column) {
    return typeof value === 'string' && ISO_UTC.test(value) ? undefined : 'must be a UTC date-time (YYYY-MM-DDTHH:MM:SSZ)';
  }
  if ('number' in column) return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
  return typeof value === 'boolean' ? undefined : 'must be true or false';
}

/** an ISO date-time as SharePoint stores it: UTC, whole seconds */
export function toListDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`not a date-time: ${iso}`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
