import { StretchMap } from './stretch-map';

describe('StretchMap', () => {
  it('finds a word by a stretch of a longer word, as a Map finds it by the string', () => {
    const map = new StretchMap<number>();
    map.set('verharding', 1);
    map.set('weg', 2);
    expect(map.get('elementenverharding', 9, 19)).toBe(1);
    expect(map.get('wegpandverharding', 0, 3)).toBe(2);
    expect(map.get('wegpandverharding', 0, 4)).toBeUndefined();
    expect(map.get('verhardingen', 0, 12)).toBeUndefined();
    expect(map.get('weg')).toBe(2);
    map.set('weg', 3);
    expect(map.get('kruisweg', 5, 8)).toBe(3);
    expect(map.size).toBe(2);
  });

  it('holds many words (it grows) and starts afresh when cleared', () => {
    const map = new StretchMap<number>();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}ŝ${(i * 7919).toString(36)}`);
    words.forEach((word, i) => map.set(word, i));
    words.forEach((word, i) => expect(map.get(`xx${word}yy`, 2, word.length + 2)).toBe(i));
    expect(map.size).toBe(5000);
    map.clear();
    expect(map.get(words[0]!)).toBeUndefined();
    expect(map.size).toBe(0);
  });
});
