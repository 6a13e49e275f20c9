// Lists and rows for emulator tests: the project's Acknowledgements list as provisioned, and a
// small list of our own with the column types the project's lists do not use (number, boolean,
// person).
import { listCreationBody } from '../../src/storage/graph';
import { ACKNOWLEDGEMENTS_LIST } from '../../src/storage/list-definitions';
import type { TestEmulator } from './emulator-harness';

/** a list with every column type the emulator knows */
export const TOOLS_LIST = {
  displayName: 'Tool loans',
  columns: [
    { name: 'Tag', text: {}, indexed: true, enforceUniqueValues: true },
    { name: 'Kind', choice: { choices: ['drill', 'ladder', 'saw'], displayAs: 'dropDownMenu', allowTextEntry: false } },
    { name: 'Weight', number: { decimalPlaces: 'none', minimum: 0 } },
    { name: 'Working', boolean: {} },
    { name: 'LentOn', dateTime: { format: 'dateTime', displayAs: 'standard' }, indexed: true },
    { name: 'Borrower', personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly' } },
    { name: 'Notes', text: { allowMultipleLines: true } },
  ],
  list: { template: 'genericList' },
} as const;

export interface CreatedList {
  id: string;
  /** `/sites/root/lists/{id}` */
  path: string;
}

export async function createList(emulator: TestEmulator, body: Record<string, unknown>): Promise<CreatedList> {
  const created = await emulator.call<{ id: string }>('POST', '/sites/root/lists', { body });
  if (created.status !== 201) throw new Error(`creating the list failed: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, path: `/sites/root/lists/${created.body.id}` };
}

export const createAcknowledgementsList = (emulator: TestEmulator): Promise<CreatedList> => createList(emulator, listCreationBody(ACKNOWLEDGEMENTS_LIST));

/** the fields of a valid acknowledgement row */
export function ackFields(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Title: `applied: item ${n}`,
    AckKey: `ack-${n}`,
    ChecklistItemId: `gww-${n % 7}`,
    Decision: n % 2 === 0 ? 'applied' : 'later',
    ContextType: 'procurement',
    ContextRef: `doc-${n % 3}`,
    Source: 'tab',
    StaffAadId: `00000000-0000-4000-8000-00000000000${(n % 5) + 1}`,
    ContentVersion: '2026.1',
    AppVersion: '0.1.0',
    AckAt: new Date(Date.UTC(2026, 0, 1, 9, 0, n)).toISOString(),
    ...overrides,
  };
}

/** writes rows through $batch, 20 at a time; returns the new item ids in order */
export async function addRows(emulator: TestEmulator, listPath: string, rows: Record<string, unknown>[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 20) {
    const chunk = rows.slice(start, start + 20);
    const answer = await emulator.call<{ responses: { id: string; status: number; body: { id: string } }[] }>('POST', '/$batch', {
      body: {
        requests: chunk.map((fields, i) => ({ id: String(i), method: 'POST', url: `${listPath}/items`, headers: { 'Content-Type': 'application/json' }, body: { fields } })),
      },
    });
    if (answer.status !== 200) throw new Error(`batch failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const byId = new Map(answer.body.responses.map((r) => [r.id, r]));
    chunk.forEach((_, i) => {
      const response = byId.get(String(i));
      if (response?.status !== 201) throw new Error(`row ${start + i} was refused: ${JSON.stringify(response)}`);
      ids.push(response.body.id);
    });
  }
  return ids;
}
