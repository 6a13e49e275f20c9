// A text made to be as expensive as possible for the matcher: distinct made-up compounds of short
// known parts ("wegpandboomhekpaalheden"), so that no cached analysis helps and the splitter tries
// every word it may split. Seeded: the same text for the same seed.
//
// Its shape is the one that costs most per character of tokenising, measured against the others
// (issue 11, with the splitter's one cached look-up per stretch): compounds ending in "heden" (no
// known head, so every head position is tried and stemmed, and "heden" takes the Dutch stemmer's
// longest path) cost about 18 to 20 times tokenising at 24 letters, more than the same words ending
// in a trigger ("verharding": about 14 to 15), its plural ("verhardingen"), "bomen" or "palen",
// a mix of trigger heads, and more than "heden" compounds of 16, 20, 30 or 44 letters, or 200
// distinct words repeated. Measure again when the matcher changes.
import { random } from '../bench/generated-tender';

/** short parts the bundled pack knows (triggers and common compound parts) */
const SHORT_PARTS = ['weg', 'werk', 'plan', 'team', 'wijk', 'pand', 'boom', 'bos', 'hek', 'paal', 'dak', 'glas', 'muur', 'tuin', 'aap', 'pop'];
/** the ending that costs most (see above); `head` of hostileText takes another */
export const HOSTILE_HEAD = 'heden';
/** the word length that costs the matcher most per character (see above) */
export const HOSTILE_WORD_LETTERS = 24;

export function hostileText(chars: number, seed = 11, letters = HOSTILE_WORD_LETTERS, head = HOSTILE_HEAD): string {
  const next = random(seed);
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    let body = '';
    while (body.length < letters - head.length) body += SHORT_PARTS[Math.floor(next() * SHORT_PARTS.length)];
    const word = body.slice(0, letters - head.length) + head;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars);
}
