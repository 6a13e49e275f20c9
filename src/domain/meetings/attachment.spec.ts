import { acknowledgementProblems } from '../acknowledgement';
import type { ContentLookup } from '../content/lookup';
import type { Checklist, ChecklistItem } from '../content/model';
import { attachmentOf, CriteriaOwnedByAnotherError, ownsMeetingCriteria, type AttachInput } from './attachment';

// a lookup of two road criteria and one practice criterion, as the content pack would answer it
const roads = { id: 'roads', productGroup: 'roads' } as Checklist;
const practice = { id: 'practice-meeting' } as Checklist;
const ITEMS: Record<string, { item: ChecklistItem; checklist: Checklist }> = {
  'roads-reuse': { item: { id: 'roads-reuse' } as ChecklistItem, checklist: roads },
  'roads-mki': { item: { id: 'roads-mki' } as ChecklistItem, checklist: roads },
  'meeting-agenda': { item: { id: 'meeting-agenda' } as ChecklistItem, checklist: practice },
};
const lookup: Pick<ContentLookup, 'item'> = { item: (id) => ITEMS[id] };
const first = ITEMS['roads-reuse']!.item;
const second = ITEMS['roads-mki']!.item;

const input = (over: Partial<AttachInput> = {}): AttachInput => ({
  meetingId: 'meeting-1',
  subject: 'Kick-off Dorpsstraat',
  checklistItemIds: [first!.id, second!.id],
  staffAadId: '00000000-0000-4000-8000-000000000001',
  source: 'meeting',
  contentVersion: '1',
  appVersion: '0.1.0',
  now: new Date('2025-03-01T10:00:00Z'),
  ...over,
});

describe('attaching criteria to a meeting', () => {
  it('makes the list row and one valid attached acknowledgement per item', () => {
    const { criteria, acknowledgements } = attachmentOf(input({ start: '2025-03-04T09:00:00Z' }), lookup);
    expect(criteria).toEqual({ meetingId: 'meeting-1', checklistItemIds: [first!.id, second!.id], attachedBy: input().staffAadId, subject: 'Kick-off Dorpsstraat', start: '2025-03-04T09:00:00Z' });
    expect(acknowledgements.map((a) => [a.checklistItemId, a.decision, a.contextType, a.contextRef, a.source, a.productGroup])).toEqual([
      [first!.id, 'attached', 'meeting', 'meeting-1', 'meeting', 'roads'],
      [second!.id, 'attached', 'meeting', 'meeting-1', 'meeting', 'roads'],
    ]);
    for (const ack of acknowledgements) expect(acknowledgementProblems(ack)).toEqual([]);
  });

  it('gives the same keys on a retry, so the list never gets the attach twice', () => {
    const a = attachmentOf(input(), lookup).acknowledgements.map((x) => x.ackKey);
    const b = attachmentOf(input({ now: new Date('2025-03-02T00:00:00Z') }), lookup).acknowledgements.map((x) => x.ackKey);
    expect(b).toEqual(a);
    const other = attachmentOf(input({ meetingId: 'meeting-2' }), lookup).acknowledgements.map((x) => x.ackKey);
    expect(other).not.toEqual(a);
  });

  it('acknowledges only items that were not attached before', () => {
    const previous = attachmentOf(input({ checklistItemIds: [first!.id] }), lookup).criteria;
    const { criteria, acknowledgements } = attachmentOf(input({ previous, source: 'outlook' }), lookup);
    expect(criteria.checklistItemIds).toEqual([first!.id, second!.id]);
    expect(acknowledgements.map((a) => [a.checklistItemId, a.source])).toEqual([[second!.id, 'outlook']]);
  });

  it('leaves out the product group of a practice criterion', () => {
    const [ack] = attachmentOf(input({ checklistItemIds: ['meeting-agenda'] }), lookup).acknowledgements;
    expect(ack).toMatchObject({ checklistId: 'practice-meeting', decision: 'attached' });
    expect(ack!.productGroup).toBeUndefined();
  });

  it('refuses no criteria, unknown criteria and a missing meeting id with a clear message', () => {
    expect(() => attachmentOf(input({ checklistItemIds: [] }), lookup)).toThrow('choose at least one criterion');
    expect(() => attachmentOf(input({ checklistItemIds: ['no-such-item'] }), lookup)).toThrow('unknown criteria: no-such-item');
    expect(() => attachmentOf(input({ meetingId: '  ' }), lookup)).toThrow('a meeting id is required');
  });

  describe('by someone other than the person who attached first', () => {
    const SANNE = '00000000-0000-4000-8000-000000000001';
    const JORIS = '00000000-0000-4000-8000-000000000002';
    const sannes = attachmentOf(input({ staffAadId: SANNE, start: '2025-03-04T09:00:00Z' }), lookup).criteria;

    it('refuses leaving out criteria attached before, and names them', () => {
      const attempt = () => attachmentOf(input({ staffAadId: JORIS, previous: sannes, subject: '(vervangen)', checklistItemIds: ['meeting-agenda'] }), lookup);
      expect(attempt).toThrow(CriteriaOwnedByAnotherError);
      expect(attempt).toThrow(/roads-reuse, roads-mki/);
    });

    it('adds to them, keeping the owner, subject and start; only the added one is acknowledged, as the person who added it', () => {
      const { criteria, acknowledgements } = attachmentOf(
        input({ staffAadId: JORIS, previous: sannes, subject: '(vervangen)', start: '2030-01-01T00:00:00Z', checklistItemIds: ['meeting-agenda', first!.id, second!.id] }),
        lookup,
      );
      expect(criteria).toEqual({ ...sannes, checklistItemIds: [first!.id, second!.id, 'meeting-agenda'] });
      expect(acknowledgements.map((a) => [a.checklistItemId, a.staffAadId, a.contextTitle])).toEqual([['meeting-agenda', JORIS, 'Kick-off Dorpsstraat']]);
    });

    it('keeps a criterion the content no longer has, which nobody can choose again', () => {
      const stale = { ...sannes, checklistItemIds: ['withdrawn-item', first!.id] };
      expect(attachmentOf(input({ staffAadId: JORIS, previous: stale, checklistItemIds: [first!.id, second!.id] }), lookup).criteria.checklistItemIds).toEqual([
        'withdrawn-item',
        first!.id,
        second!.id,
      ]);
      expect(() => attachmentOf(input({ staffAadId: JORIS, checklistItemIds: ['withdrawn-item'] }), lookup)).toThrow('unknown criteria: withdrawn-item');
    });

    it('lets the owner remove criteria and change the subject (the owner’s id in any case)', () => {
      const { criteria } = attachmentOf(input({ staffAadId: SANNE.toUpperCase(), previous: sannes, subject: 'Kick-off, verzet', checklistItemIds: [second!.id] }), lookup);
      expect(criteria).toMatchObject({ checklistItemIds: [second!.id], subject: 'Kick-off, verzet', attachedBy: SANNE });
      expect(ownsMeetingCriteria(sannes, SANNE.toUpperCase())).toBe(true);
      expect(ownsMeetingCriteria(sannes, JORIS)).toBe(false);
      expect(ownsMeetingCriteria(undefined, JORIS)).toBe(true);
    });
  });
});
