// Makes test/fixtures/short-tuning-2.jsonl (docs/matcher.md, ninth pass) from the search results
// written down by the rule fixed before any text was matched: every result of each search in rank
// order, with its text and labels (`search-results-ninth-pass.jsonl`, unusable results left out
// as the rule says). Drops, in this order, a repeat of an earlier result (same address or same
// text), a result whose address is the source of a text in any labelled set, measuring sets
// included, and one whose text equals a text of any set. Only the `source` and `text` fields of
// the other sets are compared; nothing of theirs is printed but counts.
//
//   npx tsx test/eval/short-texts/build-short-tuning-2.ts > test/fixtures/short-tuning-2.jsonl
// The fifteenth pass's one-line titles are made the same way from their own results:
//   npx tsx test/eval/short-texts/build-short-tuning-2.ts titles > test/fixtures/title-tuning.jsonl
// and the sixteenth pass's calendars and project pages, whose results give several texts of one page
// (its address with `#text-N`; a page met again in a later result is written down as a repeat, one
// the rule found unusable as such, both without text):
//   npx tsx test/eval/short-texts/build-short-tuning-2.ts calendar > test/fixtures/calendar-tuning.jsonl
// and the twentieth pass's first sentences, by the ninth pass's rule from seventy further searches:
//   npx tsx test/eval/short-texts/build-short-tuning-2.ts short3 > test/fixtures/short-tuning-3.jsonl
// and the twenty-fifth pass's, by the same rule from seventy more (the helpers' brief: search-brief.md):
//   npx tsx test/eval/short-texts/build-short-tuning-2.ts short4 > test/fixtures/short-tuning-4.jsonl
// and the twenty-sixth pass's, by the same brief from seventy more:
//   npx tsx test/eval/short-texts/build-short-tuning-2.ts short5 > test/fixtures/short-tuning-5.jsonl
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesBut, textKey, type LabelledText } from '../labelled-texts';

/** per set made so: the file it writes, its search results, the prefix of its ids */
const SETS = {
  short: { output: 'short-tuning-2.jsonl', results: 'search-results-ninth-pass.jsonl', prefix: 'short2' },
  titles: { output: 'title-tuning.jsonl', results: 'search-results-fifteenth-pass.jsonl', prefix: 'title' },
  calendar: { output: 'calendar-tuning.jsonl', results: 'search-results-sixteenth-pass.jsonl', prefix: 'calendar' },
  short3: { output: 'short-tuning-3.jsonl', results: 'search-results-twentieth-pass.jsonl', prefix: 'short3' },
  short4: { output: 'short-tuning-4.jsonl', results: 'search-results-twenty-fifth-pass.jsonl', prefix: 'short4' },
  short5: { output: 'short-tuning-5.jsonl', results: 'search-results-twenty-sixth-pass.jsonl', prefix: 'short5' },
};

interface SearchResult extends Omit<LabelledText, 'id'> {
  search: number;
  rank: number;
  source: string;
  /** a page met in an earlier result, or one the rule found unusable: written down without text */
  repeat?: boolean;
  unusable?: boolean;
}

/** an address as compared: no #fragment, scheme, leading www. or trailing slash; case folded */
export function addressKey(url: string): string {
  return url.split('#')[0]!.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').toLowerCase();
}

function main() {
  const mode = process.argv[2];
  const { output: OUTPUT, results: RESULTS, prefix } = SETS[mode !== undefined && mode in SETS ? (mode as keyof typeof SETS) : 'short'];
  const addresses = new Set<string>();
  const texts = new Set<string>();
  for (const { texts: set } of fixturesBut(OUTPUT)) {
    for (const t of set) {
      if (t.source) addresses.add(addressKey(t.source));
      texts.add(textKey(t.text));
    }
  }
  const results = readFileSync(join(__dirname, RESULTS), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SearchResult);
  /** the result (search and rank) an address was first met in: the texts of one page share it */
  const seenAddresses = new Map<string, string>();
  const seenTexts = new Set<string>();
  const dropped = { repeat: 0, addressInASet: 0, textInASet: 0 };
  const markers = { repeat: 0, unusable: 0 };
  const kept: LabelledText[] = [];
  for (const r of results) {
    if (r.repeat || r.unusable) {
      markers[r.repeat ? 'repeat' : 'unusable']++;
      continue;
    }
    const address = addressKey(r.source);
    const result = `${r.search}/${r.rank}`;
    const text = textKey(r.text);
    if ((seenAddresses.get(address) ?? result) !== result || seenTexts.has(text)) {
      dropped.repeat++;
      continue;
    }
    seenAddresses.set(address, result);
    seenTexts.add(text);
    if (addresses.has(address)) dropped.addressInASet++;
    else if (texts.has(text)) dropped.textInASet++;
    else {
      const { search: _search, rank: _rank, repeat: _repeat, unusable: _unusable, ...labels } = r;
      kept.push({ id: `${prefix}-${String(kept.length + 1).padStart(3, '0')}`, ...labels });
    }
  }
  for (const t of kept) {
    const { id, documentType, expected, acceptable, negative, text, source } = t;
    console.log(JSON.stringify({ id, documentType, expected, ...(acceptable ? { acceptable } : {}), negative, text, source }));
  }
  const written = results.length - markers.repeat - markers.unusable;
  const lines = markers.repeat + markers.unusable ? `${markers.repeat} results written down as repeats, ${markers.unusable} as unusable, ${written} texts` : `${written} results`;
  console.error(`${lines}: ${dropped.repeat} repeats of an earlier result, ${dropped.addressInASet} addresses in a set, ${dropped.textInASet} texts in a set; ${kept.length} kept`);
}

if (require.main === module) main();
