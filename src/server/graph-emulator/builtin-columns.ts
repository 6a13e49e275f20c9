// The columns every generic list has. Their ids are SharePoint's own well-known field ids. Title is
// an ordinary text column kept with the other fields; the others live in the item row itself and
// are read-only.
import type { ColumnKind, ColumnRecord, Facet } from './column-types';

export interface BuiltinColumn {
  id: string;
  name: string;
  kind: ColumnKind;
  facet: Facet;
  indexed: boolean;
  readOnly: boolean;
  /** the item row's SQL column holding the value; undefined for Title (kept in the JSON fields) */
  sqlColumn?: 'item_id' | 'created_at' | 'modified_at' | 'author_id' | 'editor_id';
  displayName: string;
}

export const BUILTIN_COLUMNS: readonly BuiltinColumn[] = [
  { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', name: 'Title', displayName: 'Title', kind: 'text', facet: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 }, indexed: false, readOnly: false },
  { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', name: 'ID', displayName: 'ID', kind: 'number', facet: { decimalPlaces: 'none', displayAs: 'number' }, indexed: true, readOnly: true, sqlColumn: 'item_id' },
  { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', name: 'Created', displayName: 'Created', kind: 'dateTime', facet: { displayAs: 'default', format: 'dateTime' }, indexed: false, readOnly: true, sqlColumn: 'created_at' },
  { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', name: 'Modified', displayName: 'Modified', kind: 'dateTime', facet: { displayAs: 'default', format: 'dateTime' }, indexed: false, readOnly: true, sqlColumn: 'modified_at' },
  { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', name: 'Author', displayName: 'Created By', kind: 'personOrGroup', facet: { allowMultipleSelection: false, chooseFromType: 'peopleAndGroups', displayAs: 'account' }, indexed: false, readOnly: true, sqlColumn: 'author_id' },
  { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', name: 'Editor', displayName: 'Modified By', kind: 'personOrGroup', facet: { allowMultipleSelection: false, chooseFromType: 'peopleAndGroups', displayAs: 'account' }, indexed: false, readOnly: true, sqlColumn: 'editor_id' },
];

const BY_NAME = new Map(BUILTIN_COLUMNS.map((c) => [c.name, c]));

export const builtinColumn = (name: string): BuiltinColumn | undefined => BY_NAME.get(name);

/** fields SharePoint fills in and shows on every item: never accepted in a write */
export const SYSTEM_FIELD_NAMES: ReadonlySet<string> = new Set([
  'id',
  'ID',
  'Created',
  'Modified',
  'AuthorLookupId',
  'EditorLookupId',
  'Author',
  'Editor',
  '_UIVersionString',
  'Attachments',
  'ContentType',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
]);

/** the column records of a new list's built-in columns */
export function builtinColumnRecords(): ColumnRecord[] {
  return BUILTIN_COLUMNS.map((c, position) => ({
    id: c.id,
    name: c.name,
    displayName: c.displayName,
    description: '',
    kind: c.kind,
    facet: c.facet,
    indexed: c.indexed,
    enforceUniqueValues: false,
    required: false,
    hidden: false,
    readOnly: c.readOnly,
    builtin: true,
    position,
  }));
}
