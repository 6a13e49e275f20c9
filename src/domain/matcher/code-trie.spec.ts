import { CodeTrie } from './code-trie';

/** the longest opening of `word` that the trie holds as a path, and the longest word it holds that opens `word` */
function walk(trie: CodeTrie, word: string): { path: number; word: number } {
  let node = 0;
  let path = 0;
  let longest = 0;
  while (path < word.length && (node = trie.child(node, word.charCodeAt(path))) !== 0) {
    path++;
    if (trie.endsWord(node)) longest = path;
  }
  return { path, word: longest };
}

describe('CodeTrie', () => {
  it('follows the openings of its words and knows where a word ends, beyond ASCII too', () => {
    const trie = new CodeTrie(['verharding', 'verhard', 'ver', 'groen', 'ŝtraat', 'straat']);
    expect(walk(trie, 'verhardingen')).toEqual({ path: 10, word: 10 });
    expect(walk(trie, 'verhuur')).toEqual({ path: 4, word: 3 });
    expect(walk(trie, 'groenonderhoud')).toEqual({ path: 5, word: 5 });
    expect(walk(trie, 'ŝtraatje')).toEqual({ path: 6, word: 6 });
    expect(walk(trie, 'asfalt')).toEqual({ path: 0, word: 0 });
  });

  it('holds many words (it grows)', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const trie = new CodeTrie(words);
    for (const word of words) expect(walk(trie, word)).toEqual({ path: word.length, word: word.length });
    expect(walk(trie, 'w0y')).toEqual({ path: 2, word: 0 });
  });
});
