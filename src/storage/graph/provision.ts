// Creates the app's lists on a site, and brings an existing list up to its definition: missing
// columns, indexes, unique keys and choices are added. Nothing is removed or renamed. Running it
// twice changes nothing the second time.
import { columnKind, LIST_DEFINITIONS, type ColumnDefinition, type ListDefinition } from '../list-definitions';
import type { GraphHttp } from './client';
import { GraphRequestError } from './errors';
import { readAllPages } from './paging';
import { SiteLists } from './site';

export interface ListProvisionReport {
  displayName: string;
  id: string;
  created: boolean;
  columnsAdded: string[];
  indexesAdded: string[];
  uniqueKeysAdded: string[];
  choicesExtended: string[];
  /** what provision cannot fix on its own (a column of another type with the same name…) */
  problems: string[];
}

export interface ProvisionReport {
  siteId: string;
  lists: ListProvisionReport[];
  /** false when the site already matched every definition */
  changed: boolean;
}

interface ExistingColumn {
  id?: string;
  name?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: unknown;
  choice?: { choices?: string[] | null; displayAs?: string; allowTextEntry?: boolean } | null;
  dateTime?: unknown;
  number?: unknown;
  boolean?: unknown;
}

/** the body that creates a list with its columns */
export function listCreationBody(list: ListDefinition): Record<string, unknown> {
  return {
    displayName: list.displayName,
    description: list.description,
    columns: list.columns,
    list: { template: 'genericList' },
  };
}

export async function provision(
  http: GraphHttp,
  siteId: string,
  definitions: readonly ListDefinition[] = LIST_DEFINITIONS,
): Promise<ProvisionReport> {
  const lists = new SiteLists(http, siteId);
  const reports: ListProvisionReport[] = [];
  for (const definition of definitions) reports.push(await provisionList(http, lists, definition));
  const changed = reports.some(
    (r) => r.created || r.columnsAdded.length + r.indexesAdded.length + r.uniqueKeysAdded.length + r.choicesExtended.length > 0,
  );
  return { siteId, lists: reports, changed };
}

async function provisionList(http: GraphHttp, lists: SiteLists, definition: ListDefinition): Promise<ListProvisionReport> {
  let id = await lists.find(definition, false);
  let created = false;
  if (!id) {
    try {
      const made = await http.post<{ id?: string }>(`${lists.sitePath}/lists`, listCreationBody(definition));
      id = made.id;
      created = true;
    } catch (error) {
      // a create whose answer was lost may have succeeded: a refusal now means 'look again'
      if (!(error instanceof GraphRequestError) || !error.isRefusal) throw error;
      const fresh = new SiteLists(http, lists.siteId);
      id = await fresh.find(definition);
      if (!id) throw error;
    }
    if (!id) throw new GraphRequestError(502, 'invalidResponse', `creating '${definition.displayName}' gave no list id`);
    lists.remember(definition, id);
  }
  const report: ListProvisionReport = {
    displayName: definition.displayName,
    id,
    created,
    columnsAdded: [],
    indexesAdded: [],
    uniqueKeysAdded: [],
    choicesExtended: [],
    problems: [],
  };
  const columnsPath = `${lists.listPath(id)}/columns`;
  const readColumns = async () =>
    new Map((await readAllPages<ExistingColumn>(http, columnsPath)).filter((c) => c.name).map((c) => [c.name!, c]));
  let existing = await readColumns();
  for (const column of definition.columns) {
    let current = existing.get(column.name);
    if (!current) {
      try {
        current = await http.post<ExistingColumn>(columnsPath, column);
      } catch (error) {
        if (!(error instanceof GraphRequestError) || !error.isRefusal) throw error;
        existing = await readColumns();
        current = existing.get(column.name);
        if (!current) throw error;
      }
      if (!created) report.columnsAdded.push(column.name);
    }
    await alignColumn(http, columnsPath, column, current, report, created);
  }
  return report;
}

async function alignColumn(
  http: GraphHttp,
  columnsPath: string,
  wanted: ColumnDefinition,
  current: ExistingColumn,
  report: ListProvisionReport,
  listIsNew: boolean,
): Promise<void> {
  const wantedKind = columnKind(wanted);
  const currentKind = columnKind(current as Parameters<typeof columnKind>[0]);
  if (currentKind && wantedKind !== currentKind) {
    report.problems.push(`column ${wanted.name} is a ${currentKind} column, the app expects ${wantedKind}: change it by hand`);
    return;
  }
  if (!current.id) return;
  const path = `${columnsPath}/${encodeURIComponent(current.id)}`;
  const note = (list: string[]) => {
    if (!listIsNew) list.push(wanted.name);
  };
  if (wanted.indexed && !current.indexed) {
    await http.patch(path, { indexed: true });
    note(report.indexesAdded);
  }
  if (wanted.enforceUniqueValues && !current.enforceUniqueValues) {
    try {
      await http.patch(path, { enforceUniqueValues: true });
      note(report.uniqueKeysAdded);
    } catch (error) {
      if (!(error instanceof GraphRequestError) || !error.isRefusal) throw error;
      report.problems.push(`column ${wanted.name} could not be made unique (${error.code}): does it hold duplicate values?`);
    }
  }
  if ('choice' in wanted && current.choice) {
    const have = current.choice.choices ?? [];
    const missing = wanted.choice.choices.filter((c) => !have.includes(c));
    // a column that became fill-in (product groups are content now) keeps its choices and takes any value
    const fillIn = wanted.choice.allowTextEntry && current.choice.allowTextEntry !== true;
    if (missing.length > 0 || fillIn) {
      // keep choices someone added by hand; add the taxonomy's new ones
      await http.patch(path, { choice: { ...wanted.choice, choices: [...have, ...missing] } });
      note(report.choicesExtended);
    }
  }
}
