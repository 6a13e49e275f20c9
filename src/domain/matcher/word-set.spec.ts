import { WordSet } from './word-set';

describe('WordSet', () => {
  it('holds what a Set of its words holds, whatever the shape of the word asked', () => {
    const members = ['heeft', 'is', 'zijn', 'werd', 'ŝtelt', 'a'.repeat(40)];
    const set = new WordSet(members);
    const reference = new Set(members);
    for (const word of [...members, 'het', 'in', 'zijnde', 'werk', 'ŝtel', 'a'.repeat(39), 'h', 'zoekt', 'éé']) {
      expect(set.has(word)).toBe(reference.has(word));
    }
  });

  it('tells a non-member by its first letter and length', () => {
    const set = new WordSet(['heeft', 'is']);
    expect(set.has('heeft')).toBe(true);
    expect(set.has('hebben')).toBe(false);
    expect(set.has('de')).toBe(false);
  });
});
