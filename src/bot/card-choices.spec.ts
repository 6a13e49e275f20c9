import type { Acknowledgement } from '../domain/acknowledgement';
import { cardChoices } from './card-choices';

const ME = '6F1C0000-0000-4000-8000-0000000000AA';

function ack(staffAadId: string, checklistItemId: string, decision: Acknowledgement['decision'], ackAt: string, reason?: string): Acknowledgement {
  return {
    ackKey: `${staffAadId}-${checklistItemId}-${ackAt}`,
    checklistItemId,
    checklistId: 'roads',
    decision,
    ...(reason ? { reason } : {}),
    contextType: 'message',
    contextRef: 'teams:chat:msg',
    source: 'message-extension',
    staffAadId,
    contentVersion: '1',
    appVersion: '1',
    ackAt,
  };
}

const other = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const query = { personId: ME, targetIds: new Set(['roads-a', 'roads-b']), minOthers: 3 };

describe("what a card may show of the choices in its context", () => {
  it("is the person's own latest choice per item on the card, whatever the case of their id", () => {
    const rows = [
      ack(ME.toLowerCase(), 'roads-a', 'later', '2026-01-01T00:00:00Z'),
      ack(ME, 'roads-a', 'not-applicable', '2026-01-02T00:00:00Z', 'Geen asfalt'),
      ack(ME, 'roads-c', 'applied', '2026-01-02T00:00:00Z'), // not on the card
      ack(ME, 'roads-b', 'attached', '2026-01-02T00:00:00Z'), // no choice
      ack(other(1), 'roads-b', 'applied', '2026-01-03T00:00:00Z', 'van een ander'),
    ];
    expect(cardChoices(rows, query)).toEqual({ own: [{ targetId: 'roads-a', decision: 'not-applicable', reason: 'Geen asfalt' }] });
  });

  it('counts the other people who chose anywhere in the context, only from the minimum up', () => {
    const rows = [ack(ME, 'roads-a', 'applied', '2026-01-01T00:00:00Z'), ack(other(1), 'roads-z', 'applied', '2026-01-01T00:00:00Z'), ack(other(1), 'roads-a', 'later', '2026-01-02T00:00:00Z'), ack(other(2), 'roads-a', 'later', '2026-01-02T00:00:00Z'), ack(other(3), 'roads-a', 'attached', '2026-01-02T00:00:00Z')];
    expect(cardChoices(rows, query).othersWhoChose).toBeUndefined();
    const more = [...rows, ack(other(3).toUpperCase(), 'roads-b', 'considered', '2026-01-03T00:00:00Z', 'x')];
    expect(cardChoices(more, query)).toEqual({ own: [{ targetId: 'roads-a', decision: 'applied' }], othersWhoChose: 3 });
  });

  it('shows someone the card cannot identify nothing as their own', () => {
    const rows = [ack(ME, 'roads-a', 'applied', '2026-01-01T00:00:00Z'), ack('', 'roads-a', 'applied', '2026-01-01T00:00:00Z')];
    expect(cardChoices(rows, { ...query, personId: undefined, minOthers: 1 })).toEqual({ own: [], othersWhoChose: 1 });
  });
});
