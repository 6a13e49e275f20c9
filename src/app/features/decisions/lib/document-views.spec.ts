import { acknowledgementOf } from '../../../../domain/acknowledgement';
import { documentRecords } from '../../../../domain/documents';
import type { Decision } from '../../../../domain/taxonomy';
import { documentViews } from './document-views';

const choice = (item: string, decision: Decision, at: string, ref: string, title: string) =>
  acknowledgementOf({
    ackKey: `k-${item}-${at.replace(/\D/g, '')}`,
    subject: { checklistItemId: item, checklistId: 'roads' },
    decision,
    reason: decision === 'not-applicable' ? 'geen asfalt in dit perceel' : undefined,
    context: { contextType: 'procurement', contextRef: ref, contextTitle: title },
    source: 'tab',
    staffAadId: 'me',
    contentVersion: '1',
    appVersion: '1',
    at: new Date(at),
  });

const records = documentRecords([
  choice('roads-asphalt', 'later', '2026-11-01T10:00:00Z', 'doc:a', 'Bestek wegen'),
  choice('roads-asphalt', 'not-applicable', '2026-11-03T10:00:00Z', 'doc:a', 'Bestek wegen'),
  choice('roads-paving', 'later', '2026-11-02T10:00:00Z', 'doc:a', 'Bestek wegen'),
  choice('furniture-reuse', 'applied', '2026-11-04T10:00:00Z', 'doc:b', 'Meubilair gemeentehuis'),
]);
const texts: Record<string, string> = { 'roads-asphalt': 'Hergebruik van asfalt', 'roads-paving': 'Klinkers hergebruiken', 'furniture-reuse': 'Gerefurbished meubilair' };
const itemText = (id: string) => texts[id];

describe('my choices as documents', () => {
  it('shows each document with its newest choice per criterion, the newest document first', () => {
    const views = documentViews(records, {}, itemText);
    expect(views.map((v) => [v.record.summary.id, v.shown.map((a) => `${a.checklistItemId}:${a.decision}`)])).toEqual([
      ['doc:b', ['furniture-reuse:applied']],
      ['doc:a', ['roads-asphalt:not-applicable', 'roads-paving:later']],
    ]);
  });

  it('filters by the current choice: a criterion decided since is no longer open', () => {
    expect(documentViews(records, { decision: 'later' }, itemText).map((v) => v.shown.map((a) => a.checklistItemId))).toEqual([['roads-paving']]);
  });

  it('finds a document by its title and choices by criterion or reason', () => {
    expect(documentViews(records, { search: 'gemeentehuis' }, itemText).map((v) => v.record.summary.id)).toEqual(['doc:b']);
    expect(documentViews(records, { search: 'klinkers' }, itemText).map((v) => v.shown.map((a) => a.checklistItemId))).toEqual([['roads-paving']]);
    expect(documentViews(records, { search: 'perceel' }, itemText).map((v) => v.shown.map((a) => a.checklistItemId))).toEqual([['roads-asphalt']]);
    expect(documentViews(records, { search: 'glas' }, itemText)).toEqual([]);
  });
});
