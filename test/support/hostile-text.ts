// A text made to be as expensive as possible for the matcher: distinct made-up compounds of short
// known parts ("wegpandboomhekverharding"), so that no cached analysis helps and the splitter takes
// apart every word it may split. Seeded: the same text for the same seed.
//
// Its shape is the one that costs most per character of tokenising, measured against the others
// (issue 11, 3 December 2026, after the splitter stopped stemming stretches whose suffixes cannot
// reach a known stem): 24-letter compounds ending in a trigger cost about 12 to 13 times tokenising,
// more than "bomen" or "palen" (about 10), a mix of heads (about 11), "heden" (8 to 9 at 16 to 30
// letters), or 16, 30 or 44 letters, or 200 distinct words repeated. Measured again after the
// speed2 pass (docs/matcher.md, "The shapes measured again"): the plural head "verhardingen" now
// costs 13 % more than "verharding" (its shorter first parts let the budget split twice as many
// words), so it is the head. Measure again when the matcher changes.
import { random } from '../bench/generated-tender';

/** short parts the bundled pack knows (triggers and common compound parts) */
const SHORT_PARTS = ['weg', 'werk', 'plan', 'team', 'wijk', 'pand', 'boom', 'bos', 'hek', 'paal', 'dak', 'glas', 'muur', 'tuin', 'aap', 'pop'];
/** the ending that costs most (see above); `head` of hostileText takes another */
export const HOSTILE_HEAD = 'verhardingen';
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
