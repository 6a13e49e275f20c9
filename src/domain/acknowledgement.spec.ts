import { ACKNOWLEDGEMENT_LIMITS, acknowledgementOf, acknowledgementProblems, type AcknowledgementInput } from './acknowledgement';

const input = (over: Partial<AcknowledgementInput> = {}): AcknowledgementInput => ({
  ackKey: 'k0123456789',
  subject: { checklistItemId: 'roads-reuse', checklistId: 'roads', productGroup: 'roads' },
  decision: 'applied',
  context: { contextType: 'procurement', contextRef: 'doc-1', contextTitle: 'Bestek Dorpsstraat' },
  source: 'tab',
  staffAadId: '00000000-0000-4000-8000-000000000001',
  team: 'inkoop',
  contentVersion: '1',
  appVersion: '0.1.0',
  at: new Date('2026-03-01T10:00:00Z'),
  ...over,
});

describe('the one acknowledgement builder', () => {
  it('makes a storable acknowledgement from its inputs', () => {
    const ack = acknowledgementOf(input());
    expect(ack).toEqual({
      ackKey: 'k0123456789',
      checklistItemId: 'roads-reuse',
      checklistId: 'roads',
      productGroup: 'roads',
      decision: 'applied',
      contextType: 'procurement',
      contextRef: 'doc-1',
      contextTitle: 'Bestek Dorpsstraat',
      source: 'tab',
      staffAadId: '00000000-0000-4000-8000-000000000001',
      team: 'inkoop',
      contentVersion: '1',
      appVersion: '0.1.0',
      ackAt: '2026-03-01T10:00:00.000Z',
    });
    expect(acknowledgementProblems(ack)).toEqual([]);
  });

  it('keeps a trimmed reason only where the decision asks for one', () => {
    expect(acknowledgementOf(input({ decision: 'not-applicable', reason: '  geen budget ' })).reason).toBe('geen budget');
    expect(acknowledgementOf(input({ decision: 'applied', reason: 'mooi' })).reason).toBeUndefined();
  });

  it('shortens a long title to the column with an ellipsis, and leaves empty values out', () => {
    const ack = acknowledgementOf(input({ context: { contextType: 'meeting', contextRef: 'm-1', contextTitle: 'x'.repeat(400) }, team: ' ' }));
    expect(ack.contextTitle).toHaveLength(ACKNOWLEDGEMENT_LIMITS.titleMax);
    expect(ack.contextTitle!.endsWith('…')).toBe(true);
    expect('team' in ack).toBe(false);
  });

  it('builds a decision on a programme action without an item', () => {
    const ack = acknowledgementOf(input({ subject: { actionId: 'a-1' } }));
    expect([ack.checklistItemId, ack.actionId]).toEqual(['', 'a-1']);
    expect(acknowledgementProblems(ack)).toEqual([]);
  });

  it('leaves judging to acknowledgementProblems: a reason over the limit is refused, not cut', () => {
    const ack = acknowledgementOf(input({ decision: 'considered', reason: 'x'.repeat(ACKNOWLEDGEMENT_LIMITS.reasonMax + 1) }));
    expect(acknowledgementProblems(ack).map((p) => p.field)).toEqual(['reason']);
    expect(acknowledgementProblems(acknowledgementOf(input({ ackKey: 'short' }))).map((p) => p.field)).toEqual(['ackKey']);
  });
});
