import { AppendFailedError } from '../../storage/append-errors';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { AcknowledgementWriter, type RecordRequest } from './acknowledgement-writer';

const caller = { personId: '00000000-0000-4000-8000-000000000001', name: 'Sanne', team: 'inkoop', isCoordinator: false };
const request = (key: string): RecordRequest => ({
  idempotencyKey: key,
  subject: { checklistItemId: 'roads-recycled-asphalt', checklistId: 'roads', productGroup: 'roads' },
  decision: 'applied',
  context: { contextType: 'procurement', contextRef: 'doc-1' },
  source: 'tab',
  contentVersion: '2026.11.0',
});
const failure = (status: number, code: string, message: string) => ({ status, code, message, isTransient: status === 429 || status >= 500 });

describe('AcknowledgementWriter', () => {
  it('tells whoever runs the server of each distinct refusal by the list, and not of what may pass on a retry', async () => {
    const missingColumn = "Field 'DocumentVersion' is not recognized: the list lacks a column this version of the app writes; run `circular-choices lists provision` to add it (it changes nothing else)";
    const store = {
      append: async (acks: readonly Acknowledgement[]) => {
        throw new AppendFailedError({ written: [], alreadyPresent: [] }, [
          { ackKey: acks[0]!.ackKey, error: failure(400, 'invalidRequest', missingColumn) },
          { ackKey: acks[1]!.ackKey, error: failure(400, 'invalidRequest', missingColumn) },
          { ackKey: acks[2]!.ackKey, error: failure(503, 'serviceNotAvailable', 'try later') },
        ]);
      },
    };
    const refusals: unknown[] = [];
    const writer = new AcknowledgementWriter({ store, appVersion: '1.0.0', onRefused: (r) => refusals.push(r) });
    const result = await writer.record(caller, [request('k-000000001'), request('k-000000002'), request('k-000000003')]);

    expect(result.ok && result.failed.map((f) => [f.status, f.transient])).toEqual([[400, false], [400, false], [503, true]]);
    expect(refusals).toEqual([{ status: 400, code: 'invalidRequest', message: missingColumn }]);
  });

  it("takes a client's time of a decision only within the offline window: no choice filed under a past day of the client's choosing", () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const writer = new AcknowledgementWriter({ store: { append: async () => ({ written: [], alreadyPresent: [] }) }, appVersion: '1.0.0', now: () => now });
    const at = (iso: string) => writer.prepare(caller, [{ ...request('k-000000001'), at: new Date(iso) }]).acks[0]!.ackAt;
    // queued offline for a few days: kept
    expect(at('2026-11-30T08:00:00Z')).toBe('2026-11-30T08:00:00.000Z');
    // backdated a month (the audit's 2026-11-02), or into the future: the server's time
    expect(at('2026-11-02T10:00:00Z')).toBe(now.toISOString());
    expect(at('2026-12-05T10:00:00Z')).toBe(now.toISOString());
  });
});
