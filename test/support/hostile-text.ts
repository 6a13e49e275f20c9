// A text made to be as expensive as possible for the matcher: distinct made-up compounds of short
// known parts ending in a trigger ("wegpandboomhekverharding"), so that no cached analysis helps
// and the splitter finds parts for every word it may split. Seeded: the same text for the same seed.
//
// The length of its words is the one that costs most per character. It was the splitter's longest
// word (44 letters) while stemming was most of the cost; with the matcher's own stemmers
// (issue 11), shorter compounds cost more per character than long ones (more words, each with its
// stems and the hits of its parts): on the matcher bench's machine, per character of tokenising,
// compounds of 24 letters cost about 1.5 times what 44-letter ones do, more than 14, 17, 20 or 30
// letters, compounds ending in "heden" or random letters. Measure again when the matcher changes.
import { random } from '../bench/generated-tender';

/** short parts the bundled pack knows (triggers and common compound parts) */
const SHORT_PARTS = ['weg', 'werk', 'plan', 'team', 'wijk', 'pand', 'boom', 'bos', 'hek', 'paal', 'dak', 'glas', 'muur', 'tuin', 'aap', 'pop'];
const HEAD = 'verharding';
/** the word length that costs the matcher most per character (see above) */
export const HOSTILE_WORD_LETTERS = 24;

export function hostileText(chars: number, seed = 11, letters = HOSTILE_WORD_LETTERS): string {
  const next = random(seed);
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    let body = '';
    while (body.length < letters - HEAD.length) body += SHORT_PARTS[Math.floor(next() * SHORT_PARTS.length)];
    const word = body.slice(0, letters - HEAD.length) + HEAD;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars);
}
