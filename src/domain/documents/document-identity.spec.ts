import { acknowledgementOf, acknowledgementProblems, type Acknowledgement } from '../acknowledgement';
import type { Decision } from '../taxonomy';
import { documentRecords, driveItemDocumentId } from './document-identity';

let n = 0;
function choice(item: string, decision: Decision, at: string, context: { ref: string; title?: string; version?: number }): Acknowledgement {
  return acknowledgementOf({
    ackKey: `key-${String(++n).padStart(6, '0')}`,
    subject: { checklistItemId: item, checklistId: 'roads' },
    decision,
    reason: decision === 'not-applicable' ? 'geen klinkers' : undefined,
    context: { contextType: 'procurement', contextRef: context.ref, contextTitle: context.title, documentVersion: context.version },
    source: 'tab',
    staffAadId: 'person',
    contentVersion: '1',
    appVersion: '1',
    at: new Date(at),
  });
}

describe('documents of a person’s choices', () => {
  const acks = [
    choice('roads-a', 'later', '2026-11-01T10:00:00Z', { ref: 'doc:bestek', title: 'Bestek wegen', version: 1 }),
    choice('roads-b', 'applied', '2026-11-01T10:01:00Z', { ref: 'doc:bestek', title: 'Bestek wegen', version: 1 }),
    choice('roads-a', 'applied', '2026-11-20T09:00:00Z', { ref: 'doc:bestek', title: 'Bestek wegen Overhees', version: 2 }),
    choice('roads-a', 'not-applicable', '2026-11-10T09:00:00Z', { ref: 'doc:old', title: 'Oud bestek' }),
  ];

  it('groups choices by document, the newest first, with the newest title and every version', () => {
    const [bestek, old] = documentRecords(acks);
    expect(bestek!.summary).toMatchObject({
      id: 'doc:bestek',
      title: 'Bestek wegen Overhees',
      versions: [1, 2],
      latestVersion: 2,
      choiceCount: 3,
      firstAt: '2026-11-01T10:00:00.000Z',
      lastAt: '2026-11-20T09:00:00.000Z',
      current: { applied: 2 },
    });
    expect(bestek!.latest.map((a) => [a.checklistItemId, a.decision])).toEqual([
      ['roads-a', 'applied'],
      ['roads-b', 'applied'],
    ]);
    // a document checked before versions were kept counts as its first version
    expect(old!.summary).toMatchObject({ id: 'doc:old', versions: [], latestVersion: 1, current: { 'not-applicable': 1 } });
  });

  it('names a drive item the same way wherever it was picked', () => {
    expect(driveItemDocumentId(' b!drive ', '01ITEM')).toBe('sp:b!drive/01ITEM');
  });

  it('accepts a choice with or without a version, and refuses a version that is not a whole number from 1', () => {
    expect(acknowledgementProblems(acks[0]!)).toEqual([]);
    expect(acknowledgementProblems(acks[3]!)).toEqual([]);
    for (const documentVersion of [0, 1.5, 10_001]) {
      expect(acknowledgementProblems({ ...acks[0]!, documentVersion }).map((p) => p.field)).toEqual(['documentVersion']);
    }
  });
});
