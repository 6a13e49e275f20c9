// An authority that seeks a party (issue 17, sixteenth pass): "De gemeente zoekt een aannemer voor …",
// "… is op zoek naar een leverancier voor …", "De MIVB zoekt geïnteresseerde kandidaten voor de
// levering van …", "Wij zoeken een partij die …". A verb of seeking with, later in the same clause,
// a party that does work for money (the pack's `soughtParties`: aannemer, leverancier, partij, …)
// is the sentence form of a tender. News seeks many things ("is op zoek naar vrijwilligers", "zoekt
// een oplossing"): the party makes the difference, so no party, no cue.
import { opensClause, type Token } from './fold';
import type { Hit, TriggerTable, WordAnalysis } from './trigger-table';
import { WordSet } from './word-set';

/** verbs of seeking; "op zoek naar" and "looking for" are read as one */
const SEEKS = new WordSet(['zoekt', 'zoeken', 'seeks', 'seeking']);
/** how many words after the verb the party may stand ("zoekt een ervaren en duurzame aannemer") */
const REACH = 5;

/** whether token i is a verb of seeking, and the token after which its object starts */
function seekingAt(tokens: readonly Token[], analyses: readonly WordAnalysis[], i: number): number | undefined {
  const { word } = analyses[i]!;
  if (SEEKS.has(word)) return i;
  if (word === 'zoek' && tokens[i - 1]?.word === 'op' && tokens[i + 1]?.word === 'naar') return i + 1;
  if (word === 'looking' && tokens[i + 1]?.word === 'for') return i + 1;
  return undefined;
}

/** the cues of parties sought in the text, each from the verb of seeking to the party */
export function findSoughtParties<T extends string>(table: TriggerTable<T>, text: string, tokens: readonly Token[], analyses: readonly WordAnalysis[]): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const after = seekingAt(tokens, analyses, i);
    if (after === undefined) continue;
    for (let j = after + 1; j < tokens.length && j <= after + REACH; j++) {
      if (opensClause(text, tokens, j)) break;
      const { nl, en } = analyses[j]!;
      const entry = table.words.nl.get(nl)?.[0] ?? table.words.en.get(en)?.[0];
      if (!entry) continue;
      hits.push({ entry, weight: entry.weight, start: tokens[i]!.start, end: tokens[j]!.end, kind: 'phrase' });
      i = j;
      break;
    }
  }
  return hits;
}
