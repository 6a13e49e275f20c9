import { ACKNOWLEDGEMENT_LIMITS, acknowledgementOf, acknowledgementProblems, countedAcknowledgementProblems, type Acknowledgement, type AcknowledgementInput } from './acknowledgement';

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

describe('the rules for the counted fields alone (the metrics copy reads only those)', () => {
  const broken: [string, Partial<Acknowledgement>][] = [
    ['a short key', { ackKey: 'short' }],
    ['no item and no action', { checklistItemId: '' }],
    ['an unknown decision', { decision: 'maybe' as never }],
    ['an unknown context type', { contextType: 'letter' as never }],
    ['a product group that is no id', { productGroup: 'Wegen!' as never }],
    ['no reason where one is needed', { decision: 'not-applicable', reason: ' ' }],
    ['a reason over the limit', { decision: 'considered', reason: 'x'.repeat(ACKNOWLEDGEMENT_LIMITS.reasonMax + 1) }],
    ['no context', { contextRef: '' }],
    ['no person', { staffAadId: '' }],
    ['no time', { ackAt: 'gisteren' }],
  ];
  it.each(broken)('finds the same problem as the whole check: %s', (_, change) => {
    const ack = { ...acknowledgementOf(input()), ...change };
    const whole = acknowledgementProblems(ack);
    expect(whole).not.toEqual([]);
    expect(countedAcknowledgementProblems(ack)).toEqual(whole);
  });

  it('leaves the fields the figures do not count to the whole check', () => {
    const ack = { ...acknowledgementOf(input()), source: 'fax' as never, contextTitle: 'x'.repeat(300), documentVersion: 0 };
    expect(acknowledgementProblems(ack).map((p) => p.field)).toEqual(['source', 'contextTitle', 'documentVersion']);
    expect(countedAcknowledgementProblems(ack)).toEqual([]);
  });
});
