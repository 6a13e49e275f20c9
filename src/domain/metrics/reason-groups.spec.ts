import { reasonKey, ReasonTally } from './reason-groups';

describe('reasonKey', () => {
  it('sets aside case, accents, punctuation and spacing', () => {
    expect(reasonKey('Geen budget!')).toBe('geen budget');
    expect(reasonKey('  geen   BUDGET. ')).toBe('geen budget');
    expect(reasonKey('Niet relevant voor één product')).toBe(reasonKey('niet relevant voor een product'));
  });

  it('sets aside filler words but keeps negations', () => {
    expect(reasonKey('Er is geen budget')).toBe('geen budget');
    expect(reasonKey('Omdat er geen budget is')).toBe('geen budget');
    expect(reasonKey('The market is not ready')).toBe('market not ready');
    expect(reasonKey('budget')).not.toBe(reasonKey('geen budget'));
  });

  it('keeps word order: different sentences stay different', () => {
    expect(reasonKey('markt niet klaar')).not.toBe(reasonKey('niet klaar markt'));
  });

  it('keeps a reason of filler words only as it is', () => {
    expect(reasonKey('Dat is het')).toBe('dat is het');
  });
});

describe('ReasonTally', () => {
  it('ranks nothing when no reason was given', () => {
    const tally = new ReasonTally();
    tally.add(undefined);
    tally.add('   ');
    expect(tally.rank(10)).toEqual({ groups: [], total: 0, otherCount: 0, distinctGroups: 0 });
  });

  it('groups near-identical wordings under the most given one', () => {
    const tally = new ReasonTally();
    for (const r of ['Geen budget', 'geen budget.', 'Geen budget', 'Er is geen budget', 'Markt is er niet klaar voor', 'Markt niet klaar']) {
      tally.add(r);
    }
    const ranking = tally.rank(10);
    // 4 budget reasons in 3 wordings; 2 market reasons in 2 wordings
    expect(ranking.groups).toEqual([
      { key: 'geen budget', label: 'Geen budget', count: 4, variants: 3 },
      { key: 'markt niet klaar', label: 'Markt is er niet klaar voor', count: 2, variants: 2 },
    ]);
    expect(ranking.total).toBe(6);
    expect(ranking.otherCount).toBe(0);
  });

  it('reports what lies beyond the top', () => {
    const tally = new ReasonTally();
    for (const r of ['a1', 'a1', 'a1', 'b2', 'b2', 'c3']) tally.add(r);
    expect(tally.rank(1)).toEqual({ groups: [{ key: 'a1', label: 'a1', count: 3, variants: 1 }], total: 6, otherCount: 3, distinctGroups: 3 });
  });
});
