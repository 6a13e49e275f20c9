// Content pack <-> rows of the Programme actions and Checklists lists. A row a coordinator broke
// (a missing text, an unknown phase, a duplicate id) is reported with the reason and skipped; the
// rest of the list still counts.
import type { z } from 'zod';
import {
  checklist as checklistSchema,
  checklistItem as checklistItemSchema,
  programmeAction as programmeActionSchema,
  type Checklist,
  type ContentPack,
  type ProgrammeAction,
} from '../domain/content/model';
import { CHECKLISTS_LIST, PROGRAMME_ACTIONS_LIST } from './list-definitions';
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

/** one row per checklist item, the checklist's own fields repeated on each */
export function checklistToRows(checklist: Checklist, firstSortOrder: number): ListFields[] {
  return checklist.items.map((item, i) => {
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
      Ambition: item.ambition,
      CriterionKind: item.kind,
      RStrategy: item.rStrategy,
      SourceNl: item.source.nl,
      SourceEn: item.source.en,
      SortOrder: firstSortOrder + i,
    };
    if (checklist.productGroup) fields.ProductGroup = checklist.productGroup;
    return fields;
  });
}

/** the rows an import writes, in the pack's order */
export function contentPackToRows(pack: ContentPack): { actions: ListFields[]; checklists: ListFields[] } {
  let next = 0;
  const checklists = pack.checklists.flatMap((c) => {
    const rows = checklistToRows(c, next);
    next += rows.length;
    return rows;
  });
  return { actions: pack.actions.map((a, i) => actionToFields(a, i)), checklists };
}

export interface RowsResult<T> {
  values: T[];
  problems: ContentProblem[];
}

/** programme actions from their rows; `teams` are the programme's team ids an owner must be one of */
export function actionsFromRows(rows: readonly ContentRow[], teams?: ReadonlySet<string>): RowsResult<ProgrammeAction> {
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
    seen.add(action.id);
    values.push(action);
  }
  return { values, problems };
}

/** checklists from their item rows, grouped by ChecklistId in the rows' order */
export function checklistsFromRows(rows: readonly ContentRow[]): RowsResult<Checklist> {
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
      ambition: text(f, 'Ambition'),
      kind: text(f, 'CriterionKind'),
      rStrategy: text(f, 'RStrategy'),
      source: { nl: text(f, 'SourceNl'), en: text(f, 'SourceEn') },
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
    values.push(parsed.data);
  }
  return { values, problems };
}
