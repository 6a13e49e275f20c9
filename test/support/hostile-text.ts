// A text made to be as expensive as possible for the matcher: distinct made-up compounds of short
// known parts ("wegpandboomhekverharding"), so that no cached analysis helps and the splitter takes
// apart every word it may split. Seeded: the same text for the same seed.
//
// Its shape is the one that costs most per character of tokenising, measured against the others
// (issue 11, 3 December 2026, after the splitter stopped stemming stretches whose suffixes cannot
// reach a known stem and words went unstemmed where no stem they could have is looked up):
// 24-letter compounds ending in a trigger ("verharding": the head is found, so the first parts are
// split stretch by stretch, and -ing is the English steps' longest path) cost about 12 to 13 times
// tokenising, more than their plural "verhardingen" (about 12), "bomen" or "palen" (about 10), a mix
// of heads (about 11), "heden", the ending that cost most before (8 to 9 at 16 to 30 letters), and
// more than "verharding" compounds of 16, 30 or 44 letters, or 200 distinct words repeated. Measure
// again when the matcher changes.
import { random } from '../bench/generated-tender';

/** short parts the bundled pack knows (triggers and common compound parts) */
const SHORT_PARTS = ['weg', 'werk', 'plan', 'team', 'wijk', 'pand', 'boom', 'bos', 'hek', 'paal', 'dak', 'glas', 'muur', 'tuin', 'aap', 'pop'];
/** the ending that costs most (see above); `head` of hostileText takes another */
export const HOSTILE_HEAD = 'verharding';
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
