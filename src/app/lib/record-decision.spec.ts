import { acknowledgementProblems } from '../../domain/acknowledgement';
import { buildAcknowledgement, newAckKey, outcomeOf } from './record-decision';

const base = {
  subject: { checklistItemId: 'roads-reuse', checklistId: 'roads', productGroup: 'roads' as const },
  context: { contextType: 'procurement' as const, contextRef: 'doc:kabc', contextTitle: 'Bestek wegen' },
  staffAadId: 'oid-1',
  team: 'inkoop',
  contentVersion: '2026.11.0',
  appVersion: '1.0.0',
  now: new Date('2026-11-28T10:00:00Z'),
};

describe('recording a decision', () => {
  it('makes a valid acknowledgement from the tab with a fresh random key', () => {
    const ack = buildAcknowledgement({ ...base, input: { decision: 'applied' } });
    expect(acknowledgementProblems(ack)).toEqual([]);
    expect(ack).toMatchObject({ source: 'tab', decision: 'applied', contextRef: 'doc:kabc', team: 'inkoop', ackAt: '2026-11-28T10:00:00.000Z' });
    expect(ack.ackKey).toMatch(/^[0-9a-f]{32}$/);
    expect(buildAcknowledgement({ ...base, input: { decision: 'applied' } }).ackKey).not.toBe(ack.ackKey);
  });

  it('keeps a reason only where the decision asks for one', () => {
    expect(buildAcknowledgement({ ...base, input: { decision: 'not-applicable', reason: '  geen ruimte ' } }).reason).toBe('geen ruimte');
    expect(buildAcknowledgement({ ...base, input: { decision: 'applied', reason: 'x' } }).reason).toBeUndefined();
  });

  it('shortens an over-long context title to the list limit', () => {
    const ack = buildAcknowledgement({ ...base, context: { ...base.context, contextTitle: 'a'.repeat(400) }, input: { decision: 'later' } });
    expect(ack.contextTitle).toHaveLength(255);
    expect(acknowledgementProblems(ack)).toEqual([]);
  });

  it('makes keys without randomUUID too', () => {
    const key = newAckKey({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => a } as Pick<Crypto, 'getRandomValues'>);
    expect(key).toBe('0'.repeat(32));
  });

  it('tells saved from queued by the store’s answer', () => {
    const ack = buildAcknowledgement({ ...base, input: { decision: 'applied' } });
    expect(outcomeOf(ack, { written: [], alreadyPresent: [], queued: [ack.ackKey] }).status).toBe('queued');
    expect(outcomeOf(ack, { written: [ack.ackKey], alreadyPresent: [], queued: [] }).status).toBe('saved');
  });
});
