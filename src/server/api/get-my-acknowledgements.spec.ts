import { acknowledgementOf, type Acknowledgement } from '../../domain/acknowledgement';
import { MyDecisionsReads, NEXT_PAGES_REUSE_MS } from './get-my-acknowledgements';

const ack = (n: number): Acknowledgement =>
  acknowledgementOf({
    ackKey: `key-${String(n).padStart(5, '0')}`,
    subject: { checklistItemId: 'roads-reuse', checklistId: 'roads' },
    decision: 'applied',
    context: { contextType: 'procurement', contextRef: 'doc-1' },
    source: 'tab',
    staffAadId: 'me',
    contentVersion: '1',
    appVersion: '1',
    at: new Date(Date.UTC(2026, 10, 1, 9, n)),
  });

describe('a person paging through their decisions', () => {
  it('reads the list for the first page and reuses that read for the pages after it, for a minute', async () => {
    const rows = [ack(1), ack(3), ack(2)];
    let clock = 0;
    const forStaff = jest.fn(async () => rows);
    const reads = new MyDecisionsReads({ forStaff }, () => clock);

    expect((await reads.sorted('me', false)).map((a) => a.ackKey)).toEqual(['key-00003', 'key-00002', 'key-00001']);
    await reads.sorted('me', true);
    expect(forStaff).toHaveBeenCalledTimes(1);

    // a new first page reads again, so a decision just made is on it
    rows.push(ack(4));
    expect((await reads.sorted('me', false))[0]!.ackKey).toBe('key-00004');
    expect(forStaff).toHaveBeenCalledTimes(2);

    clock += NEXT_PAGES_REUSE_MS + 1;
    await reads.sorted('me', true);
    expect(forStaff).toHaveBeenCalledTimes(3);
  });

  it('keeps each person’s read apart', async () => {
    const forStaff = jest.fn(async (person: string) => (person === 'me' ? [ack(1)] : [ack(2), ack(3)]));
    const reads = new MyDecisionsReads({ forStaff });
    await reads.sorted('me', false);
    expect(await reads.sorted('other', true)).toHaveLength(2);
    expect(await reads.sorted('me', true)).toHaveLength(1);
    expect(forStaff).toHaveBeenCalledTimes(2);
  });
});
