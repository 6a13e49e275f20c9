import type { Acknowledgement } from './acknowledgement';
import { openLaterItems } from './open-later';

const ME = 'AAAAAAAA-0000-4000-8000-000000000001';
let n = 0;
const ack = (over: Partial<Acknowledgement>): Acknowledgement => ({
  ackKey: `k${String(++n).padStart(8, '0')}`,
  checklistItemId: 'roads-a',
  checklistId: 'roads',
  decision: 'later',
  contextType: 'procurement',
  contextRef: 'doc-1',
  source: 'tab',
  staffAadId: ME.toLowerCase(),
  contentVersion: '1',
  appVersion: '1',
  ackAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('openLaterItems', () => {
  it('lists what is still put aside per document, newest first, and drops what was decided since', () => {
    const items = openLaterItems(
      [
        ack({ checklistItemId: 'roads-a', ackAt: '2026-11-01T10:00:00.000Z' }),
        ack({ checklistItemId: 'roads-a', decision: 'applied', ackAt: '2026-11-02T10:00:00.000Z' }),
        ack({ checklistItemId: 'roads-b', ackAt: '2026-11-03T10:00:00.000Z', contextTitle: 'Bestek' }),
        ack({ checklistItemId: 'roads-b', contextRef: 'doc-2', ackAt: '2026-11-04T10:00:00.000Z' }),
        ack({ checklistItemId: 'roads-c', decision: 'attached', contextType: 'meeting', contextRef: 'm-1', ackAt: '2026-11-05T10:00:00.000Z' }),
        ack({ checklistItemId: 'roads-d', staffAadId: 'someone-else' }),
        ack({ checklistItemId: '', actionId: 'an-action' }),
      ],
      ME,
    );
    expect(items.map((i) => [i.itemId, i.contextRef])).toEqual([
      ['roads-b', 'doc-2'],
      ['roads-b', 'doc-1'],
    ]);
    expect(items[1]).toMatchObject({ contextTitle: 'Bestek', contextType: 'procurement', checklistId: 'roads' });
  });

  it("keeps an item open when 'later' was chosen again after attaching it to a meeting", () => {
    const items = openLaterItems([ack({ contextRef: 'm-1', contextType: 'meeting', decision: 'later', ackAt: '2026-11-02T00:00:00.000Z' }), ack({ contextRef: 'm-1', contextType: 'meeting', decision: 'attached', ackAt: '2026-11-03T00:00:00.000Z' })], ME);
    expect(items.map((i) => i.contextRef)).toEqual(['m-1']);
  });
});
