import { contentLookup } from '../../domain/content/lookup';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { AttachedMeanwhileError, type MeetingCriteriaStore } from '../../storage/ports';
import { bundledPack } from '../../../test/support/bundled-pack';
import type { AcknowledgementWriter } from './acknowledgement-writer';
import { MeetingCriteriaAttacher, type AttachCriteriaRequest } from './meeting-criteria-attacher';

const SANNE = { personId: 'oid-sanne', name: 'Sanne', isCoordinator: false };
const JORIS = { personId: 'oid-joris', name: 'Joris', isCoordinator: false };
const [A, B, C] = ['roads-limit-paved-area', 'roads-mki-ceiling-design', 'roads-co2-performance-ladder'];
const writer: Pick<AcknowledgementWriter, 'record'> = {
  record: async (_caller, requests) => ({ ok: true, recorded: requests.map((r) => ({ idempotencyKey: r.idempotencyKey, ackKey: r.idempotencyKey, status: 'written' as const })), failed: [], acknowledgements: [] }),
};
const request = (itemIds: string[], subject = 'Kick-off'): AttachCriteriaRequest => ({ meetingId: 'm-1', subject, checklistItemIds: itemIds, source: 'meeting', contentVersion: '1' });

describe('attaching criteria while someone else attaches the first ones', () => {
  it('adds to the row that appeared, never replaces it unseen', async () => {
    const sannes: MeetingCriteria = { meetingId: 'm-1', checklistItemIds: [A, B], attachedBy: SANNE.personId, subject: 'Kick-off' };
    let row: MeetingCriteria | undefined;
    let reads = 0;
    const store: MeetingCriteriaStore = {
      // Joris reads before Sanne's row is there; it is there by the time he writes
      get: async () => (reads++ === 0 ? undefined : row),
      save: async (criteria, options) => {
        if (options?.asNew && !row) {
          row = sannes;
          throw new AttachedMeanwhileError('a moment ago');
        }
        row = criteria;
      },
    };
    const attacher = new MeetingCriteriaAttacher({ store, writer, lookup: contentLookup(bundledPack()) });
    const result = await attacher.attach(JORIS, request([C], '(vervangen)'));
    expect(result).toMatchObject({ outcome: 'saved' });
    expect(row).toEqual({ ...sannes, checklistItemIds: [A, B, C] });
  });
});
