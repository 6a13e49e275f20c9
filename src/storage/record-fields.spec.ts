import type { Acknowledgement } from '../domain/acknowledgement';
import { DECISIONS } from '../domain/taxonomy';
import { ACKNOWLEDGEMENTS_LIST, fieldProblems, LIST_DEFINITIONS, MEETING_CRITERIA_LIST } from './list-definitions';
import { acknowledgementFromFields, acknowledgementToFields, meetingCriteriaFromFields, meetingCriteriaToFields } from './record-fields';

const full: Acknowledgement = {
  ackKey: 'k0001abcd',
  checklistItemId: 'roads-recycled-asphalt',
  checklistId: 'roads',
  actionId: 'reuse-paving',
  productGroup: 'roads',
  decision: 'not-applicable',
  reason: 'Geen asfalt in dit bestek, alleen groenonderhoud.',
  contextType: 'procurement',
  contextRef: 'doc:4f2a',
  contextTitle: 'Bestek onderhoud Soesterberg 2027',
  documentVersion: 3,
  source: 'message-extension',
  team: 'inkoop',
  staffAadId: '00000000-0000-4000-8000-000000000001',
  contentVersion: '2026.11.0',
  appVersion: '0.1.0',
  ackAt: '2026-11-28T10:15:42Z',
};

describe('list definitions', () => {
  it('key columns are indexed, and every unique column is indexed as SharePoint requires', () => {
    const column = (name: string) => ACKNOWLEDGEMENTS_LIST.columns.find((c) => c.name === name);
    expect(column('AckKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    for (const name of ['ContextRef', 'StaffAadId', 'AckAt']) expect(column(name)?.indexed).toBe(true);
    for (const list of LIST_DEFINITIONS) {
      for (const c of list.columns) if (c.enforceUniqueValues) expect(c.indexed).toBe(true);
    }
  });

  it('choice columns offer exactly the taxonomy ids; a product group, being content, may be any id', () => {
    const decision = ACKNOWLEDGEMENTS_LIST.columns.find((c) => c.name === 'Decision');
    expect(decision && 'choice' in decision && decision.choice.choices).toEqual([...DECISIONS]);
    expect(fieldProblems(ACKNOWLEDGEMENTS_LIST, { Decision: 'maybe' }, 'update')).toEqual([{ field: 'Decision', message: 'is not one of the choices' }]);
    expect(fieldProblems(ACKNOWLEDGEMENTS_LIST, { ProductGroup: 'winter-road-maintenance' }, 'update')).toEqual([]);
  });

  it('reports unknown fields, wrong types, values outside a choice and missing required values', () => {
    const problems = fieldProblems(
      ACKNOWLEDGEMENTS_LIST,
      { AckKey: 'k1', Decision: 'maybe', AckAt: '28-11-2026', Colour: 'blue', ContextRef: 42 },
      'create',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'Decision', message: 'is not one of the choices' },
        { field: 'AckAt', message: expect.stringContaining('UTC date-time') },
        { field: 'Colour', message: 'is not a column of this list' },
        { field: 'ContextRef', message: 'must be text' },
        { field: 'StaffAadId', message: 'is required' },
      ]),
    );
  });

  it('accepts what SharePoint adds to a row when reading', () => {
    const fields = { ...acknowledgementToFields(full), '@odata.etag': '"x,1"', id: '7', Created: '2026-11-28T10:15:43Z', AuthorLookupId: '11' };
    expect(fieldProblems(ACKNOWLEDGEMENTS_LIST, fields, 'read')).toEqual([]);
    expect(fieldProblems(ACKNOWLEDGEMENTS_LIST, fields, 'create').map((p) => p.field)).toEqual(['@odata.etag', 'id', 'Created', 'AuthorLookupId']);
  });
});

describe('acknowledgement fields', () => {
  it('round-trips every field of an acknowledgement', () => {
    const fields = acknowledgementToFields(full);
    expect(fieldProblems(ACKNOWLEDGEMENTS_LIST, fields, 'create')).toEqual([]);
    expect(acknowledgementFromFields(fields)).toEqual({ ok: true, value: full });
  });

  it('stores the moment in whole UTC seconds, as SharePoint does', () => {
    const fields = acknowledgementToFields({ ...full, ackAt: '2026-11-28T11:15:42.789+01:00' });
    expect(fields.AckAt).toBe('2026-11-28T10:15:42Z');
  });

  it('leaves empty optional values out, and reads missing or null ones as absent', () => {
    const minimal: Acknowledgement = { ...full, decision: 'applied', actionId: undefined, productGroup: undefined, reason: undefined, contextTitle: undefined, documentVersion: undefined, team: undefined };
    const fields = acknowledgementToFields(minimal);
    for (const name of ['ActionId', 'ProductGroup', 'Reason', 'ContextTitle', 'DocumentVersion', 'Team']) expect(fields).not.toHaveProperty(name);
    const read = acknowledgementFromFields({ ...fields, Reason: null, Team: '', DocumentVersion: null });
    expect(read.ok && read.value).toEqual(JSON.parse(JSON.stringify(minimal)));
  });

  it('reports a row edited by hand into something that is not an acknowledgement', () => {
    const read = acknowledgementFromFields({ ...acknowledgementToFields(full), Decision: 'considered', Reason: null, StaffAadId: '' });
    expect(read).toEqual({ ok: false, message: 'reason a reason is required for this decision; staffAadId is required' });
  });
});

describe('meeting criteria fields', () => {
  it('round-trips, keeping the order of the attached items', () => {
    const criteria = { meetingId: 'AAMkAGI2T', checklistItemIds: ['roads-b', 'roads-a', 'meeting-c'], attachedBy: 'oid-1', subject: 'Kick-off herinrichting Kerkebuurt', start: '2026-12-01T09:00:00Z' };
    const fields = meetingCriteriaToFields(criteria);
    expect(fieldProblems(MEETING_CRITERIA_LIST, fields, 'create')).toEqual([]);
    expect(fields.ChecklistItemIds).toBe('roads-b, roads-a, meeting-c');
    expect(meetingCriteriaFromFields(fields)).toEqual({ ok: true, value: criteria });
  });

  it('reads ids a coordinator typed on separate lines', () => {
    const read = meetingCriteriaFromFields({ MeetingId: 'm1', AttachedBy: 'o1', ChecklistItemIds: 'a\nb;  c,' });
    expect(read.ok && read.value.checklistItemIds).toEqual(['a', 'b', 'c']);
  });
});
