// A text made to be as expensive as possible for the matcher's compound splitting: distinct
// made-up compounds of short known parts ending in a trigger ("wegpandboomhekwijk…verharding"),
// each as long as the splitter analyses, so that no cached analysis helps. Seeded: the same text
// for the same seed.
import { random } from '../bench/generated-tender';
import { MAX_COMPOUND_LETTERS } from '../../src/domain/matcher/trigger-table';

/** short parts the bundled pack knows (triggers and common compound parts) */
const SHORT_PARTS = ['weg', 'werk', 'plan', 'team', 'wijk', 'pand', 'boom', 'bos', 'hek', 'paal', 'dak', 'glas', 'muur', 'tuin', 'aap', 'pop'];
const HEAD = 'verharding';

export function hostileText(chars: number, seed = 11): string {
  const next = random(seed);
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    let body = '';
    while (body.length < MAX_COMPOUND_LETTERS - HEAD.length) body += SHORT_PARTS[Math.floor(next() * SHORT_PARTS.length)];
    const word = body.slice(0, MAX_COMPOUND_LETTERS - HEAD.length) + HEAD;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars);
}
