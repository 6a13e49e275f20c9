import { buildAcknowledgement } from '../../../lib/record-decision';
import { decisionHistory } from './decision-history';

const ack = (item: string, decision: 'applied' | 'later' | 'not-applicable', at: string, contextRef = 'doc:1') =>
  buildAcknowledgement({
    subject: { checklistItemId: item, checklistId: 'roads' },
    context: { contextType: 'procurement', contextRef, contextTitle: `Bestek ${contextRef}` },
    input: { decision, reason: decision === 'not-applicable' ? 'geen asfalt' : undefined },
    staffAadId: 'oid',
    contentVersion: '1',
    appVersion: '1',
    now: new Date(at),
  });

describe('decisionHistory', () => {
  const acks = [
    ack('roads-reuse', 'later', '2026-11-01T10:00:00Z'),
    ack('roads-reuse', 'applied', '2026-11-02T10:00:00Z'),
    ack('roads-reuse', 'not-applicable', '2026-11-03T10:00:00Z', 'doc:2'),
    ack('roads-mki', 'later', '2026-11-01T09:00:00Z'),
  ];
  const text = (id: string) => (id === 'roads-mki' ? 'MKI-plafond' : 'Hergebruik klinkers');

  it('lists newest first and marks a decision replaced by a later one in the same context', () => {
    const history = decisionHistory(acks, {}, text);
    expect(history.map((h) => [h.ack.checklistItemId, h.ack.decision, h.superseded])).toEqual([
      ['roads-reuse', 'not-applicable', false],
      ['roads-reuse', 'applied', false],
      ['roads-reuse', 'later', true],
      ['roads-mki', 'later', false],
    ]);
  });

  it('filters by decision, by words in the criterion, title or reason, and to the latest only', () => {
    expect(decisionHistory(acks, { decision: 'later' }, text)).toHaveLength(2);
    expect(decisionHistory(acks, { search: 'mki' }, text).map((h) => h.ack.checklistItemId)).toEqual(['roads-mki']);
    expect(decisionHistory(acks, { search: 'geen asfalt' }, text)).toHaveLength(1);
    expect(decisionHistory(acks, { latestOnly: true, decision: 'later' }, text).map((h) => h.ack.checklistItemId)).toEqual(['roads-mki']);
  });
});
