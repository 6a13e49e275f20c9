// Content pack <-> rows of the Programme actions and Checklists lists. A row a coordinator broke
// (a missing text, an unknown phase, a duplicate id) is reported with the reason and skipped; the
// rest of the list still counts.
import type { z } from 'zod';
import {
  checklist as checklistSchema,
  checklistItem as checklistItemSchema,
  policyParameter as policyParameterSchema,
  productGroup as productGroupSchema,
  programmeAction as programmeActionSchema,
  type Checklist,
  type ContentPack,
  type ItemTexts,
  type Policy,
  type ProductGroup,
  type ProgrammeAction,
  type Trigger,
  type TriggersPerLanguage,
} from '../domain/content/model';
import { AMBITIONS, type Ambition } from '../domain/taxonomy';
import { CHECKLISTS_LIST, POLICY_LIST, PRODUCT_GROUPS_LIST, PROGRAMME_ACTIONS_LIST } from './list-definitions';
import type { ContentProblem } from './ports';
import { joinIds, splitIds, type ListFields } from './record-fields';

/** a list row as read: its list item id and its fields */
export interface ContentRow {
  itemId: string;
  fields: ListFields;
  /** the row's version as read, to update it only if nobody changed it since */
  eTag?: string;
}

const text = (fields: ListFields, name: string): string | undefined => {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : undefined;
};
const order = (fields: ListFields): number => (typeof fields.SortOrder === 'number' ? fields.SortOrder : Number.MAX_SAFE_INTEGER);
const byOrder = (a: ContentRow, b: ContentRow) => order(a.fields) - order(b.fields) || Number(a.itemId) - Number(b.itemId);

function issues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export function actionToFields(action: ProgrammeAction, sortOrder: number): ListFields {
  return {
    Title: action.id,
    TitleNl: action.title.nl,
    TitleEn: action.title.en,
    DescriptionNl: action.description.nl,
    DescriptionEn: action.description.en,
    OwnerTeam: action.ownerTeam,
    Phase: action.phase,
    Theme: action.theme,
    IndicatorNl: action.indicator.nl,
    IndicatorEn: action.indicator.en,
    ProductGroups: joinIds(action.productGroups),
    // the indicator's unit and public figures, as JSON: coordinators change them on the app's Indicators page
    ...(action.measure ? { Measure: JSON.stringify(action.measure) } : {}),
    SortOrder: sortOrder,
  };
}

/** the Measure column's JSON, or a reason it cannot be read */
function measureOf(fields: ListFields): { ok: true; value: unknown } | { ok: false; message: string } {
  const raw = text(fields, 'Measure');
  if (!raw) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, message: 'Measure: must be the JSON the app wrote (unit, baseline, target)' };
  }
}

/**
 * one row per checklist item, the checklist's own fields repeated on each; an item with a template
 * is written as written, with its {{parameters}}, so the policy list can fill it
 */
export function checklistToRows(checklist: Checklist, firstSortOrder: number, templates: Record<string, ItemTexts> = {}): ListFields[] {
  return checklist.items.map((listed, i) => {
    const item = templates[listed.id] ? { ...listed, ...templates[listed.id] } : listed;
    const fields: ListFields = {
      Title: item.id,
      ChecklistId: checklist.id,
      ChecklistTitleNl: checklist.title.nl,
      ChecklistTitleEn: checklist.title.en,
      ChecklistDescriptionNl: checklist.description.nl,
      ChecklistDescriptionEn: checklist.description.en,
      DocumentTypes: joinIds(checklist.documentTypes ?? []),
      TextNl: item.text.nl,
      TextEn: item.text.en,
      GuidanceNl: item.guidance.nl,
      GuidanceEn: item.guidance.en,
      VerificationNl: item.verification.nl,
      VerificationEn: item.verification.en,
      Ambition: item.ambition,
      CriterionKind: item.kind,
      CriterionTheme: item.theme,
      SourceKind: item.source.kind,
      SourceReference: item.source.reference,
      SortOrder: firstSortOrder + i,
    };
    if (item.rStrategy) fields.RStrategy = item.rStrategy;
    if (item.source.url) fields.SourceUrl = item.source.url;
    if (checklist.productGroup) fields.ProductGroup = checklist.productGroup;
    return fields;
  });
}

/** the policy as rows of the Beleid list: its parameters, then the adopted ambition levels */
export function policyToRows(policy: Policy): ListFields[] {
  const parameters = policy.parameters.map((p, i) => ({
    Title: p.id,
    PolicyKind: 'parameter',
    LabelNl: p.label.nl,
    LabelEn: p.label.en,
    ValueNl: p.value.nl,
    ValueEn: p.value.en,
    SourceKind: p.source.kind,
    SourceReference: p.source.reference,
    SortOrder: i,
  }));
  const levels = [
    ...Object.entries(policy.ambitionPerProductGroup).map(([group, ambition]) => ({ group, ambition, kind: 'ambition' })),
    ...Object.entries(policy.proposedAmbitionPerProductGroup ?? {}).map(([group, ambition]) => ({ group, ambition, kind: 'proposed-ambition' })),
  ];
  const ambitions = levels.map(({ group, ambition, kind }, i) => ({ Title: group, PolicyKind: kind, Ambition: ambition, SortOrder: parameters.length + i }));
  return [...parameters, ...ambitions];
}

/** triggers as a note column holds them: one per line, a weighted one as "term | 0.5" */
function triggerLines(triggers: readonly Trigger[]): string {
  return triggers.map((t) => (typeof t === 'string' ? t : `${t.term} | ${t.weight}`)).join('\n');
}

/** a product group as a row of the Productgroepen list; Title is its id */
export function productGroupToFields(group: ProductGroup, sortOrder: number): ListFields {
  const fields: ListFields = {
    Title: group.id,
    LabelNl: group.label.nl,
    LabelEn: group.label.en,
    TriggersNl: triggerLines(group.triggers.nl),
    TriggersEn: triggerLines(group.triggers.en),
    CpvPrefixes: group.cpv.join(', '),
    SortOrder: sortOrder,
  };
  if (group.delimitation) Object.assign(fields, { DelimitationNl: group.delimitation.nl, DelimitationEn: group.delimitation.en });
  if (group.places) Object.assign(fields, { PlacesNl: triggerLines(group.places.nl), PlacesEn: triggerLines(group.places.en) });
  if (group.towns) Object.assign(fields, { Towns: group.towns.join('\n') });
  return fields;
}

/** the triggers of a note column, or the first line that is not one */
function triggersOf(value: string | undefined): { ok: true; triggers: Trigger[] } | { ok: false; message: string } {
  const triggers: Trigger[] = [];
  const lines = (value ?? '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const bar = line.lastIndexOf('|');
    if (bar < 0) {
      triggers.push(line);
      continue;
    }
    const term = line.slice(0, bar).trim();
    const weightText = line.slice(bar + 1).trim();
    const weight = Number(weightText.replace(',', '.'));
    if (!term) return { ok: false, message: `line ${i + 1}: a word or phrase is missing before '|'` };
    if (weightText === '' || !Number.isFinite(weight) || weight < 0 || weight > 3) {
      return { ok: false, message: `line ${i + 1}: '${weightText}' is not a weight from 0 to 3 (write "${term} | 0.5")` };
    }
    triggers.push({ term, weight });
  }
  return { ok: true, triggers };
}

/**
 * product groups from the Productgroepen list's rows. A broken row is reported with its row and
 * column and skipped; the others still count, so one typo never silences every group.
 */
export function productGroupsFromRows(rows: readonly ContentRow[]): RowsResult<ProductGroup> {
  const list = PRODUCT_GROUPS_LIST.displayName;
  const problems: ContentProblem[] = [];
  const values: ProductGroup[] = [];
  const seen = new Set<string>();
  const report = (row: ContentRow, column: string, message: string) =>
    problems.push({ list, itemId: row.itemId, message: `row ${row.itemId}, column ${column}: ${message}; the row is skipped` });
  rows: for (const row of [...rows].sort(byOrder)) {
    const f = row.fields;
    const id = text(f, 'Title') ?? '';
    if (seen.has(id)) {
      report(row, 'Title', `'${id}' appears more than once; the first row is used`);
      continue;
    }
    const triggers: Partial<Record<string, Trigger[]>> = {};
    for (const column of ['TriggersNl', 'TriggersEn', 'PlacesNl', 'PlacesEn']) {
      const read = triggersOf(text(f, column));
      if (!read.ok) {
        report(row, column, read.message);
        continue rows;
      }
      triggers[column] = read.triggers;
    }
    const cpv = (text(f, 'CpvPrefixes') ?? '').split(/[\s,;]+/).filter(Boolean);
    const delimitation = { nl: text(f, 'DelimitationNl'), en: text(f, 'DelimitationEn') || text(f, 'DelimitationNl') };
    const places: TriggersPerLanguage = { nl: triggers.PlacesNl!, en: triggers.PlacesEn! };
    const towns = (text(f, 'Towns') ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    const candidate = {
      id,
      label: { nl: text(f, 'LabelNl'), en: text(f, 'LabelEn') || text(f, 'LabelNl') },
      ...(delimitation.nl ? { delimitation } : {}),
      triggers: { nl: triggers.TriggersNl!, en: triggers.TriggersEn! },
      ...(places.nl.length + places.en.length > 0 ? { places } : {}),
      ...(towns.length > 0 ? { towns } : {}),
      cpv,
    };
    const parsed = productGroupSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const [field, language, index] = issue.path;
      const suffix = language === 'en' ? 'En' : 'Nl';
      const column =
        field === 'id' ? 'Title'
        : field === 'label' ? `Label${suffix}`
        : field === 'delimitation' ? `Delimitation${suffix}`
        : field === 'cpv' ? 'CpvPrefixes'
        : field === 'triggers' ? `Triggers${suffix}`
        : field === 'places' ? `Places${suffix}`
        : field === 'towns' ? 'Towns'
        : String(field ?? 'Title');
      const at = field === 'cpv' && typeof language === 'number' ? `'${cpv[language]}' ` : index !== undefined ? `line ${Number(index) + 1}: ` : '';
      report(row, column, `${at}${issue.message}`);
      continue;
    }
    if (parsed.data.triggers.nl.length + parsed.data.triggers.en.length + parsed.data.cpv.length === 0) {
      report(row, 'TriggersNl', 'a group needs at least one word or CPV code, or no document can ever fit it');
      continue;
    }
    seen.add(id);
    values.push(parsed.data);
  }
  return { values, problems };
}

/** the rows an import writes, in the pack's order */
export function contentPackToRows(pack: ContentPack): { actions: ListFields[]; checklists: ListFields[]; policy: ListFields[]; productGroups: ListFields[] } {
  let next = 0;
  const checklists = pack.checklists.flatMap((c) => {
    const rows = checklistToRows(c, next, pack.templates);
    next += rows.length;
    return rows;
  });
  return {
    actions: pack.actions.map((a, i) => actionToFields(a, i)),
    checklists,
    policy: policyToRows(pack.policy),
    productGroups: pack.productGroups.map((g, i) => productGroupToFields(g, i)),
  };
}

/**
 * the policy from the Beleid list's rows, over the bundled one: a row sets one parameter or one
 * product group's adopted level. A broken row is reported with its row and column and skipped.
 */
export function policyFromRows(rows: readonly ContentRow[], bundled: Policy, productGroups: ReadonlySet<string>): { policy: Policy; problems: ContentProblem[] } {
  const list = POLICY_LIST.displayName;
  const problems: ContentProblem[] = [];
  const parameters = new Map(bundled.parameters.map((p) => [p.id, p]));
  const ambitions: Record<string, Ambition> = { ...bundled.ambitionPerProductGroup };
  const proposed: Record<string, Ambition> = { ...bundled.proposedAmbitionPerProductGroup };
  const seen = new Set<string>();
  const report = (row: ContentRow, column: string, message: string) =>
    problems.push({ list, itemId: row.itemId, message: `row ${row.itemId}, column ${column}: ${message}; the row is skipped` });
  for (const row of [...rows].sort(byOrder)) {
    const f = row.fields;
    const id = text(f, 'Title');
    const kind = text(f, 'PolicyKind');
    if (!id) {
      report(row, 'Title', 'is empty');
      continue;
    }
    if (seen.has(`${kind}:${id}`)) {
      report(row, 'Title', `'${id}' appears more than once; the first row is used`);
      continue;
    }
    if (kind === 'ambition' || kind === 'proposed-ambition') {
      const ambition = text(f, 'Ambition');
      if (!productGroups.has(id)) report(row, 'Title', `'${id}' is not a product group`);
      else if (!ambition || !(AMBITIONS as readonly string[]).includes(ambition)) report(row, 'Ambition', `'${ambition ?? ''}' is not an ambition level (${AMBITIONS.join(', ')})`);
      else {
        (kind === 'ambition' ? ambitions : proposed)[id] = ambition as Ambition;
        seen.add(`${kind}:${id}`);
      }
    } else if (kind === 'parameter') {
      const known = parameters.get(id);
      const candidate = {
        id,
        label: { nl: text(f, 'LabelNl') || known?.label.nl || id, en: text(f, 'LabelEn') || known?.label.en || text(f, 'LabelNl') || id },
        value: { nl: text(f, 'ValueNl'), en: text(f, 'ValueEn') || text(f, 'ValueNl') },
        source: { kind: text(f, 'SourceKind') || 'municipal-proposal', reference: text(f, 'SourceReference') || known?.source.reference || POLICY_LIST.displayName },
      };
      const parsed = policyParameterSchema.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const column = { value: 'ValueNl', label: 'LabelNl', source: 'SourceKind' }[String(issue.path[0])] ?? 'Title';
        report(row, column, issue.message);
        continue;
      }
      parameters.set(id, parsed.data);
      seen.add(`${kind}:${id}`);
    } else {
      report(row, 'PolicyKind', `'${kind ?? ''}' is not parameter, ambition or proposed-ambition`);
    }
  }
  // an adopted level makes a proposal for the same group moot
  for (const group of Object.keys(ambitions)) delete proposed[group];
  const policy: Policy = { ambitionPerProductGroup: ambitions, parameters: [...parameters.values()] };
  if (Object.keys(proposed).length > 0) policy.proposedAmbitionPerProductGroup = proposed;
  return { policy, problems };
}

export interface RowsResult<T> {
  values: T[];
  problems: ContentProblem[];
}

/**
 * programme actions from their rows; `teams` are the programme's team ids an owner must be one of,
 * `productGroups` the groups an action may name (an unknown one is reported, row and column, and left out)
 */
export function actionsFromRows(rows: readonly ContentRow[], teams?: ReadonlySet<string>, productGroups?: ReadonlySet<string>): RowsResult<ProgrammeAction> {
  const list = PROGRAMME_ACTIONS_LIST.displayName;
  const problems: ContentProblem[] = [];
  const values: ProgrammeAction[] = [];
  const seen = new Set<string>();
  for (const row of [...rows].sort(byOrder)) {
    const f = row.fields;
    const measure = measureOf(f);
    if (!measure.ok) {
      problems.push({ list, itemId: row.itemId, message: `action '${text(f, 'Title') ?? ''}': ${measure.message}` });
      continue;
    }
    const candidate = {
      id: text(f, 'Title'),
      title: { nl: text(f, 'TitleNl'), en: text(f, 'TitleEn') },
      description: { nl: text(f, 'DescriptionNl'), en: text(f, 'DescriptionEn') },
      ownerTeam: text(f, 'OwnerTeam'),
      phase: text(f, 'Phase'),
      theme: text(f, 'Theme'),
      indicator: { nl: text(f, 'IndicatorNl'), en: text(f, 'IndicatorEn') },
      ...(measure.value !== undefined ? { measure: measure.value } : {}),
      productGroups: splitIds(f.ProductGroups),
    };
    const parsed = programmeActionSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ list, itemId: row.itemId, message: `action '${candidate.id ?? ''}': ${issues(parsed.error)}` });
      continue;
    }
    const action = parsed.data;
    if (seen.has(action.id)) {
      problems.push({ list, itemId: row.itemId, message: `action '${action.id}' appears more than once; the first row is used` });
      continue;
    }
    if (teams && !teams.has(action.ownerTeam)) {
      problems.push({ list, itemId: row.itemId, message: `action '${action.id}': unknown owner team '${action.ownerTeam}'` });
      continue;
    }
    const unknown = productGroups ? action.productGroups.filter((g) => !productGroups.has(g)) : [];
    for (const group of unknown) {
      problems.push({ list, itemId: row.itemId, message: `row ${row.itemId}, column ProductGroups: '${group}' is not a product group of ${PRODUCT_GROUPS_LIST.displayName}; it is left out` });
    }
    seen.add(action.id);
    values.push(unknown.length > 0 ? { ...action, productGroups: action.productGroups.filter((g) => !unknown.includes(g)) } : action);
  }
  return { values, problems };
}

/**
 * checklists from their item rows, grouped by ChecklistId in the rows' order; a checklist of a group
 * not in `productGroups` is kept (it can be browsed, no document matches it) and reported, row and column
 */
export function checklistsFromRows(rows: readonly ContentRow[], productGroups?: ReadonlySet<string>): RowsResult<Checklist> {
  const list = CHECKLISTS_LIST.displayName;
  const problems: ContentProblem[] = [];
  const groups = new Map<string, { first: ContentRow; items: Checklist['items'] }>();
  const seenItems = new Set<string>();
  for (const row of [...rows].sort(byOrder)) {
    const f = row.fields;
    const checklistId = text(f, 'ChecklistId');
    const candidate = {
      id: text(f, 'Title'),
      text: { nl: text(f, 'TextNl'), en: text(f, 'TextEn') },
      guidance: { nl: text(f, 'GuidanceNl'), en: text(f, 'GuidanceEn') },
      verification: { nl: text(f, 'VerificationNl'), en: text(f, 'VerificationEn') },
      ambition: text(f, 'Ambition'),
      kind: text(f, 'CriterionKind'),
      theme: text(f, 'CriterionTheme'),
      ...(text(f, 'RStrategy') ? { rStrategy: text(f, 'RStrategy') } : {}),
      source: { kind: text(f, 'SourceKind'), reference: text(f, 'SourceReference'), ...(text(f, 'SourceUrl') ? { url: text(f, 'SourceUrl') } : {}) },
    };
    if (!checklistId) {
      problems.push({ list, itemId: row.itemId, message: `item '${candidate.id ?? ''}': ChecklistId is empty` });
      continue;
    }
    const parsed = checklistItemSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ list, itemId: row.itemId, message: `item '${candidate.id ?? ''}': ${issues(parsed.error)}` });
      continue;
    }
    if (seenItems.has(parsed.data.id)) {
      problems.push({ list, itemId: row.itemId, message: `item '${parsed.data.id}' appears more than once; the first row is used` });
      continue;
    }
    seenItems.add(parsed.data.id);
    const group = groups.get(checklistId) ?? { first: row, items: [] };
    group.items.push(parsed.data);
    groups.set(checklistId, group);
  }

  const values: Checklist[] = [];
  for (const [id, group] of groups) {
    const f = group.first.fields;
    const documentTypes = splitIds(f.DocumentTypes);
    const candidate = {
      id,
      title: { nl: text(f, 'ChecklistTitleNl'), en: text(f, 'ChecklistTitleEn') },
      description: { nl: text(f, 'ChecklistDescriptionNl'), en: text(f, 'ChecklistDescriptionEn') },
      ...(text(f, 'ProductGroup') ? { productGroup: text(f, 'ProductGroup') } : {}),
      ...(documentTypes.length > 0 ? { documentTypes } : {}),
      items: group.items,
    };
    const parsed = checklistSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ list, itemId: group.first.itemId, message: `checklist '${id}' (its first row): ${issues(parsed.error)}; the checklist is skipped` });
      continue;
    }
    const productGroup = parsed.data.productGroup;
    if (productGroup && productGroups && !productGroups.has(productGroup)) {
      problems.push({
        list,
        itemId: group.first.itemId,
        message: `row ${group.first.itemId}, column ProductGroup: '${productGroup}' is not a product group of ${PRODUCT_GROUPS_LIST.displayName}; no document will match checklist '${id}'`,
      });
    }
    values.push(parsed.data);
  }
  return { values, problems };
}
