// Where the "new version of …" threshold comes from: the similarity of real texts to edited
// versions of themselves, against the similarity of real texts to one another (the same product
// group included, where the vocabulary overlaps most). The figures are printed so the threshold in
// src/domain/documents/document-sketch.ts can be checked against them.
import { join } from 'node:path';
import { NEW_VERSION_THRESHOLD, sketchOf, sketchSimilarity } from '../../src/domain/documents/document-sketch';
import { generatedTender, random } from '../bench/generated-tender';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

const texts = [...readLabelledTexts(join(FIXTURES, 'real-measure.jsonl')), ...readLabelledTexts(join(FIXTURES, 'real-tuning.jsonl'))].filter(
  (t) => t.text.split(/\s+/).length >= 30,
);

const FILLER = 'De opdrachtnemer levert binnen vier weken na gunning een uitgewerkt plan van aanpak aan waarin de planning, de risico’s en de communicatie met omwonenden zijn beschreven.';

/** the edits a tender goes through between two checks */
const EDITS: Record<string, (text: string, seed: number) => string> = {
  // a figure in the first paragraph ("180 hectare" → "185 hectare"), or its third word where there is none
  'figure in the first paragraph': (text) => (/\d/.test(text) ? text.replace(/\d+/, (n) => String(Number(n) + 5)) : text.replace(/^(\S+\s+\S+\s+)\S+/, '$1gewijzigd')),
  'one word in ten replaced': (text, seed) => {
    const next = random(seed);
    return text
      .split(/\s+/)
      .map((w) => (next() < 0.1 ? `nieuw${Math.floor(next() * 1000)}` : w))
      .join(' ');
  },
  'first sentence removed': (text) => text.replace(/^[^.]*\.\s+(?=\S)/, ''),
  'a paragraph added (a third longer)': (text) => {
    const words = text.split(/\s+/).length;
    const extra: string[] = [];
    while (extra.join(' ').split(/\s+/).length < words / 3) extra.push(FILLER);
    return `${text}\n\n${extra.join(' ')}`;
  },
  'figure changed, a paragraph added and a sentence removed': (text) => EDITS['a paragraph added (a third longer)']!(EDITS['first sentence removed']!(EDITS['figure in the first paragraph']!(text, 0), 0), 0),
};

function summary(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
}

const SHARED_SENTENCE_WORDS = 8;
const sentencesOf = (text: string) => text.toLowerCase().split(/(?<=[.!?])\s+/).filter((s) => s.split(/\s+/).length >= SHARED_SENTENCE_WORDS);
/** each text's sentences split once, not once per pair */
const sentencesByText = new Map<string, Set<string>>();
const sentenceSet = (text: string) => sentencesByText.get(text) ?? sentencesByText.set(text, new Set(sentencesOf(text))).get(text)!;
const sharedSentence = (a: string, b: string) => {
  const first = sentenceSet(a);
  return [...sentenceSet(b)].some((s) => first.has(s));
};

const recognised = (values: number[]) => values.filter((v) => v >= NEW_VERSION_THRESHOLD).length / values.length;

describe('the new-version threshold, measured', () => {
  it('sees every edited text as like its original, and no two different texts', () => {
    expect(texts.length).toBeGreaterThan(100);
    const sketches = texts.map((t) => sketchOf(t.text)!);
    const edited: Record<string, number[]> = {};
    for (const [name, edit] of Object.entries(EDITS)) {
      edited[name] = texts.map((t, i) => sketchSimilarity(sketches[i]!, sketchOf(edit(t.text, i + 1))!));
    }
    const unrelated: number[] = [];
    const sameGroup: number[] = [];
    // two organisations' pages that share whole sentences (one copied the other) are not different
    // texts: the page offers the second as a version of the first, and that is right
    const copies: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const s = sketchSimilarity(sketches[i]!, sketches[j]!);
        if (sharedSentence(texts[i]!.text, texts[j]!.text)) {
          copies.push(`${texts[i]!.id} ~ ${texts[j]!.id}: ${s.toFixed(2)}`);
          continue;
        }
        unrelated.push(s);
        if (texts[i]!.expected.some((g) => texts[j]!.expected.includes(g))) sameGroup.push(s);
      }
    }
    const lines = [
      `texts: ${texts.length}; threshold ${NEW_VERSION_THRESHOLD}`,
      ...Object.entries(edited).map(([name, values]) => `edited, ${name}: ${JSON.stringify(summary(values))}, recognised ${(100 * recognised(values)).toFixed(1)} %`),
      `unrelated pairs (${unrelated.length}): ${JSON.stringify(summary(unrelated))}`,
      `unrelated pairs of the same product group (${sameGroup.length}): ${JSON.stringify(summary(sameGroup))}`,
      `pairs sharing a sentence of ${SHARED_SENTENCE_WORDS} words or more, left out: ${copies.join('; ') || 'none'}`,
    ];
    console.log(lines.join('\n'));
    // a figure changed at the start is always recognised; one edit nearly always; all three at once
    // on a text of 30 to 60 words may leave too little of it (94 % of 222 texts on 3 December 2026)
    expect(Math.min(...edited['figure in the first paragraph']!)).toBeGreaterThanOrEqual(NEW_VERSION_THRESHOLD);
    for (const [name, values] of Object.entries(edited)) expect(recognised(values)).toBeGreaterThanOrEqual(name.includes(', ') ? 0.9 : 0.95);
    expect(Math.max(...unrelated)).toBeLessThan(NEW_VERSION_THRESHOLD);
  });

  it('holds for a 25,000-word tender edited at its start and grown by a section', () => {
    const tender = generatedTender(25_000, 7);
    const grown = `${EDITS['figure in the first paragraph']!(tender, 0)}\n\n${generatedTender(3_000, 8)}`;
    const started = performance.now();
    const a = sketchOf(tender)!;
    const ms = performance.now() - started;
    expect(sketchSimilarity(a, sketchOf(grown)!)).toBeGreaterThanOrEqual(NEW_VERSION_THRESHOLD);
    console.log(`sketch of a 25,000-word tender: ${ms.toFixed(0)} ms`);
  });
});
